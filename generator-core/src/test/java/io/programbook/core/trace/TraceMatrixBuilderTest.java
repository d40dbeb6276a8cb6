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

class TraceMatrixBuilderTest {

    @TempDir
    Path base;

    @Test
    void should_give_one_row_per_in_scope_item_with_plain_text_cells() {
        // given
        ProgramBuilder.Run run = Fixtures.program(base)
                .file("evidence/record.csv", "x\n")
                .statements(
                        "a.yaml",
                        statements(
                                covered(
                                        "SP.01.01 BR",
                                        "procedures: [onboarding]",
                                        "verification:",
                                        "  - by: Audit",
                                        "    date: 2026-09-02",
                                        "    result: pass",
                                        "  - by: Earlier audit",
                                        "    date: 2026-01-02",
                                        "    result: fail"),
                                statement(
                                        "SP.01.01 RE(1)",
                                        "status: not-applicable",
                                        "owner: service-manager",
                                        "justification: |",
                                        "  No subcontractors;",
                                        "  see req:[SP.01.01 BR]."),
                                covered("SP.02.01 BR")))
                .procedure("onboarding", "= Onboarding & briefing\n:pb-satisfies: SP.01.01 BR\n")
                .run();

        // when
        TraceMatrix matrix = new TraceMatrixBuilder().build(run.inputs(), run.profile(), run.trace());

        // then
        assertThat(matrix.rows())
                .extracting(TraceMatrix.Row::id)
                .containsExactly("SP.01.01 BR", "SP.01.01 RE(1)", "SP.01.02 BR");
        assertThat(matrix.rows().get(0).cells())
                .containsExactly(
                        "SP.01.01 BR",
                        "Own staff briefed on and follow 2-4 security duties before assignment",
                        "SP.01",
                        "Solution staffing",
                        "implemented",
                        "ML2",
                        "ML2",
                        "Security lead",
                        "",
                        "Onboarding & briefing",
                        "EV-record Record (evidence/record.csv, 2026-09-01)",
                        "2026-09-02 pass by Audit",
                        "covered",
                        "",
                        "",
                        "",
                        "",
                        "");
        assertThat(matrix.rows().get(1).cells())
                .containsExactly(
                        "SP.01.01 RE(1)",
                        "Subcontractors and consultants briefed on and follow 2-4 security duties before assignment",
                        "SP.01",
                        "Solution staffing",
                        "not-applicable",
                        "ML2",
                        "",
                        "Service manager",
                        "No subcontractors; see SP.01.01 BR.",
                        "",
                        "",
                        "",
                        "not-applicable",
                        "",
                        "",
                        "",
                        "",
                        "");
        assertThat(matrix.rows().get(2).cells())
                .containsExactly(
                        "SP.01.02 BR",
                        "Staff incl. subcontractors briefed on and follow asset-owner security policies",
                        "SP.01",
                        "Solution staffing",
                        "no statement",
                        "ML2",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "gap",
                        "no-statement",
                        "The program says nothing about this item.",
                        "",
                        "",
                        "");
        assertThat(TraceMatrix.COLUMNS).hasSize(matrix.rows().get(0).cells().size());
    }

    @Test
    void should_make_statement_text_readable_in_a_cell() {
        String adoc = """
                Accounts are reviewed every {review-interval-months} months
                and removed within a day ({unknown}); see req:[ SP.09.04 BR ].

                * first step
                * second step
                . ordered
                """;

        assertThat(TraceMatrixBuilder.plainText(adoc, Map.of("review-interval-months", "6")))
                .isEqualTo(
                        "Accounts are reviewed every 6 months and removed within a day ({unknown}); see SP.09.04 BR.\n\n"
                                + "* first step\n* second step\n. ordered");
        assertThat(TraceMatrixBuilder.plainText("", Map.of())).isEmpty();
    }

    @Test
    void should_show_an_escaped_parameter_reference_as_the_handbook_shows_it() {
        // given
        String adoc = "Write \\{review-interval-months} for the interval, {Review-Interval-Months} months.";

        // when / then
        assertThat(TraceMatrixBuilder.plainText(adoc, Map.of("review-interval-months", "12")))
                .isEqualTo("Write {review-interval-months} for the interval, 12 months.");
    }

    @Test
    void should_show_item_links_as_the_handbook_shows_them() {
        // given
        String adoc = """
                Type \\req:[SP.01.01 BR] for req:[ SP.01.01 BR ], not +req:[SP.01.02 BR]+.

                ----
                req:[SP.01.02 BR]
                ----""";

        // when / then
        assertThat(TraceMatrixBuilder.plainText(adoc, Map.of()))
                .isEqualTo(
                        "Type req:[SP.01.01 BR] for SP.01.01 BR, not +req:[SP.01.02 BR]+.\n\n---- req:[SP.01.02 BR] ----");
    }
}
