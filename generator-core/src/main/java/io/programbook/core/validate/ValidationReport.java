package io.programbook.core.validate;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.programbook.core.api.ValidateRequest;
import io.programbook.core.diag.Diagnostic;
import io.programbook.core.diag.Diagnostics;
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
 * {@code validation-report.json}: the findings of a run about its input, for tools (CI annotations,
 * dashboards, editors): every one counted, at most {@link Diagnostics#LIMIT_PER_RULE} of each rule
 * listed (as in the build log), and how many of each rule are left out. Described by {@code programbook/schemas/validation-report.schema.json}.
 * Deterministic: findings in {@link Diagnostic#ORDER}, fixed field order, {@code \n} line ends, no
 * time stamps. Written whether the run passes or fails, so it always describes the latest run.
 */
public final class ValidationReport {

    public static final String FILE_NAME = ValidateRequest.REPORT_FILE;
    /** The format's version, raised when a field changes meaning or goes away. */
    public static final int VERSION = 1;

    /**
     * The whole report.
     *
     * @param errors   every error of the run, shown or not
     * @param warnings every warning of the run, shown or not
     * @param findings at most {@link Diagnostics#LIMIT_PER_RULE} per rule
     * @param omitted  per rule with more findings than that, how many the report leaves out; absent when none
     */
    @JsonPropertyOrder({"version", "valid", "errors", "warnings", "findings", "omitted"})
    public record Report(
            int version,
            boolean valid,
            long errors,
            long warnings,
            List<Finding> findings,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Omitted> omitted) {

        public Report {
            findings = List.copyOf(findings);
            omitted = List.copyOf(omitted);
        }
    }

    /** The findings of one rule that the report leaves out: how many, and whether any is an error. */
    @JsonPropertyOrder({"code", "severity", "count"})
    public record Omitted(String code, String severity, long count) {}

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
        Diagnostics.Shown shown = Diagnostics.shown(diagnostics);
        List<Finding> findings = shown.findings().stream()
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
        List<Omitted> omitted = shown.omitted().stream()
                .map(o -> new Omitted(o.rule().code(), o.severity().label(), o.count()))
                .toList();
        return new Report(VERSION, errors == 0, errors, diagnostics.size() - errors, findings, omitted);
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
