package io.programbook.core.trace;

import static io.programbook.core.testutil.Fixtures.statement;
import static io.programbook.core.testutil.Fixtures.statements;
import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.model.ItemId;
import io.programbook.core.model.Procedure;
import io.programbook.core.testutil.Fixtures;
import io.programbook.core.testutil.ProgramBuilder;
import io.programbook.core.text.Messages;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trace of a program on the 2023 catalogue whose profile keeps SP.01.01 BR, SP.01.01 RE(1) and
 * SP.01.02 BR in scope at ML2; the program is dated 2026-10-01.
 */
class TraceBuilderTest {

    private static final Messages EN = Messages.english();

    /** A gap as English readers see it: kind code, subject, area, detail, action. */
    static List<String> english(Gap gap) {
        return List.of(gap.kind().code(), gap.subject(), gap.area(), gap.detail(EN), gap.action(EN));
    }

    static List<String> english(GapKind kind, String subject, String area, String detail, String action) {
        return List.of(kind.code(), subject, area, detail, action);
    }

    @TempDir
    Path base;

    private ProgramBuilder program() {
        return Fixtures.program(base).file("evidence/record.csv", "who,when\n");
    }

    /** A statement with nothing missing: implemented at ML2 with a recent evidence file that exists. */
    private static String covered(String item) {
        return statement(
                item,
                "status: implemented",
                "maturity: ML2",
                "owner: security-lead",
                "evidence:",
                "  - file: evidence/record.csv",
                "    title: Record",
                "    date: 2026-09-01");
    }

    private static TraceRow row(Trace trace, String id) {
        ItemId itemId = ItemId.parse(id);
        return trace.rows().stream()
                .filter(r -> r.resolved().item().id().equals(itemId))
                .findFirst()
                .orElseThrow();
    }

    private static List<GapKind> kinds(Trace trace) {
        return trace.gaps().stream().map(Gap::kind).toList();
    }

    @Test
    void should_cover_an_implemented_item_with_current_evidence_at_target() {
        // given
        ProgramBuilder builder = program().statements("a.yaml", statements(covered("SP.01.01 BR")));

        // when
        Trace trace = builder.run().trace(Optional.of(Period.ofMonths(12)));

        // then
        TraceRow row = row(trace, "SP.01.01 BR");
        assertThat(row.coverage()).isEqualTo(Coverage.COVERED);
        assertThat(row.gaps()).isEmpty();
        assertThat(row.missingEvidence()).isEmpty();
        assertThat(row.statement()).isPresent();
        assertThat(trace.rows()).hasSize(123);
    }

    @Test
    void should_report_an_in_scope_item_without_a_statement() {
        // when
        Trace trace = program().run().trace();

        // then
        assertThat(trace.gaps())
                .hasSize(3)
                .first()
                .extracting(TraceBuilderTest::english)
                .isEqualTo(english(
                        GapKind.NO_STATEMENT,
                        "SP.01.01 BR",
                        "SP.01",
                        "The program says nothing about this item.",
                        "Write a statement for the item in statements/."));
        assertThat(row(trace, "SP.01.02 BR").coverage()).isEqualTo(Coverage.GAP);
        assertThat(row(trace, "SP.01.02 BR").statement()).isEmpty();
        assertThat(trace.countByCoverage())
                .containsEntry(Coverage.GAP, 3L)
                .containsEntry(Coverage.OUT_OF_SCOPE, 120L)
                .containsEntry(Coverage.COVERED, 0L)
                .containsEntry(Coverage.NOT_APPLICABLE, 0L);
        assertThat(trace.inScope()).hasSize(3);
        assertThat(trace.coveragePercent()).isZero();
    }

    @Test
    void should_report_a_planned_measure_and_nothing_else_about_it() {
        // when
        Trace trace = program()
                .statements("a.yaml", statements(statement("SP.01.01 BR", "status: planned", "owner: security-lead")))
                .run()
                .trace();

        // then
        assertThat(row(trace, "SP.01.01 BR").gaps())
                .extracting(TraceBuilderTest::english)
                .containsExactly(english(
                        GapKind.PLANNED,
                        "SP.01.01 BR",
                        "SP.01",
                        "The measure is planned but not in place.",
                        EN.get(GapKind.PLANNED.action())));
    }

    @Test
    void should_report_a_partial_measure() {
        // when
        Trace trace = program()
                .statements(
                        "a.yaml",
                        statements(
                                statement("SP.01.01 BR", "status: partial", "maturity: ML1", "owner: security-lead")))
                .run()
                .trace();

        // then
        assertThat(row(trace, "SP.01.01 BR").gaps())
                .extracting(Gap::kind, g -> g.detail(EN))
                .containsExactly(Assertions.tuple(GapKind.PARTIAL, "The measure is only partly in place."));
    }

    @Test
    void should_report_an_evidence_file_that_does_not_exist() {
        // when
        Trace trace = program()
                .statements(
                        "a.yaml",
                        statements(statement(
                                "SP.01.01 BR",
                                "status: implemented",
                                "maturity: ML2",
                                "owner: security-lead",
                                "evidence:",
                                "  - file: evidence/record.csv",
                                "    title: Here",
                                "  - file: evidence/lost.csv",
                                "    title: Lost",
                                "  - url: https://intranet.example/isms",
                                "    title: Portal")))
                .run()
                .trace();

        // then
        TraceRow row = row(trace, "SP.01.01 BR");
        assertThat(row.missingEvidence()).containsExactly("evidence/lost.csv");
        assertThat(row.gaps())
                .extracting(Gap::kind, g -> g.detail(EN))
                .containsExactly(Assertions.tuple(
                        GapKind.EVIDENCE_MISSING, "Evidence file 'evidence/lost.csv' does not exist."));
        assertThat(row.coverage()).isEqualTo(Coverage.GAP);
    }

    @Test
    void should_report_an_implemented_item_without_evidence() {
        // when
        Trace trace = program()
                .statements(
                        "a.yaml",
                        statements(statement(
                                "SP.01.01 BR", "status: implemented", "maturity: ML2", "owner: security-lead")))
                .run()
                .trace();

        // then
        assertThat(row(trace, "SP.01.01 BR").gaps())
                .extracting(Gap::kind, g -> g.detail(EN))
                .containsExactly(Assertions.tuple(GapKind.NO_EVIDENCE, "The statement names no evidence."));
    }

    @Test
    void should_report_a_claimed_maturity_below_the_target() {
        // when
        Trace trace = program()
                .statements(
                        "a.yaml",
                        statements(statement(
                                "SP.01.01 BR",
                                "status: implemented",
                                "maturity: ML1",
                                "owner: security-lead",
                                "evidence:",
                                "  - file: evidence/record.csv",
                                "    title: Record")))
                .run()
                .trace();

        // then
        assertThat(row(trace, "SP.01.01 BR").gaps())
                .extracting(Gap::kind, g -> g.detail(EN))
                .containsExactly(Assertions.tuple(GapKind.BELOW_TARGET, "Claimed ML1, target ML2."));
    }

    @Test
    void should_accept_a_claim_above_the_target() {
        // when
        Trace trace = program()
                .statements("a.yaml", statements(covered("SP.01.01 BR").replace("ML2", "ML4")))
                .run()
                .trace();

        // then
        assertThat(row(trace, "SP.01.01 BR").coverage()).isEqualTo(Coverage.COVERED);
    }

    @Test
    void should_report_evidence_older_than_the_maximum_age_before_the_program_date() {
        // given: the program is dated 2026-10-01, so with 12 months the limit is 2025-10-01
        ProgramBuilder builder = program()
                .statements(
                        "a.yaml",
                        statements(
                                statement(
                                        "SP.01.01 BR",
                                        "status: implemented",
                                        "maturity: ML2",
                                        "owner: security-lead",
                                        "evidence:",
                                        "  - file: evidence/record.csv",
                                        "    title: Old",
                                        "    date: 2025-09-30",
                                        "  - url: https://intranet.example/old",
                                        "    title: Older",
                                        "    date: 2024-01-01"),
                                statement(
                                        "SP.01.02 BR",
                                        "status: implemented",
                                        "maturity: ML2",
                                        "owner: security-lead",
                                        "evidence:",
                                        "  - file: evidence/record.csv",
                                        "    title: Just in time",
                                        "    date: 2025-10-01",
                                        "  - url: https://intranet.example/old",
                                        "    title: Older",
                                        "    date: 2024-01-01")));
        ProgramBuilder.Run run = builder.run();

        // when
        Trace trace = run.trace(Optional.of(Period.ofMonths(12)));

        // then
        assertThat(row(trace, "SP.01.01 BR").gaps())
                .extracting(Gap::kind, g -> g.detail(EN))
                .containsExactly(Assertions.tuple(
                        GapKind.EVIDENCE_STALE,
                        "Newest evidence is dated 2025-09-30, before 2025-10-01 (older than 12 months)."));
        assertThat(row(trace, "SP.01.02 BR").gaps()).isEmpty();
        assertThat(run.trace(Period.ofDays(30), LocalDate.of(2025, 11, 1)).gaps())
                .filteredOn(g -> g.subject().equals("SP.01.02 BR"))
                .extracting(g -> g.detail(EN))
                .containsExactly("Newest evidence is dated 2025-10-01, before 2025-10-02 (older than 30 days).");
        assertThat(run.trace().gaps()).extracting(Gap::kind).doesNotContain(GapKind.EVIDENCE_STALE);
    }

    @Test
    void should_find_evidence_whose_validity_ended_before_the_program_date_out_of_date_without_an_age_limit() {
        // given
        ProgramBuilder.Run run = program()
                .statements(
                        "a.yaml",
                        statements(
                                covered("SP.01.01 BR")
                                        .replaceAll(
                                                "( *)date: 2026-09-01", "$1date: 2026-09-01\n$1validUntil: 2026-09-30"),
                                covered("SP.01.02 BR")
                                        .replaceAll(
                                                "( *)date: 2026-09-01",
                                                "$1date: 2026-09-01\n$1validUntil: 2026-10-01")))
                .run();

        // when
        Trace trace = run.trace(Optional.empty());

        // then
        List<Gap> stale = trace.gaps().stream()
                .filter(g -> g.kind() == GapKind.EVIDENCE_STALE)
                .toList();
        assertThat(stale)
                .extracting(TraceBuilderTest::english)
                .containsExactly(english(
                        GapKind.EVIDENCE_STALE,
                        "SP.01.01 BR",
                        "SP.01",
                        "Evidence 'Record' counted until 2026-09-30, before the program's date 2026-10-01.",
                        "Renew the evidence and record its date."));
        assertThat(stale.get(0).field()).isEqualTo("evidence/0/validUntil");
        assertThat(row(trace, "SP.01.02 BR").coverage()).isEqualTo(Coverage.COVERED);
    }

    @Test
    void should_not_check_ages_without_a_program_date() {
        // given
        ProgramBuilder.Run run = program()
                .programYaml(ProgramBuilder.DEFAULT_PROGRAM.replace("  date: 2026-10-01\n", ""))
                .statements("a.yaml", statements(covered("SP.01.01 BR").replace("2026-09-01", "2001-01-01")))
                .run();

        // when
        Trace trace = run.trace(Optional.of(Period.ofMonths(12)));

        // then
        assertThat(row(trace, "SP.01.01 BR").coverage()).isEqualTo(Coverage.COVERED);
    }

    @Test
    void should_report_a_statement_for_an_out_of_scope_item() {
        // when
        Trace trace = program()
                .statements("a.yaml", statements(covered("SP.02.01 BR")))
                .run()
                .trace();

        // then
        TraceRow row = row(trace, "SP.02.01 BR");
        assertThat(row.coverage()).isEqualTo(Coverage.OUT_OF_SCOPE);
        assertThat(row.gaps())
                .extracting(TraceBuilderTest::english)
                .containsExactly(english(
                        GapKind.OUT_OF_SCOPE_STATEMENT,
                        "SP.02.01 BR",
                        "SP.02",
                        "The profile excludes this item (include (not selected)) but the program has a statement for it.",
                        EN.get(GapKind.OUT_OF_SCOPE_STATEMENT.action())));
    }

    @Test
    void should_report_a_procedure_linked_to_no_in_scope_item() {
        // given
        ProgramBuilder builder = program()
                .statements("a.yaml", statements(covered("SP.01.01 BR")))
                .procedure("wireless", "= Wireless hardening\n:pb-satisfies: SP.04.01 BR\n")
                .procedure("notes", "= Notes\n\nNothing declared.\n");

        // when
        Trace trace = builder.run().trace();

        // then
        assertThat(trace.gaps())
                .filteredOn(g -> g.kind() == GapKind.PROCEDURE_UNUSED)
                .extracting(TraceBuilderTest::english)
                .containsExactly(
                        english(
                                GapKind.PROCEDURE_UNUSED,
                                "notes",
                                "",
                                "Procedure 'Notes' (src/programbook/procedures/notes.adoc) is linked to no in-scope item.",
                                EN.get(GapKind.PROCEDURE_UNUSED.action())),
                        english(
                                GapKind.PROCEDURE_UNUSED,
                                "wireless",
                                "",
                                "Procedure 'Wireless hardening' (src/programbook/procedures/wireless.adoc) is linked to no in-scope item.",
                                EN.get(GapKind.PROCEDURE_UNUSED.action())));
    }

    @Test
    void should_classify_not_applicable_items_and_leave_them_out_of_the_percentage() {
        // given
        ProgramBuilder builder = program()
                .statements(
                        "a.yaml",
                        statements(
                                covered("SP.01.01 BR"),
                                statement(
                                        "SP.01.01 RE(1)",
                                        "status: not-applicable",
                                        "owner: security-lead",
                                        "justification: No subcontractors."),
                                statement("SP.01.02 BR", "status: planned", "owner: security-lead")));

        // when
        Trace trace = builder.run().trace();

        // then
        assertThat(row(trace, "SP.01.01 BR").coverage()).isEqualTo(Coverage.COVERED);
        assertThat(row(trace, "SP.01.01 RE(1)").coverage()).isEqualTo(Coverage.NOT_APPLICABLE);
        assertThat(row(trace, "SP.01.01 RE(1)").gaps()).isEmpty();
        assertThat(row(trace, "SP.01.02 BR").coverage()).isEqualTo(Coverage.GAP);
        assertThat(row(trace, "SP.02.01 BR").coverage()).isEqualTo(Coverage.OUT_OF_SCOPE);
        assertThat(trace.countByCoverage())
                .isEqualTo(Map.of(
                        Coverage.COVERED,
                        1L,
                        Coverage.GAP,
                        1L,
                        Coverage.NOT_APPLICABLE,
                        1L,
                        Coverage.OUT_OF_SCOPE,
                        120L));
        assertThat(trace.coveragePercent()).isEqualTo(50.0);
    }

    @Test
    void should_round_the_coverage_percentage_half_up() {
        // given: two of three covered, 66.67 %
        ProgramBuilder builder =
                program().statements("a.yaml", statements(covered("SP.01.01 BR"), covered("SP.01.02 BR")));

        // when
        Trace trace = builder.run().trace();

        // then
        assertThat(trace.coveragePercent()).isEqualTo(66.7);
    }

    @Test
    void should_give_a_program_with_nothing_applicable_no_percentage() {
        // given
        ProgramBuilder builder = program()
                .statements(
                        "a.yaml",
                        statements(
                                statement(
                                        "SP.01.01 BR",
                                        "status: not-applicable",
                                        "owner: security-lead",
                                        "justification: a"),
                                statement(
                                        "SP.01.01 RE(1)",
                                        "status: not-applicable",
                                        "owner: security-lead",
                                        "justification: b"),
                                statement(
                                        "SP.01.02 BR",
                                        "status: not-applicable",
                                        "owner: security-lead",
                                        "justification: c")));

        // when / then
        assertThat(builder.run().trace().coveragePercent()).isNull();
    }

    @Test
    void should_order_gaps_worst_first_then_by_area_and_subject() {
        // given
        ProgramBuilder builder = program()
                .profileYaml(ProgramBuilder.DEFAULT_PROFILE.replace("SP.01.02 BR]", "SP.01.02 BR, SP.02.01 BR]"))
                .statements(
                        "a.yaml",
                        statements(
                                statement(
                                        "SP.01.01 BR",
                                        "status: implemented",
                                        "maturity: ML1",
                                        "owner: security-lead",
                                        "evidence:",
                                        "  - file: evidence/record.csv",
                                        "    title: Record"),
                                statement("SP.01.01 RE(1)", "status: planned", "owner: security-lead"),
                                covered("SP.03.01 BR")))
                .procedure("spare", "= Spare\n");

        // when
        Trace trace = builder.run().trace();

        // then
        assertThat(trace.gaps())
                .extracting(g -> g.kind() + " " + g.subject())
                .containsExactly(
                        "NO_STATEMENT SP.01.02 BR",
                        "NO_STATEMENT SP.02.01 BR",
                        "PLANNED SP.01.01 RE(1)",
                        "BELOW_TARGET SP.01.01 BR",
                        "OUT_OF_SCOPE_STATEMENT SP.03.01 BR",
                        "PROCEDURE_UNUSED spare");
        assertThat(kinds(trace)).isSortedAccordingTo(Comparator.naturalOrder());
    }

    @Test
    void should_merge_procedures_from_the_statement_and_from_their_declarations_without_duplicates() {
        // given
        ProgramBuilder builder = program()
                .statements(
                        "a.yaml",
                        statements(covered("SP.01.01 BR")
                                .replace(
                                        "    evidence:",
                                        "    procedures: [onboarding, awareness, missing]\n    evidence:")))
                .procedure("awareness", "= Awareness\n:pb-satisfies: SP.01.02 BR\n")
                .procedure("onboarding", "= Onboarding\n:pb-satisfies: SP.01.01 BR, SP.01.01 RE(1)\n")
                .procedure("briefing", "= Briefing\n:pb-satisfies: SP.01.01 BR\n");

        // when
        Trace trace = builder.run().trace();

        // then: the statement's list first, in its order, then the declarations, each procedure once
        assertThat(row(trace, "SP.01.01 BR").procedures())
                .extracting(Procedure::id)
                .containsExactly("onboarding", "awareness", "briefing");
        assertThat(row(trace, "SP.01.01 RE(1)").procedures())
                .extracting(Procedure::id)
                .containsExactly("onboarding");
        assertThat(row(trace, "SP.01.02 BR").procedures())
                .extracting(Procedure::id)
                .containsExactly("awareness");
        assertThat(kinds(trace)).doesNotContain(GapKind.PROCEDURE_UNUSED);
    }

    @Test
    void should_take_the_first_of_duplicate_statements() {
        // given
        ProgramBuilder builder = program()
                .statements("a.yaml", statements(covered("SP.01.01 BR")))
                .statements("b.yaml", statements(statement("SP.01.01 BR", "status: planned", "owner: security-lead")));

        // when
        Trace trace = builder.run().trace();

        // then
        assertThat(row(trace, "SP.01.01 BR").coverage()).isEqualTo(Coverage.COVERED);
    }

    @Test
    void should_give_every_gap_kind_a_stable_code_title_and_action() {
        assertThat(List.of(GapKind.values()))
                .extracting(GapKind::code)
                .doesNotHaveDuplicates()
                .allMatch(c -> c.matches("[a-z]+(-[a-z]+)*"));
        assertThat(List.of(GapKind.values())).allSatisfy(k -> {
            assertThat(EN.get(k.title())).isNotBlank();
            assertThat(EN.get(k.action())).endsWith(".");
        });
        assertThat(Coverage.NOT_APPLICABLE.label()).isEqualTo("not-applicable");
    }
}
