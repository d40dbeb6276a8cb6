package io.programbook.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.api.CheckRequest;
import io.programbook.core.api.CheckResult;
import io.programbook.core.api.GateResult;
import io.programbook.core.api.Gates;
import io.programbook.core.api.Generator;
import io.programbook.core.diag.Diagnostic;
import io.programbook.core.testutil.ExampleProgram;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check goal's gates of the action plan (overdue actions, gaps without an action) and its early
 * warning of what falls due, on the example: two of its actions are due before its date, 2026-10-01.
 */
class ActionGatesIT {

    @TempDir
    static Path temp;

    static Path program;

    @BeforeAll
    static void copy() {
        program = ExampleProgram.copy(temp.resolve("program"));
    }

    private static CheckResult check(boolean overdue, boolean without, Optional<Integer> days) {
        return Generator.create()
                .check(new CheckRequest(
                        temp,
                        program,
                        new Gates(
                                Optional.empty(),
                                Optional.empty(),
                                Map.of(),
                                Set.of(),
                                Optional.empty(),
                                false,
                                overdue,
                                without,
                                days)));
    }

    @Test
    void should_fail_on_overdue_actions_naming_each_with_its_owner_and_line() {
        // when
        CheckResult result = check(true, false, Optional.empty());

        // then
        assertThat(result.passed()).isFalse();
        GateResult gate = result.failed().get(0);
        assertThat(gate.gate()).isEqualTo("overdue actions");
        assertThat(gate.message()).startsWith("2 open actions due before 2026-10-01; ");
        assertThat(gate.items())
                .containsExactly(
                        "SP.03.01 RE(2): due 2026-09-15, owner security-lead"
                                + " (program/statements/sp03-architecture.yaml:43:5)",
                        "SP.10.03 BR: due 2026-09-30, owner service-technician"
                                + " (program/statements/sp10-malware-protection.yaml:60:5)");
    }

    @Test
    void should_fail_on_gaps_nobody_has_taken_on_and_pass_when_every_gap_has_an_action() throws Exception {
        // when
        CheckResult result = check(false, true, Optional.empty());

        // then
        GateResult gate = result.gates().stream()
                .filter(g -> g.gate().equals("gaps without an action"))
                .findFirst()
                .orElseThrow();
        assertThat(gate.passed()).isFalse();
        assertThat(gate.items())
                .contains("SP.11.01 BR: evidence-missing (program/statements/sp11-patch-management.yaml:3:5)")
                .noneMatch(line -> line.startsWith("SP.03.01 RE(2)"));
    }

    @Test
    void should_warn_of_what_falls_due_within_the_days_ahead_at_the_line_to_update() {
        // when
        CheckResult result = check(false, false, Optional.of(30));

        // then
        assertThat(result.warnings())
                .filteredOn(d -> d.rule().code().equals("PB-DUE-SOON"))
                .extracting(Diagnostic::headline)
                .contains(
                        "program/statements/sp06-configuration-management.yaml:66:7: warning [PB-DUE-SOON] the action"
                                + " of SP.06.03 BR is due 2026-10-31, in 30 days after the program's date 2026-10-01",
                        "program/statements/sp03-architecture.yaml:45:7: warning [PB-DUE-SOON] the action of"
                                + " SP.03.01 RE(2) is due 2026-09-15, 16 days before the program's date 2026-10-01")
                .noneMatch(line -> line.contains("2026-11-30"));
        assertThat(Files.exists(program)).isTrue();
    }
}
