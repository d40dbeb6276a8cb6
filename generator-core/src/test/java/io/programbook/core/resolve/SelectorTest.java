package io.programbook.core.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.programbook.core.model.Catalog;
import io.programbook.core.model.InvalidValueException;
import io.programbook.core.model.ItemId;
import io.programbook.core.testutil.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SelectorTest {

    private final Catalog tiny = Fixtures.tinyCatalog();

    private List<String> selected(String selector) {
        Selector s = Selector.parse(selector);
        return tiny.items().stream()
                .filter(s::matches)
                .map(i -> i.id().toString())
                .toList();
    }

    @Test
    void should_match_exactly_one_item_by_id() {
        // when
        Selector s = Selector.parse("SP.03.08 RE(2)");

        // then
        assertThat(s).isEqualTo(new Selector.Exact(ItemId.parse("SP.03.08 RE(2)")));
        assertThat(s.specificity()).isEqualTo(Selector.EXACT);
        assertThat(selected("SP.03.08 RE(2)")).containsExactly("SP.03.08 RE(2)");
    }

    @Test
    void should_match_every_item_of_a_group() {
        // when
        Selector s = Selector.parse("SP.04");

        // then
        assertThat(s.specificity()).isEqualTo(Selector.GROUP);
        assertThat(s.text()).isEqualTo("SP.04");
        assertThat(selected("SP.04")).containsExactly("SP.04.01 BR", "SP.04.01 RE(1)");
    }

    @Test
    void should_match_a_group_glob_including_enhancements() {
        // when
        Selector s = Selector.parse("SP.03.*");

        // then
        assertThat(s.specificity()).isEqualTo(Selector.GROUP);
        assertThat(selected("SP.03.*"))
                .containsExactly("SP.03.01 BR", "SP.03.08 BR", "SP.03.08 RE(1)", "SP.03.08 RE(2)");
    }

    @Test
    void should_match_every_enhancement_of_one_requirement() {
        // when
        Selector s = Selector.parse("SP.03.08 RE(*)");

        // then
        assertThat(s.specificity()).isEqualTo(Selector.ENHANCEMENTS);
        assertThat(selected("SP.03.08 RE(*)")).containsExactly("SP.03.08 RE(1)", "SP.03.08 RE(2)");
    }

    @Test
    void should_match_every_base_requirement() {
        // when
        Selector s = Selector.parse("SP.* BR");

        // then
        assertThat(s.specificity()).isEqualTo(Selector.BROAD);
        assertThat(selected("SP.* BR"))
                .containsExactly(
                        "SP.01.01 BR",
                        "SP.01.02 BR",
                        "SP.03.01 BR",
                        "SP.03.08 BR",
                        "SP.04.01 BR",
                        "SP.12.01 BR",
                        "SP.12.02 BR");
    }

    @Test
    void should_match_items_by_tag() {
        // when
        Selector s = Selector.parse("tag:backup");

        // then
        assertThat(s).isEqualTo(new Selector.Tag("backup"));
        assertThat(s.specificity()).isEqualTo(Selector.BROAD);
        assertThat(s.text()).isEqualTo("tag:backup");
        assertThat(selected("tag:backup")).containsExactly("SP.12.01 BR", "SP.12.02 BR");
        assertThat(selected("tag:restore")).containsExactly("SP.12.02 BR");
    }

    @Test
    void should_ignore_surrounding_blanks() {
        assertThat(Selector.parse("  SP.04 ").text()).isEqualTo("SP.04");
        assertThat(Selector.parse("tag: backup").text()).isEqualTo("tag:backup");
    }

    @Test
    void should_not_let_a_group_selector_match_a_longer_group_number() {
        assertThat(selected("SP.1*")).containsExactly("SP.12.01 BR", "SP.12.02 BR");
        assertThat(selected("SP.12")).containsExactly("SP.12.01 BR", "SP.12.02 BR");
        assertThat(selected("SP.01")).containsExactly("SP.01.01 BR", "SP.01.01 RE(1)", "SP.01.02 BR");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "SP.4              | invalid selector \"SP.4\"               | ''",
                "SP.3.8 BR         | invalid selector \"SP.3.8 BR\"          | did you mean 'SP.03.08 BR'?",
                "sp.03.08 re(1)    | invalid selector \"sp.03.08 re(1)\"     | did you mean 'SP.03.08 RE(1)'?",
                "SP.0?.*           | invalid selector \"SP.0?.*\"            | ''",
                "SP.00.01 BR       | invalid selector \"SP.00.01 BR\"        | ''",
                "SP.03.* RE(x)     | invalid selector \"SP.03.* RE(x)\"      | ''",
                "tag:Backup Media  | invalid tag selector \"tag:Backup Media\" | write tags in kebab-case: 'tag:backup'",
                "tag:              | invalid tag selector \"tag:\"           | write tags in kebab-case: 'tag:backup'"
            })
    void should_reject_an_invalid_selector_quoting_it(String text, String message, String suggestion) {
        // when
        InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> Selector.parse(text));

        // then
        assertThat(e).hasMessage(message);
        assertThat(e.suggestion()).isEqualTo(suggestion);
    }

    @Test
    void should_reject_an_empty_selector() {
        assertThat(catchThrowableOfType(InvalidValueException.class, () -> Selector.parse("  ")))
                .hasMessage("invalid selector \"  \"");
    }
}
