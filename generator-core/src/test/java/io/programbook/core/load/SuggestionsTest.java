package io.programbook.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    private final List<String> fields = List.of("owner", "maturity", "status", "text");

    @Test
    void should_suggest_the_nearest_candidate_ignoring_case() {
        assertThat(Suggestions.nearest("ownr", fields)).contains("owner");
        assertThat(Suggestions.nearest("STATSU", fields)).contains("status");
    }

    @Test
    void should_suggest_nothing_when_no_candidate_is_near() {
        assertThat(Suggestions.nearest("justification", fields)).isEmpty();
        assertThat(Suggestions.nearest("", fields)).isEmpty();
        assertThat(Suggestions.nearest(null, fields)).isEmpty();
    }

    @Test
    void should_break_ties_alphabetically() {
        assertThat(Suggestions.nearest("SP.01.09 BR", List.of("SP.01.08 BR", "SP.01.07 BR")))
                .contains("SP.01.07 BR");
    }

    @Test
    void should_compute_the_edit_distance() {
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
        assertThat(Suggestions.distance("same", "same")).isZero();
    }
}
