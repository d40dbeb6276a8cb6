package io.programbook.core.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every finding is counted; a log or report shows at most {@link Diagnostics#LIMIT_PER_RULE} of one rule. */
class DiagnosticsTest {

    private static List<Diagnostic> duplicates(int count) {
        List<Diagnostic> findings = new ArrayList<>();
        for (int i = count; i >= 1; i--) { // added last line first: what is shown is the first in ORDER
            findings.add(Diagnostic.error(
                    Rule.STATEMENT_DUPLICATE, SourcePosition.of("s.yaml", i, 9), "second statement " + i));
        }
        return findings;
    }

    @Test
    void should_show_the_first_findings_of_a_rule_and_count_the_rest() {
        // given
        List<Diagnostic> findings = duplicates(100_000);
        findings.add(Diagnostic.warning(Rule.SELECTOR_UNMATCHED, SourcePosition.of("p.yaml", 3, 5), "unmatched", null));

        // when
        Diagnostics.Shown shown = Diagnostics.shown(findings);

        // then
        assertThat(shown.findings()).hasSize(Diagnostics.LIMIT_PER_RULE + 1);
        assertThat(shown.findings().get(1).at().line()).isEqualTo(1);
        assertThat(shown.findings().get(Diagnostics.LIMIT_PER_RULE).at().line()).isEqualTo(Diagnostics.LIMIT_PER_RULE);
        assertThat(shown.omitted())
                .containsExactly(new Diagnostics.Omitted(Rule.STATEMENT_DUPLICATE, Severity.ERROR, 99_950));
        assertThat(shown.lines()).hasSize(Diagnostics.LIMIT_PER_RULE + 2);
        assertThat(shown.lines().get(shown.lines().size() - 1))
                .isEqualTo("\u2026 and 99,950 more PB-STATEMENT-DUPLICATE findings");
    }

    @Test
    void should_show_everything_up_to_the_limit() {
        // when
        Diagnostics.Shown shown = Diagnostics.shown(duplicates(Diagnostics.LIMIT_PER_RULE));

        // then
        assertThat(shown.findings()).hasSize(Diagnostics.LIMIT_PER_RULE);
        assertThat(shown.omitted()).isEmpty();
    }

    @Test
    void should_say_one_finding_and_warning_when_the_one_left_out_is_a_warning() {
        // given
        List<Diagnostic> findings = new ArrayList<>();
        for (int i = 1; i <= Diagnostics.LIMIT_PER_RULE + 1; i++) {
            findings.add(
                    Diagnostic.warning(Rule.SELECTOR_UNMATCHED, SourcePosition.of("p.yaml", i, 5), "unmatched", null));
        }

        // when
        Diagnostics.Shown shown = Diagnostics.shown(findings);

        // then
        assertThat(shown.omitted())
                .containsExactly(new Diagnostics.Omitted(Rule.SELECTOR_UNMATCHED, Severity.WARNING, 1));
        assertThat(shown.omitted().get(0).line()).isEqualTo("\u2026 and 1 more PB-SELECTOR-UNMATCHED finding");
    }
}
