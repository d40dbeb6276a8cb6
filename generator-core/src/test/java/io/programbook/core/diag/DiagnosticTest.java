package io.programbook.core.diag;

import static io.programbook.core.testutil.Fixtures.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class DiagnosticTest {

    @Test
    void should_render_headline_and_hint_like_a_compiler() {
        // given
        Diagnostic d = Diagnostic.error(
                Rule.STATEMENT_DUPLICATE,
                SourcePosition.of("src/programbook/statements/b.yaml", 14, 5),
                "second statement for SP.01.01 BR (first at src/programbook/statements/a.yaml:2:5)",
                "keep one");

        // when
        String rendered = d.render();

        // then
        assertThat(rendered)
                .isEqualTo(lines(
                        "src/programbook/statements/b.yaml:14:5: error [PB-STATEMENT-DUPLICATE] second statement for SP.01.01 BR (first at src/programbook/statements/a.yaml:2:5)",
                        "  hint: keep one"));
        assertThat(d.toString()).isEqualTo(rendered);
    }

    @Test
    void should_take_the_rule_hint_when_none_is_given() {
        // given
        Diagnostic d = Diagnostic.warning(
                Rule.SELECTOR_UNMATCHED, SourcePosition.of("profile.yaml", 3, 5), "selects nothing", " ");

        // when / then
        assertThat(d.hint()).isEqualTo(Rule.SELECTOR_UNMATCHED.hint());
        assertThat(d.isError()).isFalse();
        assertThat(d.headline()).isEqualTo("profile.yaml:3:5: warning [PB-SELECTOR-UNMATCHED] selects nothing");
    }

    @Test
    void should_print_a_whole_file_position_without_line_and_column() {
        // given
        SourcePosition at = SourcePosition.wholeFile("src/programbook/program.yaml");

        // when / then
        assertThat(at).hasToString("src/programbook/program.yaml");
        assertThat(SourcePosition.of("a.yaml", 2, 7)).hasToString("a.yaml:2:7");
    }

    @Test
    void should_reject_negative_positions() {
        assertThatThrownBy(() -> SourcePosition.of("a.yaml", -1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("line and column are 1-based, or 0 for the whole file");
    }

    @Test
    void should_order_by_file_then_line_then_column_then_code() {
        // given
        Diagnostic b1 = Diagnostic.error(Rule.ROLE_UNKNOWN, SourcePosition.of("b.yaml", 1, 1), "m");
        Diagnostic a10 = Diagnostic.error(Rule.ROLE_UNKNOWN, SourcePosition.of("a.yaml", 10, 1), "m");
        Diagnostic a2col9 = Diagnostic.error(Rule.ROLE_UNKNOWN, SourcePosition.of("a.yaml", 2, 9), "m");
        Diagnostic a2col3Role = Diagnostic.error(Rule.ROLE_UNKNOWN, SourcePosition.of("a.yaml", 2, 3), "m");
        Diagnostic a2col3Id = Diagnostic.error(Rule.ID_INVALID, SourcePosition.of("a.yaml", 2, 3), "m");

        // when
        List<Diagnostic> sorted = List.of(b1, a10, a2col9, a2col3Role, a2col3Id).stream()
                .sorted(Diagnostic.ORDER)
                .toList();

        // then
        assertThat(sorted).containsExactly(a2col3Id, a2col3Role, a2col9, a10, b1);
    }

    @Test
    void should_throw_every_finding_once_when_there_is_an_error() {
        // given
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.warning(Rule.SELECTOR_UNMATCHED, SourcePosition.of("b.yaml", 1, 1), "w", null);
        diagnostics.error(Rule.ROLE_UNKNOWN, SourcePosition.of("a.yaml", 2, 1), "e1");
        diagnostics.error(Rule.ROLE_UNKNOWN, SourcePosition.of("a.yaml", 1, 1), "e2", "fix it");

        // when
        GeneratorException e = Assertions.catchThrowableOfType(GeneratorException.class, diagnostics::throwIfErrors);

        // then
        assertThat(e).hasMessage("2 errors in the program's input, see above");
        assertThat(e.errorCount()).isEqualTo(2);
        assertThat(e.diagnostics()).extracting(Diagnostic::message).containsExactly("e2", "e1", "w");
        assertThat(diagnostics.warnings()).extracting(Diagnostic::message).containsExactly("w");
    }

    @Test
    void should_say_one_error_in_the_singular() {
        // given
        List<Diagnostic> one = List.of(Diagnostic.error(Rule.FILE_MISSING, SourcePosition.wholeFile("x"), "m"));

        // when / then
        assertThat(new GeneratorException(one)).hasMessage("1 error in the program's input, see above");
    }

    @Test
    void should_not_throw_for_warnings_alone() {
        // given
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.warning(Rule.SELECTOR_UNMATCHED, SourcePosition.of("b.yaml", 1, 1), "w", null);

        // when / then
        diagnostics.throwIfErrors();
        assertThat(diagnostics.hasErrors()).isFalse();
    }

    @Test
    void should_give_every_rule_a_unique_code_and_a_hint() {
        assertThat(List.of(Rule.values()))
                .extracting(Rule::code)
                .doesNotHaveDuplicates()
                .allMatch(c -> c.matches("PB-[A-Z-]+"));
        assertThat(List.of(Rule.values())).extracting(Rule::hint).allMatch(h -> !h.isBlank());
    }
}
