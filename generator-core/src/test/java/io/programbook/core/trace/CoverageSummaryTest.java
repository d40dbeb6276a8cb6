package io.programbook.core.trace;

import static io.programbook.core.trace.GapKindsTestSupport.covered;
import static io.programbook.core.trace.GapKindsTestSupport.statement;
import static io.programbook.core.trace.GapKindsTestSupport.statements;
import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.testutil.Fixtures;
import io.programbook.core.testutil.ProgramBuilder;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoverageSummaryTest {

    @TempDir
    Path base;

    @Test
    void should_count_overall_by_area_by_status_and_by_gap_kind() {
        // given: SP.01 has three items in scope, SP.12 two
        ProgramBuilder.Run run = Fixtures.program(base)
                .profileYaml(ProgramBuilder.DEFAULT_PROFILE.replace(
                        "SP.01.02 BR]", "SP.01.02 BR, SP.12.01 BR, SP.12.02 BR]"))
                .file("evidence/record.csv", "x\n")
                .statements(
                        "a.yaml",
                        statements(
                                covered("SP.01.01 BR"),
                                statement(
                                        "SP.01.01 RE(1)",
                                        "status: not-applicable",
                                        "owner: security-lead",
                                        "justification: No."),
                                statement("SP.01.02 BR", "status: planned", "owner: security-lead"),
                                covered("SP.12.01 BR"),
                                covered("SP.03.01 BR")))
                .run();

        // when
        CoverageSummary summary =
                CoverageSummary.of(run.trace(), run.inputs().catalog().groups());

        // then
        CoverageSummary.Totals overall = summary.overall();
        assertThat(overall)
                .extracting(
                        CoverageSummary.Totals::items,
                        CoverageSummary.Totals::inScope,
                        CoverageSummary.Totals::excluded,
                        CoverageSummary.Totals::applicable,
                        CoverageSummary.Totals::covered,
                        CoverageSummary.Totals::gaps,
                        CoverageSummary.Totals::notApplicable)
                .containsExactly(123, 5, 118, 4, 2, 2, 1);
        assertThat(overall.coveragePercent()).isEqualTo(50.0);
        assertThat(overall.byStatus())
                .containsExactly(
                        Map.entry("implemented", 2),
                        Map.entry("partial", 0),
                        Map.entry("planned", 1),
                        Map.entry("not-applicable", 1),
                        Map.entry("none", 1));
        assertThat(summary.areas())
                .extracting(CoverageSummary.AreaTotals::id)
                .startsWith("SP.01", "SP.02")
                .hasSize(12);
        assertThat(summary.area("SP.01").orElseThrow().totals().coveragePercent())
                .isEqualTo(50.0);
        assertThat(summary.area("SP.12").orElseThrow().totals().coveragePercent())
                .isEqualTo(50.0);
        assertThat(summary.area("SP.02").orElseThrow().totals())
                .extracting(
                        CoverageSummary.Totals::inScope,
                        CoverageSummary.Totals::applicable,
                        CoverageSummary.Totals::coveragePercent)
                .containsExactly(0, 0, null);
        assertThat(summary.area("SP.03").orElseThrow().totals().byStatus()).containsEntry("implemented", 0);
        assertThat(summary.gapsByKind())
                .containsEntry(GapKind.NO_STATEMENT, 1)
                .containsEntry(GapKind.PLANNED, 1)
                .containsEntry(GapKind.OUT_OF_SCOPE_STATEMENT, 1)
                .containsEntry(GapKind.PROCEDURE_UNUSED, 0)
                .hasSize(GapKind.values().length);
        assertThat(summary.gapsByKind().keySet()).containsExactly(GapKind.values());
    }

    @Test
    void should_round_shares_half_up_to_one_decimal() {
        assertThat(CoverageSummary.percent(2, 3)).isEqualTo(66.7);
        assertThat(CoverageSummary.percent(1, 7)).isEqualTo(14.3);
        assertThat(CoverageSummary.percent(16, 23)).isEqualTo(69.6);
        assertThat(CoverageSummary.percent(5, 9)).isEqualTo(55.6);
        assertThat(CoverageSummary.percent(7, 7)).isEqualTo(100.0);
        assertThat(CoverageSummary.percent(199, 200)).isEqualTo(99.5);
        assertThat(CoverageSummary.percent(1, 8)).isEqualTo(12.5);
        assertThat(CoverageSummary.percent(1, 16)).isEqualTo(6.3);
    }

    @Test
    void should_give_no_share_when_nothing_applies() {
        assertThat(CoverageSummary.percent(0, 0)).isNull();
    }
}
