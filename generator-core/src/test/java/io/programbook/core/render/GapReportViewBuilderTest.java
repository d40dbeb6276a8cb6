package io.programbook.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.testutil.Fixtures;
import io.programbook.core.testutil.ProgramBuilder;
import io.programbook.core.text.Messages;
import io.programbook.core.trace.CoverageSummary;
import io.programbook.core.trace.Trace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the gap report sends the reader: the exact entry of the statement to change. */
class GapReportViewBuilderTest {

    @TempDir
    Path base;

    @Test
    void should_point_an_evidence_gap_at_the_evidence_entry_to_change() throws Exception {
        // given: the second evidence entry names a file that does not exist and is the newest, and
        // both are older than the 12 months the gate allows
        ProgramBuilder builder = Fixtures.program(base)
                .file("evidence/record.csv", "x\n")
                .statements(
                        "a.yaml",
                        Fixtures.statements(Fixtures.statement(
                                "SP.01.01 BR",
                                "status: implemented",
                                "maturity: ML2",
                                "owner: security-lead",
                                "text: Briefings before assignment.",
                                "evidence:",
                                "  - title: Briefing records",
                                "    file: evidence/record.csv",
                                "    date: 2024-01-10",
                                "  - title: Briefing records, second half",
                                "    file: evidence/lost.csv",
                                "    date: 2024-07-10")));
        ProgramBuilder.Run run = builder.run();
        Trace trace = run.trace(Optional.of(Period.ofMonths(12)));

        // when
        List<GapReportView.GapRow> rows = new GapReportViewBuilder()
                        .build(
                                run.inputs(),
                                run.profile(),
                                trace,
                                CoverageSummary.of(trace, run.inputs().catalog().groups()),
                                Messages.english())
                        .areaGaps()
                        .stream()
                        .flatMap(a -> a.gaps().stream())
                        .filter(g -> g.subject().contains("SP.01.01 BR"))
                        .toList();

        // then: the missing file at its own `file:` line, the stale evidence at the newest entry's date
        List<String> lines = Files.readAllLines(base.resolve("src/programbook/statements/a.yaml"));
        int lostFile = lines.indexOf("        file: evidence/lost.csv") + 1;
        int newestDate = lines.indexOf("        date: 2024-07-10") + 1;
        assertThat(rows)
                .filteredOn(g -> g.kind().equals("evidence-missing"))
                .singleElement()
                .extracting(GapReportView.GapRow::where)
                .isEqualTo("src/programbook/statements/a.yaml:" + lostFile + ":9");
        assertThat(rows)
                .filteredOn(g -> g.kind().equals("evidence-stale"))
                .singleElement()
                .extracting(GapReportView.GapRow::where)
                .isEqualTo("src/programbook/statements/a.yaml:" + newestDate + ":9");
    }
}
