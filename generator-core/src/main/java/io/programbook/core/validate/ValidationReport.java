package io.programbook.core.validate;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.programbook.core.api.ValidateRequest;
import io.programbook.core.diag.Diagnostic;
import io.programbook.core.json.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * {@code validation-report.json}: every finding of a run about its input, for tools (CI annotations,
 * dashboards, editors). Described by {@code programbook/schemas/validation-report.schema.json}.
 * Deterministic: findings in {@link Diagnostic#ORDER}, fixed field order, {@code \n} line ends, no
 * time stamps. Written whether the run passes or fails, so it always describes the latest run.
 */
public final class ValidationReport {

    public static final String FILE_NAME = ValidateRequest.REPORT_FILE;
    /** The format's version, raised when a field changes meaning or goes away. */
    public static final int VERSION = 1;

    /** The whole report. */
    @JsonPropertyOrder({"version", "valid", "errors", "warnings", "findings"})
    public record Report(int version, boolean valid, long errors, long warnings, List<Finding> findings) {

        public Report {
            findings = List.copyOf(findings);
        }
    }

    /**
     * One finding.
     *
     * @param file   relative to the project base directory
     * @param line   1-based, 0 when the finding is about the whole file
     * @param column 1-based, 0 when the finding is about the whole file
     * @param hint   how to fix it, empty when there is nothing to add
     */
    @JsonPropertyOrder({"severity", "code", "message", "file", "line", "column", "hint"})
    public record Finding(
            String severity, String code, String message, String file, int line, int column, String hint) {}

    private ValidationReport() {}

    public static Report of(List<Diagnostic> diagnostics) {
        List<Finding> findings = diagnostics.stream()
                .sorted(Diagnostic.ORDER)
                .map(d -> new Finding(
                        d.severity().label(),
                        d.rule().code(),
                        d.message(),
                        d.at().file(),
                        d.at().line(),
                        d.at().column(),
                        d.hint()))
                .toList();
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        return new Report(VERSION, errors == 0, errors, diagnostics.size() - errors, findings);
    }

    public static String json(List<Diagnostic> diagnostics) {
        return JsonWriter.spacedEmptyArrays().text(of(diagnostics));
    }

    /** Writes the report whole or not at all: into a temporary file next to it, then moved into place. */
    public static Path write(Path file, List<Diagnostic> diagnostics) {
        Path target = file.toAbsolutePath().normalize();
        Path temporary = target.resolveSibling("." + target.getFileName() + ".tmp");
        try {
            Files.createDirectories(target.getParent());
            Files.writeString(temporary, json(diagnostics), StandardCharsets.UTF_8);
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }
}
