package io.programbook.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.api.CheckRequest;
import io.programbook.core.api.CheckResult;
import io.programbook.core.api.GateResult;
import io.programbook.core.api.Gates;
import io.programbook.core.api.GenerateRequest;
import io.programbook.core.api.Generator;
import io.programbook.core.api.OutputFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example's past assessment (three Fail, one N/E, their corrective actions, one statement
 * changed since) shows in its handbook, gap report, matrix and worksheet, and passes its gates.
 */
class ExampleAssessmentIT {

    static final Path EXAMPLE =
            Path.of("../examples/nordwind-automation").toAbsolutePath().normalize();

    @TempDir
    static Path output;

    @BeforeAll
    static void generate() {
        Generator.create()
                .generate(new GenerateRequest(
                        EXAMPLE,
                        EXAMPLE.resolve("src/programbook"),
                        output,
                        Set.of(OutputFormat.ADOC),
                        Optional.empty(),
                        Optional.empty()));
    }

    private static String read(String name) throws Exception {
        return Files.readString(output.resolve(name), StandardCharsets.UTF_8);
    }

    @Test
    void should_show_the_last_verdict_of_each_assessed_item_in_the_handbook() throws Exception {
        String handbook = read("handbook.adoc");

        assertThat(handbook)
                .contains("*Assessment verdict:* Fail (Maintenance Provider, PLC-based solutions (statement changed"
                        + " since)), Pass (Integrator, DCS-based solutions; Integrator, PLC-based solutions"
                        + " (statement changed since); Maintenance Provider, DCS-based solutions), assessed 2026-09-15"
                        + " by M. Okafor, Kessler Assessment Services")
                .contains("*Assessment verdict:* Pass, assessed 2026-09-15 by M. Okafor, Kessler Assessment Services")
                .contains("*Assessment verdict:* N/E (Integrator), Pass (Maintenance Provider), assessed");
    }

    @Test
    void should_list_the_open_findings_in_the_gap_report() throws Exception {
        String gapReport = read("gap-report.adoc");
        String findings = gapReport.substring(gapReport.indexOf("[[findings]]"));

        assertThat(findings)
                .contains("== Open assessment findings")
                .contains(
                        "| SP.03.05 BR\n| pass:[Maintenance Provider, PLC-based solutions – statement changed since]\n"
                                + "| [.verdict]#Fail#\n| Two of the five PLCs")
                .contains("| Lead automation engineer, due 2026-11-30, open (SEC-231)")
                .contains("| SP.11.06 BR\n| Maintenance Provider\n")
                .contains("| SP.12.06 BR\n| Integrator\n| [.verdict]#N/E#")
                // the corrective action of SP.10.05 RE(2) is done: no longer open
                .doesNotContain("SP.10.05 RE(2)")
                .doesNotContain("Overdue");
    }

    @Test
    void should_give_the_matrix_verdict_columns() throws Exception {
        List<String> csv = Files.readAllLines(output.resolve("traceability-matrix.csv"), StandardCharsets.UTF_8);

        assertThat(csv.get(0)).endsWith(",Verdict,Assessed,Open findings");
        assertThat(csv.stream()
                        .filter(l -> l.startsWith("SP.11.06 BR,"))
                        .findFirst()
                        .orElseThrow())
                .endsWith(",Fail,\"2026-09-15 by M. Okafor, Kessler Assessment Services\","
                        + "\"Fail, Maintenance Provider: Service manager, due 2026-12-15, open (SEC-233)\"");
    }

    @Test
    void should_pass_the_assessment_gates_of_the_example() {
        CheckResult result = Generator.create()
                .check(new CheckRequest(
                        EXAMPLE,
                        EXAMPLE.resolve("src/programbook"),
                        new Gates(
                                Optional.empty(),
                                Optional.empty(),
                                Map.of(),
                                Set.of(),
                                Optional.empty(),
                                false,
                                false,
                                false,
                                Optional.empty(),
                                true,
                                true)));

        assertThat(result.gates())
                .filteredOn(g -> g.gate().equals("overdue findings") || g.gate().equals("fail without action"))
                .extracting(GateResult::passed)
                .containsExactly(true, true);
    }
}
