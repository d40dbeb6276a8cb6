package io.programbook.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.api.Branding;
import io.programbook.core.api.DocumentOptions;
import io.programbook.core.api.GenerateRequest;
import io.programbook.core.api.Generator;
import io.programbook.core.api.OutputFormat;
import io.programbook.core.testutil.GoldenFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pins documents in German, byte for byte, beside the English golden files of the same cases: the
 * handbook of {@code small-integrator} and the matrix (CSV) and gap report of {@code trace-falcon}.
 * Every word around the program's own text is German, dates are {@code dd.MM.yyyy}, percentages
 * have a decimal comma and the CSV is separated by semicolons.
 */
class GermanGoldenTest {

    @TempDir
    Path output;

    private Path generate(String name) {
        Path caseDir = GoldenFiles.ROOT.resolve(name);
        Generator.create()
                .generate(new GenerateRequest(
                        caseDir,
                        caseDir.resolve("program"),
                        output,
                        Optional.empty(),
                        new DocumentOptions(
                                Set.of(OutputFormat.ADOC),
                                Optional.empty(),
                                Branding.NONE,
                                Optional.empty(),
                                Locale.GERMAN)));
        return caseDir;
    }

    private String written(String file) throws Exception {
        return Files.readString(output.resolve(file), StandardCharsets.UTF_8);
    }

    @Test
    void should_write_the_handbook_of_a_small_program_in_german_exactly_as_expected() throws Exception {
        Path caseDir = generate("small-integrator");

        String handbook = written("handbook.adoc");
        GoldenFiles.assertMatches(handbook, caseDir.resolve("expected-de/handbook.adoc"));
        assertThat(handbook).contains("== Geltungsbereich").doesNotContain("== Scope");
    }

    @Test
    void should_write_the_matrix_csv_and_gap_report_in_german_exactly_as_expected() throws Exception {
        Path caseDir = generate("trace-falcon");

        String csv = written("traceability-matrix.csv");
        GoldenFiles.assertMatches(csv, caseDir.resolve("expected-de/traceability-matrix.csv"));
        assertThat(csv).startsWith("\uFEFFAnforderung;");
        GoldenFiles.assertMatches(written("gap-report.adoc"), caseDir.resolve("expected-de/gap-report.adoc"));
    }
}
