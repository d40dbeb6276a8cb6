package io.programbook.core.api;

import io.programbook.core.diag.Diagnostic;
import io.programbook.core.diff.Changes;
import java.nio.file.Path;
import java.util.List;

/**
 * What a diff wrote and found.
 *
 * @param files    the written files, in a stable order
 * @param summary  a few lines for the build log, see {@link Changes#summary()}
 * @param warnings findings that did not stop the diff (e.g. of either program)
 */
public record DiffResult(Changes changes, List<Path> files, List<String> summary, List<Diagnostic> warnings) {

    public DiffResult {
        files = List.copyOf(files);
        summary = List.copyOf(summary);
        warnings = List.copyOf(warnings);
    }
}
