package io.programbook.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code req:[…]} links become cross references where AsciiDoc would expand a macro, and only there. */
class ItemLinksTest {

    @Test
    void should_turn_links_into_cross_references_to_the_item() {
        assertThat(HandbookViewBuilder.itemLinks("See req:[SP.01.01 BR] and req:[ SP.03.08 RE(2) ]."))
                .isEqualTo("See <<sp-01-01-br,SP.01.01 BR>> and <<sp-03-08-re-2,SP.03.08 RE(2)>>.");
    }

    @Test
    void should_leave_links_in_verbatim_blocks_and_comments_as_written() {
        String adoc = """
                Before req:[SP.01.01 BR].

                [source,asciidoc]
                ----
                Write req:[SP.01.01 BR] to link an item.
                ----
                ....
                req:[SP.01.02 BR]
                ....
                ++++
                <p>req:[SP.01.02 BR]</p>
                ++++
                ////
                req:[SP.01.02 BR]
                ////
                ```yaml
                text: req:[SP.01.02 BR]
                ```
                // req:[SP.01.02 BR] in a comment line

                After req:[SP.01.03 BR].""";

        assertThat(HandbookViewBuilder.itemLinks(adoc))
                .isEqualTo(adoc.replace("Before req:[SP.01.01 BR]", "Before <<sp-01-01-br,SP.01.01 BR>>")
                        .replace("After req:[SP.01.03 BR]", "After <<sp-01-03-br,SP.01.03 BR>>"));
    }

    @Test
    void should_keep_an_escaped_link_as_text_without_its_backslash() {
        assertThat(HandbookViewBuilder.itemLinks("Type \\req:[SP.01.01 BR] to get req:[SP.01.01 BR]."))
                .isEqualTo("Type req:[SP.01.01 BR] to get <<sp-01-01-br,SP.01.01 BR>>.");
    }

    @Test
    void should_link_inside_blocks_whose_content_is_markup_and_leave_malformed_ids() {
        assertThat(HandbookViewBuilder.itemLinks("****\nreq:[SP.01.01 BR]\n****\n====\nreq:[SP.1.1 BR]\n===="))
                .isEqualTo("****\n<<sp-01-01-br,SP.01.01 BR>>\n****\n====\nreq:[SP.1.1 BR]\n====");
        assertThat(HandbookViewBuilder.itemLinks("")).isEmpty();
    }

    @Test
    void should_leave_links_where_asciidoc_expands_no_macro() {
        // given: inline passthroughs, an indented literal paragraph and a styled verbatim paragraph
        String adoc = """
                Write +req:[SP.01.01 BR]+, pass:[req:[SP.01.01 BR]] or `+req:[SP.01.01 BR]+`.

                 An indented line req:[SP.01.01 BR]
                is a literal paragraph.

                [source]
                req:[SP.01.01 BR]""";

        // when / then
        assertThat(HandbookViewBuilder.itemLinks(adoc)).isEqualTo(adoc);
    }

    @Test
    void should_link_after_three_slashes_which_start_no_comment() {
        assertThat(HandbookViewBuilder.itemLinks("/// req:[SP.01.01 BR]")).isEqualTo("/// <<sp-01-01-br,SP.01.01 BR>>");
    }

    @Test
    void should_link_in_plain_text_and_escape_the_rest() {
        assertThat(HandbookViewBuilder.textWithLinks(
                        "Covered by\nreq:[SP.01.01 BR] & \\req:[SP.01.02 BR] (req:[SP.01.02 BR])."))
                .isEqualTo(
                        "Covered by <<sp-01-01-br,SP.01.01 BR>> pass:[&amp; req:[SP.01.02 BR&#93; (]<<sp-01-02-br,SP.01.02 BR>>).");
        assertThat(HandbookViewBuilder.textWithLinks("req:[SP.01.01 BR]")).isEqualTo("<<sp-01-01-br,SP.01.01 BR>>");
        assertThat(HandbookViewBuilder.textWithLinks(" ")).isEmpty();
    }
}
