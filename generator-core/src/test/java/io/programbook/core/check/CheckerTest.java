package io.programbook.core.check;

import static io.programbook.core.trace.GapKindsTestSupport.covered;
import static io.programbook.core.trace.GapKindsTestSupport.statement;
import static io.programbook.core.trace.GapKindsTestSupport.statements;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.programbook.core.api.CheckRequest;
import io.programbook.core.api.CheckResult;
import io.programbook.core.api.GateResult;
import io.programbook.core.api.Gates;
import io.programbook.core.api.Generator;
import io.programbook.core.diag.GeneratorException;
import io.programbook.core.testutil.Fixtures;
import io.programbook.core.testutil.ProgramBuilder;
import io.programbook.core.trace.GapKind;
import java.nio.file.Path;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check goal's core. The program's profile keeps SP.01.01 BR, SP.01.01 RE(1), SP.01.02 BR,
 * SP.12.01 BR and SP.12.02 BR in scope at ML2; the program is dated 2026-10-01.
 */
class CheckerTest {

    @TempDir
    Path base;

    private ProgramBuilder program(String... entries) {
        return Fixtures.program(base)
                .profileYaml(ProgramBuilder.DEFAULT_PROFILE.replace(
                        "SP.01.02 BR]", "SP.01.02 BR, SP.12.01 BR, SP.12.02 BR]"))
                .file("evidence/record.csv", "x\n")
                .statements("a.yaml", statements(entries));
    }

    private CheckResult check(ProgramBuilder builder, Gates gates) {
        builder.write();
        return Generator.create().check(new CheckRequest(base, builder.programDir(), gates));
    }

    private static Gates gates(
            Double minimum, Double areaMinimum, Map<String, Double> areas, Set<GapKind> kinds, Integer months) {
        return new Gates(
                Optional.ofNullable(minimum),
                Optional.ofNullable(areaMinimum),
                areas,
                kinds.stream().map(GapKind::code).collect(Collectors.toSet()),
                Optional.ofNullable(months).map(Period::ofMonths));
    }

    private ProgramBuilder complete() {
        return program(
                covered("SP.01.01 BR"),
                covered("SP.01.01 RE(1)"),
                covered("SP.01.02 BR"),
                covered("SP.12.01 BR"),
                covered("SP.12.02 BR"));
    }

    @Test
    void should_offer_the_engines_gap_kinds_in_the_api_worst_first() {
        assertThat(Gates.GAP_KINDS)
                .containsExactlyElementsOf(
                        EnumSet.allOf(GapKind.class).stream().map(GapKind::code).toList());
    }

    @Test
    void should_refuse_an_unknown_gap_kind_naming_the_valid_ones() {
        IllegalArgumentException e = catchThrowableOfType(
                IllegalArgumentException.class,
                () -> new Gates(Optional.empty(), Optional.empty(), Map.of(), Set.of("no-evidense"), Optional.empty()));

        assertThat(e).hasMessageStartingWith("unknown gap kind 'no-evidense'; valid kinds: no-statement, planned,");
    }

    @Test
    void should_keep_the_gap_kinds_of_the_gates_worst_first() {
        Gates gates = new Gates(
                Optional.empty(),
                Optional.empty(),
                Map.of(),
                Set.of("procedure-unused", " Evidence-Missing ", "no-statement"),
                Optional.empty());

        assertThat(gates.failOnGaps()).containsExactly("no-statement", "evidence-missing", "procedure-unused");
    }

    @Test
    void should_pass_every_gate_of_a_complete_program() {
        // when
        CheckResult result =
                check(complete(), gates(100.0, 100.0, Map.of("SP.12", 100.0), EnumSet.allOf(GapKind.class), 12));

        // then
        assertThat(result.passed()).isTrue();
        assertThat(result.gates())
                .extracting(GateResult::gate, GateResult::message)
                .startsWith(
                        Assertions.tuple("coverage", "100.0 % (5 of 5 applicable items covered), minimum 100.0 %"),
                        Assertions.tuple(
                                "coverage of SP.01 Solution staffing",
                                "100.0 % (3 of 3 applicable items covered), minimum 100.0 %"),
                        Assertions.tuple(
                                "coverage of SP.12 Backup/Restore",
                                "100.0 % (2 of 2 applicable items covered), minimum 100.0 %"),
                        Assertions.tuple("gap kind no-statement", "none"));
        assertThat(result.gates())
                .hasSize(3 + GapKind.values().length + 1)
                .last()
                .extracting(GateResult::gate, GateResult::message)
                .containsExactly("evidence age", "no evidence older than 12 months before 2026-10-01");
        assertThat(result)
                .extracting(CheckResult::inScope, CheckResult::covered, CheckResult::gaps, CheckResult::coveragePercent)
                .containsExactly(5, 5, 0, 100.0);
    }

    @Test
    void should_list_every_failed_gate_and_the_items_behind_it_in_one_summary() {
        // given
        ProgramBuilder builder = program(
                covered("SP.01.01 BR"),
                statement("SP.01.01 RE(1)", "status: planned", "owner: security-lead"),
                covered("SP.01.02 BR").replace("evidence/record.csv", "evidence/lost.csv"),
                covered("SP.12.01 BR").replace("2026-09-01", "2025-01-31"));

        // when
        CheckResult result = check(
                builder,
                gates(
                        80.0,
                        50.0,
                        Map.of("SP.01", 90.0),
                        EnumSet.of(GapKind.EVIDENCE_MISSING, GapKind.NO_EVIDENCE),
                        12));

        // then
        assertThat(result.passed()).isFalse();
        assertThat(result.summary()).isEqualTo("""
                Programbook check failed: 5 of 6 gates failed
                  coverage: 20.0 % is below the minimum of 80.0 % (1 of 5 applicable items covered; 4 items with gaps)
                    SP.01.01 RE(1): planned
                    SP.01.02 BR: evidence-missing
                    SP.12.01 BR: evidence-stale
                    SP.12.02 BR: no-statement
                  coverage of SP.01 Solution staffing: 33.3 % is below the minimum of 90.0 % (1 of 3 applicable items covered; 2 items with gaps)
                    SP.01.01 RE(1): planned
                    SP.01.02 BR: evidence-missing
                  coverage of SP.12 Backup/Restore: 0.0 % is below the minimum of 50.0 % (0 of 2 applicable items covered; 2 items with gaps)
                    SP.12.01 BR: evidence-stale
                    SP.12.02 BR: no-statement
                  gap kind evidence-missing: 1 gap (Evidence file missing); Add the file to the program folder or correct the path in the statement.
                    SP.01.02 BR: Evidence file 'evidence/lost.csv' does not exist.
                  evidence age: 1 item with evidence older than 12 months before 2026-10-01 or undated; Renew the evidence and record its date.
                    SP.12.01 BR: Newest evidence is dated 2025-01-31, before 2025-10-01 (older than 12 months).""");
        assertThat(result.gates())
                .filteredOn(GateResult::passed)
                .extracting(GateResult::gate)
                .containsExactly("gap kind no-evidence");
    }

    @Test
    void should_hold_a_gate_to_the_exact_share_not_to_the_rounded_one() {
        // given: 2 of 3 items of SP.01 covered, 66.67 %, which the documents show as 66.7 %
        ProgramBuilder builder = program(
                covered("SP.01.01 BR"),
                statement("SP.01.01 RE(1)", "status: planned", "owner: security-lead"),
                covered("SP.01.02 BR"),
                covered("SP.12.01 BR"),
                covered("SP.12.02 BR"));

        // when
        CheckResult result = check(builder, gates(null, null, Map.of("SP.01", 66.7), Set.of(), null));

        // then
        assertThat(result.passed()).isFalse();
        assertThat(result.summary())
                .contains("coverage of SP.01 Solution staffing: 66.7 % is below the minimum of 66.7 %"
                        + " (2 of 3 applicable items covered; 1 item with gaps)");
    }

    @Test
    void should_skip_areas_with_nothing_applicable_and_measure_the_age_with_the_gate_not_the_profile() {
        // given: the profile asks for 12 months, the gate for 36
        ProgramBuilder builder = complete()
                .profileYaml(ProgramBuilder.DEFAULT_PROFILE + "parameters:\n  review-interval-months: 12\n")
                .statements(
                        "a.yaml",
                        statements(
                                covered("SP.01.01 BR").replace("2026-09-01", "2024-01-01"),
                                covered("SP.01.01 RE(1)"),
                                covered("SP.01.02 BR")));

        // when
        CheckResult lenient = check(builder, gates(null, 100.0, Map.of(), Set.of(), 36));
        CheckResult profileAge = check(builder, gates(null, null, Map.of(), EnumSet.of(GapKind.EVIDENCE_STALE), null));

        // then: SP.02 … SP.12 have nothing in scope and no gate
        assertThat(lenient.gates())
                .extracting(GateResult::gate)
                .containsExactly("coverage of SP.01 Solution staffing", "evidence age");
        assertThat(lenient.passed()).isTrue();
        assertThat(profileAge.passed()).isFalse();
        assertThat(profileAge.failed())
                .singleElement()
                .extracting(GateResult::items)
                .isEqualTo(List.of(
                        "SP.01.01 BR: Newest evidence is dated 2024-01-01, before 2025-10-01 (older than 12 months)."));
    }

    @Test
    void should_fail_a_gate_that_names_an_area_the_catalogue_does_not_have() {
        // when
        CheckResult result = check(complete(), gates(null, null, Map.of("SP.13", 50.0, "SP.12", 10.0), Set.of(), null));

        // then
        assertThat(result.failed())
                .singleElement()
                .extracting(GateResult::gate, GateResult::message)
                .containsExactly(
                        "coverage of SP.13",
                        "the catalogue has no functional area SP.13; areas: SP.01, SP.02, SP.03, SP.04,"
                                + " SP.05, SP.06, SP.07, SP.08, SP.09, SP.10, SP.11, SP.12");
    }

    @Test
    void should_fail_the_age_gate_when_the_program_has_no_date_to_measure_from() {
        // given
        ProgramBuilder builder =
                complete().programYaml(ProgramBuilder.DEFAULT_PROGRAM.replace("  date: 2026-10-01\n", ""));

        // when
        CheckResult result = check(builder, gates(null, null, Map.of(), Set.of(), 12));

        // then
        assertThat(result.failed())
                .singleElement()
                .extracting(GateResult::message)
                .isEqualTo(
                        "cannot be checked: program.yaml sets no program.date, the date evidence age is measured from;"
                                + " add 'date:' under 'program:'");
    }

    @Test
    void should_pass_without_gates_and_report_validation_warnings() {
        // when
        CheckResult result = check(complete().statements("b.yaml", statements(covered("SP.03.01 BR"))), Gates.none());

        // then
        assertThat(result.passed()).isTrue();
        assertThat(result.gates()).isEmpty();
        assertThat(result.warnings()).extracting(d -> d.rule().code()).containsExactly("PB-STATEMENT-OUT-OF-SCOPE");
        assertThat(Gates.none().isEmpty()).isTrue();
    }

    @Test
    void should_throw_the_input_errors_before_checking_anything() {
        // given
        ProgramBuilder builder = complete()
                .statements("b.yaml", statements(statement("SP.01.01 BR", "status: done", "owner: security-lead")));

        // when
        GeneratorException e = catchThrowableOfType(GeneratorException.class, () -> check(builder, Gates.none()));

        // then
        assertThat(e.diagnostics()).extracting(d -> d.rule().code()).containsExactly("PB-VALUE-INVALID");
    }

    @Test
    void should_reject_a_minimum_outside_0_to_100() {
        assertThat(catchThrowableOfType(
                        IllegalArgumentException.class, () -> gates(101.0, null, Map.of(), Set.of(), null)))
                .hasMessage("a coverage minimum is a percentage from 0 to 100, not 101.0");
        assertThat(catchThrowableOfType(
                        IllegalArgumentException.class, () -> gates(null, null, Map.of("SP.01", -1.0), Set.of(), null)))
                .isNotNull();
    }

    private static final String ASSESSMENT = """
            scheme: IECEE CB scheme (IEC TS 62443-6-1)
            assessor: M. Okafor
            date: 2026-09-01
            catalog: iec-62443-2-4@2023
            results:
              - item: SP.01.01 BR
                role: integration
                verdict: pass
              - item: SP.01.02 BR
                role: maintenance
                verdict: fail
                action: {owner: security-lead, due: 2026-09-30}
              - item: SP.12.01 BR
                role: integration
                verdict: fail
              - item: SP.12.02 BR
                role: integration
                verdict: n/e
                action: {owner: security-lead, due: 2026-08-31, state: done}
              - item: SP.01.01 RE(1)
                role: maintenance
                verdict: n/e
                action: {owner: security-lead, due: 2026-12-31}
            """;

    private static Gates assessmentGates() {
        return new Gates(
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
                true);
    }

    @Test
    void should_fail_on_open_findings_past_their_due_date_and_on_a_fail_without_action() {
        // when
        CheckResult result =
                check(complete().file("assessments/2026-09-01-m-okafor.yaml", ASSESSMENT), assessmentGates());

        // then: SP.01.02 BR is open and was due before 2026-10-01; SP.12.02 BR is done, SP.01.01 RE(1) due later
        assertThat(result.passed()).isFalse();
        assertThat(result.gates())
                .extracting(GateResult::gate, GateResult::passed, GateResult::message, GateResult::items)
                .containsExactly(
                        Assertions.tuple(
                                "overdue findings",
                                false,
                                "1 open finding due before 2026-10-01; close the corrective action (state: done) or"
                                        + " agree a new due date",
                                List.of(
                                        "SP.01.02 BR maintenance: Fail"
                                                + " (src/programbook/assessments/2026-09-01-m-okafor.yaml:9:5), due 2026-09-30")),
                        Assertions.tuple(
                                "fail without action",
                                false,
                                "1 Fail without a corrective action; give each an 'action:' (owner, due) in its"
                                        + " assessment record",
                                List.of("SP.12.01 BR integration: Fail"
                                        + " (src/programbook/assessments/2026-09-01-m-okafor.yaml:13:5)")));
    }

    @Test
    void should_pass_the_assessment_gates_when_a_later_assessment_closed_the_findings() {
        // given: a later assessment passes the rows that failed
        String later = """
                scheme: IECEE CB scheme (IEC TS 62443-6-1)
                assessor: M. Okafor
                date: 2026-09-20
                catalog: iec-62443-2-4@2023
                results:
                  - item: SP.01.02 BR
                    role: maintenance
                    verdict: pass
                  - item: SP.12.01 BR
                    role: integration
                    verdict: pass
                """;

        // when
        CheckResult result = check(
                complete()
                        .file("assessments/2026-09-01-m-okafor.yaml", ASSESSMENT)
                        .file("assessments/2026-09-20-m-okafor.yaml", later),
                assessmentGates());

        // then
        assertThat(result.gates())
                .extracting(GateResult::gate, GateResult::passed, GateResult::message)
                .containsExactly(
                        Assertions.tuple("overdue findings", true, "no open finding due before 2026-10-01"),
                        Assertions.tuple("fail without action", true, "every Fail has a corrective action"));
    }
}
