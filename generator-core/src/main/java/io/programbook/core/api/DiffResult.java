package io.programbook.core.api;

import io.programbook.core.diag.Diagnostic;
import java.nio.file.Path;
import java.util.List;

/**
 * What a diff wrote and found.
 *
 * @param files    the written files, in a stable order
 * @param summary  a few lines for the build log: what changed, counted
 * @param warnings findings that did not stop the diff (e.g. of either program)
 */
public record DiffResult(List<Path> files, List<String> summary, List<Diagnostic> warnings) {

    /** The file name of the changes' HTML page, the one the log points to. */
    public static final String HTML = "changes.html";

    public DiffResult {
        files = List.copyOf(files);
        summary = List.copyOf(summary);
        warnings = List.copyOf(warnings);
    }
}
