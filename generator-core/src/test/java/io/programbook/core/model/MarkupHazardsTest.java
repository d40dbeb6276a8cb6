package io.programbook.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.model.MarkupHazards.Hazard;
import io.programbook.core.model.MarkupHazards.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkupHazardsTest {

    private static List<String> found(String text) {
        return MarkupHazards.find(text).stream()
                .map(h -> h.kind() + "@" + (h.line() + 1) + ":" + (h.column() + 1))
                .toList();
    }

    @Test
    void should_find_every_form_of_passthrough() {
        assertThat(found("a +++<b>+++ b pass:[<i>] c pass:q[<u>]\n\n++++\n<script>\n++++\n\n[pass]\n<b>\n\n"
                        + "[subs=\"quotes\"]\n<i>\n\n[listing,subs=-specialchars]\n<u>\n\n[pass]\n--\n<s>\n--\n"))
                .containsExactly(
                        "PASSTHROUGH@1:3",
                        "PASSTHROUGH@1:15",
                        "PASSTHROUGH@1:28",
                        "PASSTHROUGH@3:1",
                        "PASSTHROUGH@8:1",
                        "PASSTHROUGH@11:1",
                        "PASSTHROUGH@14:1",
                        "PASSTHROUGH@18:1");
    }

    @Test
    void should_not_count_passthroughs_in_code_comments_or_escaped() {
        assertThat(found("----\n+++<b>+++ pass:[x]\n++++\n----\n\n// +++<b>+++\n\n////\n++++\n////\n\n"
                        + "[comment]\npass:[x]\n\n\\+++x+++ and \\pass:[y]\n\n`+x+` and ++y++\n\n"
                        + "[source]\n+++<b>+++\n"))
                .isEmpty();
    }

    @Test
    void should_find_a_passthrough_in_an_attribute_entry() {
        assertThat(found(":portal: pass:[<script>]\n\nText {portal}.\n")).containsExactly("PASSTHROUGH@1:10");
    }

    @Test
    void should_find_remote_images_but_not_local_ones() {
        assertThat(found("image::https://x.example/a.png[]\n\nimage:diagram.png[] image://x.example/b.png[] "
                        + "image:HTTP://x.example/c.png[]\n"))
                .containsExactly("REMOTE_IMAGE@1:1", "REMOTE_IMAGE@3:21", "REMOTE_IMAGE@3:47");
    }

    @Test
    void should_find_links_to_other_schemes_than_http_https_and_mailto() {
        assertThat(found("link:javascript:x()[a] link:https://ok.example[b] link:mailto:a@b.example[c]"
                        + " link:VBScript:x[d] image:a.png[link=\"data:text/html,x\"] link:handbook.html[e]\n\n"
                        + "[link=file:///etc/passwd]\nimage::a.png[]\n"))
                .containsExactly("UNSAFE_LINK@1:1", "UNSAFE_LINK@1:78", "UNSAFE_LINK@1:109", "UNSAFE_LINK@3:2");
    }

    @Test
    void should_find_long_paragraphs_and_lines_but_not_long_lists_tables_or_listings() {
        // given
        String sentence = "x".repeat(99) + "\n";
        String paragraph = sentence.repeat(201);
        String list = ("* " + sentence).repeat(300);
        String table = "|===\n" + ("| " + sentence).repeat(300) + "|===\n";
        String listing = "----\n" + sentence.repeat(300) + "----\n";

        // when
        List<String> hazards = found("Short.\n\n" + list + "\n" + table + "\n" + listing + "\n" + paragraph + "\n"
                + "y".repeat(MarkupHazards.MAX_PARAGRAPH + 1) + "\n");

        // then
        int paragraphLine = 2 + 300 + 1 + 302 + 1 + 302 + 1 + 1;
        assertThat(hazards)
                .containsExactly(
                        "LONG_PARAGRAPH@" + paragraphLine + ":1", "LONG_PARAGRAPH@" + (paragraphLine + 202) + ":1");
    }

    @Test
    void should_count_occurrences_of_the_same_snippet_before_a_hazard() {
        // when
        List<Hazard> hazards = MarkupHazards.find("+++<b>+++ and ----\n\n+++<b>+++\n");

        // then
        assertThat(hazards).extracting(Hazard::ordinal).containsExactly(0, 1);
        assertThat(hazards).extracting(Hazard::kind).containsOnly(Kind.PASSTHROUGH);
    }
}
