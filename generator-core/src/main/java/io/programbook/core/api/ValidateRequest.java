package io.programbook.core.api;

import io.programbook.core.validate.ValidationReport;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What to validate. Build-tool adapters translate their configuration into this one value.
 *
 * @param baseDir       the project base directory: diagnostics name files relative to it
 * @param programDir    the program folder ({@code src/programbook} by convention)
 * @param reportFile    where to write {@code validation-report.json}; empty writes no report
 * @param failOnWarning whether warnings fail the validation as errors do
 */
public record ValidateRequest(Path baseDir, Path programDir, Optional<Path> reportFile, boolean failOnWarning) {

    public ValidateRequest {
        baseDir = baseDir.toAbsolutePath().normalize();
        programDir = programDir.toAbsolutePath().normalize();
        reportFile = Objects.requireNonNull(reportFile, "reportFile")
                .map(p -> p.toAbsolutePath().normalize());
    }

    /**
     * The conventional layout under a base directory: {@code src/programbook}, the report in
     * {@code target/programbook/validation-report.json}.
     */
    public static ValidateRequest conventional(Path baseDir) {
        return new ValidateRequest(
                baseDir,
                baseDir.resolve("src/programbook"),
                Optional.of(baseDir.resolve("target/programbook").resolve(ValidationReport.FILE_NAME)),
                false);
    }
}
