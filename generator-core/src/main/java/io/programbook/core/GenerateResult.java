package io.programbook.core;

import io.programbook.core.diag.Diagnostic;
import java.nio.file.Path;
import java.util.List;

/**
 * What a generation wrote and found.
 *
 * @param files    the written files, in a stable order
 * @param warnings findings that did not stop the build
 */
public record GenerateResult(List<Path> files, List<Diagnostic> warnings, int inScope, int covered, int gaps,
        double coveragePercent) {

    public GenerateResult {
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
    }
}
