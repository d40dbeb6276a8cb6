package io.programbook.core.api;

import io.programbook.core.diag.Diagnostic;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a generation wrote and found.
 *
 * @param files              the written files, in a stable order; for an up-to-date run, the files of
 *                           the last run, which are still in place
 * @param warnings           findings that did not stop the build (repeated from the last run when up to date)
 * @param coveragePercent    covered items as a share of the applicable ones, rounded half up to one
 *                           decimal; null when nothing applies
 * @param upToDate           no input changed since the last successful run, so nothing was rendered
 * @param asciidoctorStartup how long starting Asciidoctor (JRuby) took, when this run started it
 */
public record GenerateResult(
        List<Path> files,
        List<Diagnostic> warnings,
        int inScope,
        int covered,
        int gaps,
        Double coveragePercent,
        boolean upToDate,
        Optional<Duration> asciidoctorStartup) {

    public GenerateResult {
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(asciidoctorStartup, "asciidoctorStartup");
    }

    /** The result of a run that rendered its outputs. */
    public GenerateResult(
            List<Path> files, List<Diagnostic> warnings, int inScope, int covered, int gaps, Double coveragePercent) {
        this(files, warnings, inScope, covered, gaps, coveragePercent, false, Optional.empty());
    }
}
