package io.programbook.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.api.GenerateRequest;
import io.programbook.core.api.GenerateResult;
import io.programbook.core.api.Generator;
import io.programbook.core.api.OutputFormat;
import io.programbook.core.testutil.GoldenFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pins the traceability matrix (AsciiDoc, CSV and JSON), the gap report and coverage.json of a small
 * program that has an item in every coverage state and a gap of every kind, byte for byte.
 */
class TraceOutputsGoldenTest {

    static final Path CASE = GoldenFiles.ROOT.resolve("trace-falcon");

    @TempDir
    static Path output;

    static GenerateResult result;

    @BeforeAll
    static void generate() {
        result = Generator.create()
                .generate(new GenerateRequest(
                        CASE,
                        CASE.resolve("program"),
                        output,
                        Set.of(OutputFormat.ADOC),
                        Optional.empty(),
                        Optional.empty()));
    }

    private static String written(String name) throws Exception {
        return Files.readString(output.resolve(name), StandardCharsets.UTF_8);
    }

    @Test
    void should_write_the_matrix_as_asciidoc_exactly_as_expected() throws Exception {
        GoldenFiles.assertMatches(
                written("traceability-matrix.adoc"), CASE.resolve("expected/traceability-matrix.adoc"));
    }

    @Test
    void should_write_the_matrix_as_csv_exactly_as_expected() throws Exception {
        GoldenFiles.assertMatches(written("traceability-matrix.csv"), CASE.resolve("expected/traceability-matrix.csv"));
    }

    @Test
    void should_write_the_matrix_as_json_exactly_as_expected() throws Exception {
        GoldenFiles.assertMatches(
                written("traceability-matrix.json"), CASE.resolve("expected/traceability-matrix.json"));
    }

    @Test
    void should_write_the_gap_report_exactly_as_expected() throws Exception {
        GoldenFiles.assertMatches(written("gap-report.adoc"), CASE.resolve("expected/gap-report.adoc"));
    }

    @Test
    void should_write_coverage_json_exactly_as_expected() throws Exception {
        GoldenFiles.assertMatches(written("coverage.json"), CASE.resolve("expected/coverage.json"));
    }

    @Test
    void should_write_every_trace_output_and_no_html_when_only_asciidoc_is_asked_for() {
        assertThat(result.files())
                .extracting(p -> p.getFileName().toString())
                .containsExactly(
                        "applicability.adoc",
                        "assessment-worksheet.xlsx",
                        "coverage.json",
                        "evidence-package.zip",
                        "evidence-register.adoc",
                        "evidence-register.csv",
                        "evidence-register.json",
                        "evidence-register.xlsx",
                        "gap-report.adoc",
                        "handbook.adoc",
                        "resolved-profile.json",
                        "review-calendar.adoc",
                        "review-calendar.ics",
                        "traceability-matrix.adoc",
                        "traceability-matrix.csv",
                        "traceability-matrix.json",
                        "traceability-matrix.xlsx");
    }
}
