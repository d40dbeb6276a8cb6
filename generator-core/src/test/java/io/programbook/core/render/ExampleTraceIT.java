package io.programbook.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.api.GenerateRequest;
import io.programbook.core.api.GenerateResult;
import io.programbook.core.api.Generator;
import io.programbook.core.api.OutputFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled example's deliberate gaps show in its gap report and matrix, each where it belongs. */
class ExampleTraceIT {

    static final Path EXAMPLE =
            Path.of("../examples/nordwind-automation").toAbsolutePath().normalize();

    @TempDir
    static Path output;

    static GenerateResult result;
    static String gapReport;

    @BeforeAll
    static void generate() throws Exception {
        result = Generator.create()
                .generate(new GenerateRequest(
                        EXAMPLE,
                        EXAMPLE.resolve("src/programbook"),
                        output,
                        Set.of(OutputFormat.ADOC),
                        Optional.empty(),
                        Optional.empty()));
        gapReport = Files.readString(output.resolve("gap-report.adoc"), StandardCharsets.UTF_8);
    }

    private static String gapRow(String kind, String item) {
        int at = gapReport.indexOf("`" + kind + "`\n| xref:handbook.adoc#" + item + "[");
        assertThat(at).as("a %s gap of %s in the gap report", kind, item).isNotNegative();
        return gapReport.substring(at, gapReport.indexOf("\n\n", at));
    }

    @Test
    void should_show_the_deliberate_gaps_of_the_example_with_what_closes_them() {
        assertThat(gapRow("evidence-missing", "sp-11-01-br"))
                .contains(
                        "Evidence file 'evidence/patch-qualification-report-2026Q2.pdf' does not exist.",
                        "`src/programbook/statements/sp11-patch-management.yaml:16:9`");
        assertThat(gapRow("no-evidence", "sp-03-06-br"))
                .contains("The statement names no evidence.", "Add an evidence entry");
        assertThat(gapRow("verification-failed", "sp-03-04-br")).contains("fail. Two of four sampled sites");
        assertThat(gapRow("below-target", "sp-03-04-br")).contains("Claimed ML1, target ML2.");
        assertThat(gapRow("evidence-stale", "sp-01-06-br")).contains("Newest evidence is dated 2024-11-04");
        assertThat(gapRow("planned", "sp-11-02-re-1")).contains("The measure is planned but not in place.");
    }

    @Test
    void should_count_and_list_every_in_scope_item() throws Exception {
        assertThat(result)
                .extracting(GenerateResult::inScope, GenerateResult::covered, GenerateResult::gaps)
                .containsExactly(108, 82, 25);
        String csv = Files.readString(output.resolve("traceability-matrix.csv"), StandardCharsets.UTF_8);
        assertThat(List.of(csv.split("\r\n", -1))).hasSize(1 + 108 + 1).last().isEqualTo("");
        assertThat(Files.readString(output.resolve("coverage.json"))).contains("\"coveragePercent\": 76.6");
    }
}
