package io.programbook.core.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code docs/rules.md} in the repository is exactly what the {@link Rule} enum gives. */
class RulesDocTest {

    static final Path FILE = Path.of("../docs/rules.md");

    @Test
    void docs_rules_md_should_match_the_rule_enum() throws IOException {
        // given
        String generated = RulesDoc.markdown();
        if (Boolean.getBoolean(RulesDoc.UPDATE_PROPERTY)) {
            Files.writeString(FILE, generated, StandardCharsets.UTF_8);
        }

        // when
        String committed = Files.exists(FILE) ? Files.readString(FILE, StandardCharsets.UTF_8) : "";

        // then
        assertThat(committed)
                .as("docs/rules.md differs from the Rule enum; regenerate it with %s", RulesDoc.REGENERATE)
                .isEqualTo(generated);
    }

    @Test
    void every_rule_should_have_a_row_with_its_severity_meaning_and_hint() {
        // when
        String markdown = RulesDoc.markdown();

        // then
        for (Rule rule : Rule.values()) {
            assertThat(rule.meaning()).as("meaning of %s", rule).isNotBlank().endsWith(".");
            assertThat(rule.hint()).as("hint of %s", rule).isNotBlank();
            assertThat(markdown)
                    .contains("| `" + rule.code() + "` | " + rule.severity().label() + " | ");
        }
    }
}
