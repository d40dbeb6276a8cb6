package io.programbook.core.api;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What to validate. Build-tool adapters translate their configuration into this one value.
 *
 * @param baseDir       the project base directory: diagnostics name files relative to it
 * @param programDir    the program folder ({@code src/programbook} by convention)
 * @param outputDir     the output folder ({@code target/programbook} by convention): it receives
 *                      {@value #REPORT_FILE}, and a failed validation removes the documents and
 *                      build state an earlier {@code generate} or {@code diff} left there, which
 *                      would otherwise look current; empty writes and removes nothing
 * @param failOnWarning whether warnings fail the validation as errors do
 */
public record ValidateRequest(Path baseDir, Path programDir, Optional<Path> outputDir, boolean failOnWarning) {

    /** The validation report's file name in the output folder; {@code generate} writes it too. */
    public static final String REPORT_FILE = "validation-report.json";

    public ValidateRequest {
        baseDir = baseDir.toAbsolutePath().normalize();
        programDir = programDir.toAbsolutePath().normalize();
        outputDir = Objects.requireNonNull(outputDir, "outputDir")
                .map(p -> p.toAbsolutePath().normalize());
    }

    /** The report file, when the request writes one. */
    public Optional<Path> reportFile() {
        return outputDir.map(dir -> dir.resolve(REPORT_FILE));
    }

    /** The conventional layout under a base directory: {@code src/programbook}, the report in {@code target/programbook}. */
    public static ValidateRequest conventional(Path baseDir) {
        return new ValidateRequest(
                baseDir, baseDir.resolve("src/programbook"), Optional.of(baseDir.resolve("target/programbook")), false);
    }
}
