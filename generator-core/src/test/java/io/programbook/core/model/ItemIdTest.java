package io.programbook.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ItemIdTest {

    @Test
    void should_parse_a_base_requirement() {
        // when
        ItemId id = ItemId.parse("SP.01.01 BR");

        // then
        assertThat(id).isEqualTo(new ItemId("SP", 1, 1, 0));
        assertThat(id.isBaseRequirement()).isTrue();
        assertThat(id).hasToString("SP.01.01 BR");
    }

    @Test
    void should_parse_an_enhancement() {
        // when
        ItemId id = ItemId.parse("SP.03.08 RE(2)");

        // then
        assertThat(id).isEqualTo(new ItemId("SP", 3, 8, 2));
        assertThat(id.isBaseRequirement()).isFalse();
        assertThat(id).hasToString("SP.03.08 RE(2)");
    }

    @Test
    void should_parse_an_organisation_prefix_and_two_digit_enhancements() {
        assertThat(ItemId.parse("ORG2.12.34 RE(10)")).isEqualTo(new ItemId("ORG2", 12, 34, 10));
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("SP.9.2 BR", "did you mean 'SP.09.02 BR'?"),
                Arguments.of("SP.01.01RE1", "did you mean 'SP.01.01 RE(1)'?"),
                Arguments.of("sp.01.01 re(2)", "did you mean 'SP.01.01 RE(2)'?"),
                Arguments.of("SP.01.01", "did you mean 'SP.01.01 BR'?"),
                Arguments.of("SP.01.01 RE 3", "did you mean 'SP.01.01 RE(3)'?"),
                Arguments.of(" SP.01.01 BR", "did you mean 'SP.01.01 BR'?"),
                Arguments.of("requirement one", ""),
                Arguments.of("", ""));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void should_reject_a_malformed_id_quoting_the_input_and_suggesting_the_canonical_form(
            String input, String suggestion) {
        // when
        InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> ItemId.parse(input));

        // then
        assertThat(e).hasMessage("invalid item id \"" + input + "\"");
        assertThat(e.suggestion()).isEqualTo(suggestion);
    }

    @Test
    void should_reject_enhancement_zero() {
        // when
        InvalidValueException e =
                catchThrowableOfType(InvalidValueException.class, () -> ItemId.parse("SP.01.01 RE(0)"));

        // then
        assertThat(e).hasMessage("invalid item id \"SP.01.01 RE(0)\": enhancements are numbered from 1");
    }

    @Test
    void should_reject_group_or_requirement_zero_as_an_invalid_value() {
        // when
        InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> ItemId.parse("SP.00.01 BR"));

        // then
        assertThat(e).hasMessage("invalid item id \"SP.00.01 BR\": groups and requirements are numbered from 01");
    }

    @Test
    void should_reject_an_enhancement_number_too_large_to_be_real() {
        // when
        InvalidValueException e =
                catchThrowableOfType(InvalidValueException.class, () -> ItemId.parse("SP.01.01 RE(99999999999)"));

        // then
        assertThat(e).hasMessage("invalid item id \"SP.01.01 RE(99999999999)\"");
        assertThat(e.suggestion()).isEmpty();
    }

    @Test
    void should_reject_null_as_missing() {
        assertThat(catchThrowableOfType(InvalidValueException.class, () -> ItemId.parse(null)))
                .hasMessage("missing item id");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "SP.9.2 BR      | SP.09.02 BR",
                "SP.01.01RE1    | SP.01.01 RE(1)",
                "sp.01.01 re(2) | SP.01.01 RE(2)",
                "SP.01.01       | SP.01.01 BR",
                "SP 3.8 RE(2)   | SP.03.08 RE(2)"
            })
    void should_suggest_the_canonical_spelling(String input, String expected) {
        assertThat(ItemId.suggest(input)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SP.01.01 BR", "hello", "SP.100.01 BR", "SP.00.01 BR"})
    void should_suggest_nothing_for_canonical_or_unrecognisable_input(String input) {
        assertThat(ItemId.suggest(input)).isEmpty();
    }

    @Test
    void should_try_parse_without_throwing() {
        assertThat(ItemId.tryParse("SP.01.01 BR")).contains(new ItemId("SP", 1, 1, 0));
        assertThat(ItemId.tryParse("SP.1.1 BR")).isEmpty();
    }

    @Test
    void should_order_numerically_by_prefix_group_number_and_enhancement() {
        // given
        List<ItemId> ids = Stream.of(
                        "SP.10.01 BR",
                        "SP.01.01 RE(10)",
                        "SP.01.02 BR",
                        "SP.01.01 RE(2)",
                        "ORG.99.99 BR",
                        "SP.01.01 BR",
                        "SP.02.01 BR")
                .map(ItemId::parse)
                .toList();

        // when
        List<String> sorted = ids.stream().sorted().map(ItemId::toString).toList();

        // then
        assertThat(sorted)
                .containsExactly(
                        "ORG.99.99 BR",
                        "SP.01.01 BR",
                        "SP.01.01 RE(2)",
                        "SP.01.01 RE(10)",
                        "SP.01.02 BR",
                        "SP.02.01 BR",
                        "SP.10.01 BR");
    }

    @Test
    void should_give_the_base_requirement_of_an_enhancement_and_itself_for_a_base_requirement() {
        assertThat(ItemId.parse("SP.03.08 RE(2)").baseRequirement()).isEqualTo(ItemId.parse("SP.03.08 BR"));
        assertThat(ItemId.parse("SP.03.08 BR").baseRequirement()).isEqualTo(ItemId.parse("SP.03.08 BR"));
    }

    @Test
    void should_give_group_requirement_and_anchor() {
        // given
        ItemId re = ItemId.parse("SP.03.08 RE(2)");
        ItemId br = ItemId.parse("ORG.01.01 BR");

        // when / then
        assertThat(re.groupId()).isEqualTo("SP.03");
        assertThat(re.requirement()).isEqualTo("SP.03.08");
        assertThat(re.anchor()).isEqualTo("sp-03-08-re-2");
        assertThat(br.anchor()).isEqualTo("org-01-01-br");
        assertThat(br.groupId()).isEqualTo("ORG.01");
    }

    @Test
    void should_reject_out_of_range_components() {
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> new ItemId("sp", 1, 1, 0)))
                .hasMessage("invalid id prefix: \"sp\"");
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> new ItemId("SP", 0, 1, 0)))
                .hasMessage("id numbers out of range");
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> new ItemId("SP", 1, 100, 0)))
                .hasMessage("id numbers out of range");
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> new ItemId("SP", 1, 1, -1)))
                .hasMessage("id numbers out of range");
    }
}
