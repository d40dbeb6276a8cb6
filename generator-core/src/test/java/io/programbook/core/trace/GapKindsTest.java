package io.programbook.core.trace;

import static io.programbook.core.trace.GapKindsTestSupport.covered;
import static io.programbook.core.trace.GapKindsTestSupport.statement;
import static io.programbook.core.trace.GapKindsTestSupport.statements;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.programbook.core.model.ItemId;
import io.programbook.core.testutil.Fixtures;
import io.programbook.core.testutil.ProgramBuilder;
import io.programbook.core.text.Messages;
import java.nio.file.Path;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every gap kind, each from the smallest program that has it, and the rules around them. The
 * default test profile keeps SP.01.01 BR, SP.01.01 RE(1) and SP.01.02 BR in scope at ML2; the
 * program is dated 2026-10-01.
 */
class GapKindsTest {

    private static final Messages EN = Messages.english();

    @TempDir
    Path base;

    private ProgramBuilder program(String... entries) {
        return Fixtures.program(base)
                .file("evidence/record.csv", "who,when\n")
                .statements("a.yaml", statements(entries));
    }

    private static Set<GapKind> kindsOf(Trace trace, String item) {
        ItemId id = ItemId.parse(item);
        return trace.rows().stream()
                .filter(r -> r.resolved().item().id().equals(id))
                .findFirst()
                .orElseThrow()
                .gaps()
                .stream()
                .map(Gap::kind)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(GapKind.class)));
    }

    @Test
    void should_find_a_gap_of_every_kind_in_a_program_that_has_each_once() {
        // given
        ProgramBuilder builder = Fixtures.program(base)
                .profileYaml(ProgramBuilder.DEFAULT_PROFILE.replace(
                        "SP.01.02 BR]",
                        "SP.01.02 BR, SP.01.03 BR, SP.01.04 BR, SP.01.05 BR, SP.01.06 BR, SP.01.07 BR]"))
                .file("evidence/record.csv", "x\n")
                .statements(
                        "a.yaml",
                        statements(
                                statement("SP.01.01 BR", "status: planned", "owner: security-lead"),
                                statement("SP.01.01 RE(1)", "status: partial", "maturity: ML1", "owner: security-lead"),
                                covered(
                                        "SP.01.02 BR",
                                        "verification:",
                                        "  - by: Audit",
                                        "    date: 2026-09-02",
                                        "    result: fail"),
                                statement(
                                        "SP.01.03 BR",
                                        "status: implemented",
                                        "maturity: ML2",
                                        "owner: security-lead",
                                        "evidence:",
                                        "  - file: evidence/gone.pdf",
                                        "    title: Gone",
                                        "    date: 2026-09-01"),
                                statement(
                                        "SP.01.04 BR", "status: implemented", "maturity: ML2", "owner: security-lead"),
                                covered("SP.01.05 BR").replace("ML2", "ML1"),
                                covered("SP.01.06 BR").replace("2026-09-01", "2024-01-01"),
                                covered("SP.02.01 BR")))
                .procedure("spare", "= Spare\n");

        // when
        Trace trace = builder.run().trace(Optional.of(Period.ofMonths(12)));

        // then
        assertThat(trace.gaps())
                .extracting(Gap::kind, Gap::subject)
                .containsExactly(
                        tuple(GapKind.NO_STATEMENT, "SP.01.07 BR"),
                        tuple(GapKind.PLANNED, "SP.01.01 BR"),
                        tuple(GapKind.PARTIAL, "SP.01.01 RE(1)"),
                        tuple(GapKind.VERIFICATION_FAILED, "SP.01.02 BR"),
                        tuple(GapKind.EVIDENCE_MISSING, "SP.01.03 BR"),
                        tuple(GapKind.NO_EVIDENCE, "SP.01.04 BR"),
                        tuple(GapKind.BELOW_TARGET, "SP.01.05 BR"),
                        tuple(GapKind.EVIDENCE_STALE, "SP.01.06 BR"),
                        tuple(GapKind.OUT_OF_SCOPE_STATEMENT, "SP.02.01 BR"),
                        tuple(GapKind.PROCEDURE_UNUSED, "spare"));
        // suspect comes from review tracking against the edition mapping, which marks a built trace
        assertThat(EnumSet.copyOf(trace.gaps().stream().map(Gap::kind).toList()))
                .isEqualTo(EnumSet.complementOf(EnumSet.of(GapKind.SUSPECT)));
        assertThat(trace.gaps())
                .allSatisfy(g -> assertThat(g.action()).isEqualTo(g.kind().action()));
    }

    @Test
    void should_report_a_failed_last_verification_of_an_implemented_item_with_its_note() {
        // when
        Trace trace = program(covered(
                        "SP.01.01 BR",
                        "verification:",
                        "  - by: Customer audit",
                        "    date: 2026-01-10",
                        "    result: pass",
                        "  - by: Internal audit (K. Maier)",
                        "    date: 2026-07-01",
                        "    result: fail",
                        "    note: Two of five projects had no assessment."))
                .run()
                .trace();

        // then
        assertThat(trace.gaps())
                .filteredOn(g -> g.subject().equals("SP.01.01 BR"))
                .extracting(Gap::kind, g -> g.detail(EN))
                .containsExactly(
                        tuple(
                                GapKind.VERIFICATION_FAILED,
                                "Last verification on 2026-07-01 by Internal audit (K. Maier): fail. Two of five projects had no assessment."));
    }

    @Test
    void should_report_a_partial_last_verification_but_not_one_that_a_later_pass_superseded() {
        // when
        Trace trace = program(
                        covered(
                                "SP.01.01 BR",
                                "verification:",
                                "  - by: Audit",
                                "    date: 2026-03-01",
                                "    result: partial"),
                        covered(
                                "SP.01.02 BR",
                                "verification:",
                                "  - by: Audit",
                                "    date: 2026-03-01",
                                "    result: fail",
                                "  - by: Re-audit",
                                "    date: 2026-04-01",
                                "    result: pass"))
                .run()
                .trace();

        // then
        assertThat(kindsOf(trace, "SP.01.01 BR")).containsExactly(GapKind.VERIFICATION_FAILED);
        assertThat(kindsOf(trace, "SP.01.02 BR")).isEmpty();
        assertThat(trace.gaps())
                .filteredOn(g -> g.subject().equals("SP.01.01 BR"))
                .extracting(g -> g.detail(EN))
                .containsExactly("Last verification on 2026-03-01 by Audit: partial.");
    }

    @Test
    void should_not_add_a_verification_gap_to_an_item_that_is_only_partly_implemented() {
        // when
        Trace trace = program(statement(
                        "SP.01.01 BR",
                        "status: partial",
                        "maturity: ML1",
                        "owner: security-lead",
                        "verification:",
                        "  - by: Audit",
                        "    date: 2026-03-01",
                        "    result: partial"))
                .run()
                .trace();

        // then
        assertThat(kindsOf(trace, "SP.01.01 BR")).containsExactly(GapKind.PARTIAL);
    }

    @Test
    void should_count_undated_evidence_as_out_of_date_only_when_an_age_limit_applies() {
        // given
        ProgramBuilder.Run run = program(statement(
                        "SP.01.01 BR",
                        "status: implemented",
                        "maturity: ML2",
                        "owner: security-lead",
                        "evidence:",
                        "  - file: evidence/record.csv",
                        "    title: Undated",
                        "  - url: https://intranet.example/isms",
                        "    title: Also undated"))
                .run();

        // when
        Trace limited = run.trace(Optional.of(Period.ofMonths(12)));
        Trace unlimited = run.trace();

        // then
        assertThat(limited.gaps())
                .filteredOn(g -> g.subject().equals("SP.01.01 BR"))
                .extracting(Gap::kind, g -> g.detail(EN))
                .containsExactly(tuple(
                        GapKind.EVIDENCE_STALE,
                        "No evidence entry has a date, so it cannot be shown to be younger than 12 months."));
        assertThat(kindsOf(unlimited, "SP.01.01 BR")).isEmpty();
    }

    @Test
    void should_measure_age_by_the_newest_dated_entry_when_some_are_undated() {
        // when
        Trace trace = program(statement(
                        "SP.01.01 BR",
                        "status: implemented",
                        "maturity: ML2",
                        "owner: security-lead",
                        "evidence:",
                        "  - file: evidence/record.csv",
                        "    title: Undated",
                        "  - url: https://intranet.example/isms",
                        "    title: Dated",
                        "    date: 2026-08-01"))
                .run()
                .trace(Optional.of(Period.ofMonths(12)));

        // then
        assertThat(kindsOf(trace, "SP.01.01 BR")).isEmpty();
    }

    @Test
    void should_take_the_age_limit_asked_for_over_the_profile_parameter() {
        // given
        ProgramBuilder.Run run = Fixtures.program(base)
                .profileYaml(ProgramBuilder.DEFAULT_PROFILE + "parameters:\n  review-interval-months: 24\n")
                .run();

        // then
        assertThat(EvidenceAge.effective(Optional.empty(), run.profile())).contains(Period.ofMonths(24));
        assertThat(EvidenceAge.effective(Optional.of(Period.ofMonths(6)), run.profile()))
                .contains(Period.ofMonths(6));
        ProgramBuilder.Run none = Fixtures.program(base.resolve("b"))
                .profileYaml(ProgramBuilder.DEFAULT_PROFILE + "parameters:\n  review-interval-months: yearly\n")
                .run();
        assertThat(EvidenceAge.effective(Optional.empty(), none.profile())).isEmpty();
    }

    @Test
    void should_find_each_kind_by_its_code() {
        for (GapKind kind : GapKind.values()) {
            assertThat(GapKind.ofCode(kind.code())).contains(kind);
        }
        assertThat(GapKind.ofCode("no_statement")).isEmpty();
        assertThat(List.of(GapKind.values())).extracting(GapKind::code).contains("verification-failed");
    }
}
