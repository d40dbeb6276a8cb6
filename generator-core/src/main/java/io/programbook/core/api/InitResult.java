package io.programbook.core.api;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code init} did.
 *
 * @param created    files written, in the order written
 * @param skipped    files that existed already and were left as they were
 * @param statements statement stubs in the created statement files
 */
public record InitResult(
        List<Path> created, List<Path> skipped, String profile, String catalog, int inScope, int statements) {

    public InitResult {
        created = List.copyOf(created);
        skipped = List.copyOf(skipped);
    }
}
