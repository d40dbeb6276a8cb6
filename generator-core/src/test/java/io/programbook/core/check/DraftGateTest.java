package io.programbook.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.api.CheckRequest;
import io.programbook.core.api.CheckResult;
import io.programbook.core.api.GateResult;
import io.programbook.core.api.Gates;
import io.programbook.core.api.Generator;
import io.programbook.core.history.RevisionHistoryTest;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code failOnDraft} gate of {@code check}: a release build fails on a draft. */
class DraftGateTest {

    static final Gates DRAFT_GATE =
            new Gates(Optional.empty(), Optional.empty(), Map.of(), Set.of(), Optional.empty(), true);

    @TempDir
    Path tmp;

    @Test
    void should_pass_a_released_program_without_placeholders() throws Exception {
        Path program = RevisionHistoryTest.copy(tmp.resolve("src/programbook"));

        CheckResult result = Generator.create().check(new CheckRequest(tmp, program, DRAFT_GATE));

        assertThat(result.gates()).containsExactly(GateResult.pass("draft", "released, no placeholder text"));
    }

    @Test
    void should_fail_a_draft_status_and_name_every_placeholder_statement() throws Exception {
        Path program = RevisionHistoryTest.copy(tmp.resolve("src/programbook"));
        RevisionHistoryTest.edit(
                program.resolve("program.yaml"), t -> t.replace("status: released", "status: in-review"));
        RevisionHistoryTest.edit(
                program.resolve("statements/sp01.yaml"),
                t -> t.replace(
                        "text: Employment contracts carry a confidentiality clause.",
                        "text: |\n      To do: how the organisation meets this item."));

        CheckResult result = Generator.create().check(new CheckRequest(tmp, program, DRAFT_GATE));

        assertThat(result.passed()).isFalse();
        assertThat(result.gates().get(0).items())
                .containsExactly(
                        "status 'in-review' at src/programbook/program.yaml:11:3",
                        "SP.01.03 BR: placeholder text at src/programbook/statements/sp01.yaml:28:5");
    }

    @Test
    void should_not_check_drafts_unless_asked() {
        assertThat(Gates.none().failOnDraft()).isFalse();
        assertThat(DRAFT_GATE.isEmpty()).isFalse();
    }
}
