package io.programbook.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.programbook.core.model.ItemLinks.Link;
import io.programbook.core.model.ItemLinks.Markup;
import io.programbook.core.model.ItemLinks.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The one scanner of {@code req:[…]} links: which links AsciiDoc renders, and where each is written.
 * {@code ItemLinksConformanceIT} checks the same decisions against Asciidoctor itself.
 */
class ItemLinksTest {

    private static List<String> targets(String adoc) {
        return ItemLinks.find(adoc, Markup.ASCIIDOC).stream().map(Link::target).toList();
    }

    @Test
    void should_find_several_links_on_a_line_with_their_positions() {
        // given
        String adoc = "First line.\nSee req:[SP.01.01 BR] and req:[  SP.03.08 RE(2) ] again.";

        // when
        List<Link> links = ItemLinks.find(adoc, Markup.ASCIIDOC);

        // then
        assertThat(links)
                .containsExactly(
                        new Link("req:[SP.01.01 BR]", "SP.01.01 BR", 16, 1, 4, 9, 0),
                        new Link("req:[  SP.03.08 RE(2) ]", "SP.03.08 RE(2)", 38, 1, 26, 33, 0));
        assertThat(adoc.substring(links.get(1).offset())).startsWith("req:[  SP.03");
        assertThat(links.get(1).id()).contains(ItemId.parse("SP.03.08 RE(2)"));
    }

    @Test
    void should_count_earlier_occurrences_of_the_same_link_also_where_it_is_text() {
        // given: the first occurrence is escaped, the second is in a listing
        String adoc = "\\req:[SP.01.01 BR]\n----\nreq:[SP.01.01 BR]\n----\nreq:[SP.01.01 BR]";

        // when
        List<Link> links = ItemLinks.find(adoc, Markup.ASCIIDOC);

        // then
        assertThat(links).singleElement().satisfies(link -> {
            assertThat(link.line()).isEqualTo(4);
            assertThat(link.ordinal()).isEqualTo(2);
        });
    }

    @Test
    void should_skip_links_in_verbatim_blocks_comments_and_fenced_code() {
        // given
        String adoc = """
                req:[A]
                ----
                req:[listing]
                ----
                .....
                req:[literal]
                ....
                still literal: only the delimiter of the same length closes req:[literal]
                .....
                ++++
                req:[pass]
                ++++
                ////
                req:[comment]
                ////
                ```yaml
                req:[fenced]
                ````
                req:[still fenced]
                ```
                // req:[comment line]
                /// req:[B] three slashes start no comment
                ====
                req:[C] in an example block
                ====
                ****
                req:[D] in a sidebar
                ****
                |===
                | req:[E] | in a table
                |===
                ----
                req:[unterminated listing]""";

        // when / then
        assertThat(targets(adoc)).containsExactly("A", "B", "C", "D", "E");
    }

    @Test
    void should_skip_links_in_literal_and_styled_verbatim_paragraphs() {
        // given
        String adoc = """
                 req:[indented] starts a literal paragraph
                req:[continued] continues it
                // a comment line does not end it
                req:[still literal]

                * req:[A] a list item
                  req:[B] its continuation

                  req:[literal after a blank line]

                  * req:[C] an indented list item
                  term:: req:[D] a description
                +
                 req:[literal after a list continuation]

                [source,yaml]
                req:[source]

                [literal]
                .A title req:[E]
                req:[styled literal]

                [listing]

                req:[styled across a blank line]

                [[anchor]]
                [comment]
                req:[comment]

                [normal]
                 req:[F] normal, though indented

                [verse]
                req:[G] verse takes links
                text
                [pass]
                req:[pass] an attribute line ends a paragraph
                """;

        // when / then
        assertThat(targets(adoc)).containsExactly("A", "B", "C", "D", "E", "F", "G");
    }

    @Test
    void should_follow_open_blocks_only_when_styled_verbatim() {
        assertThat(targets("[source]\n--\nreq:[source]\n--\n\n--\nreq:[A]\n--\n\n[pass]\n--\nreq:[pass]\n--\n"))
                .containsExactly("A");
        assertThat(targets("[listing]\n====\nreq:[A] a style an example block cannot take\n===="))
                .containsExactly("A");
    }

    @Test
    void should_follow_the_subs_attribute_of_a_block() {
        // given: a cross reference needs both special characters and macros
        String adoc = """
                [subs=+macros]
                ----
                req:[A]
                ----

                [source,subs="verbatim,macros"]
                ----
                req:[B]
                ----

                [subs=macros]
                ....
                req:[macros without special characters]
                ....

                [subs="+specialchars,+macros"]
                ++++
                req:[C]
                ++++

                [subs=-macros]
                req:[no macros]

                [subs="attributes+"]
                ----
                req:[attributes only]
                ----

                [subs=normal]
                ....
                req:[D]
                ....
                """;

        // when / then
        assertThat(targets(adoc)).containsExactly("A", "B", "C", "D");
    }

    @Test
    void should_skip_links_in_inline_passthroughs_and_escaped_links() {
        assertThat(targets(
                        "+req:[a]+ ++req:[b]++ +++req:[c]+++ pass:[req:[d]] pass:q[req:[e]] stem:[req:[f]] `+req:[g]+`"
                                + " \\req:[h] `req:[A]` x+req:[B]+y"))
                .containsExactly("A", "B");
    }

    @Test
    void should_turn_links_into_parts_and_unescape_escaped_ones() {
        // when
        List<ItemLinks.Part> parts =
                ItemLinks.parts("Type \\req:[X] for req:[SP.01.01 BR].\n----\n\\req:[Y]\n----", Markup.ASCIIDOC);

        // then
        assertThat(parts).hasSize(3);
        assertThat(parts.get(0)).isEqualTo(new Text("Type req:[X] for "));
        assertThat(parts.get(1)).isInstanceOf(Link.class);
        assertThat(parts.get(2)).isEqualTo(new Text(".\n----\n\\req:[Y]\n----"));
        assertThat(ItemLinks.replace(
                        "a req:[SP.01.01 BR] b \\req:[c]\n\n ", Markup.ASCIIDOC, l -> "<" + l.target() + ">"))
                .isEqualTo("a <SP.01.01 BR> b req:[c]\n\n ");
        assertThat(ItemLinks.parts("", Markup.ASCIIDOC)).isEmpty();
        assertThat(ItemLinks.replace("no links", Markup.ASCIIDOC, l -> "x")).isEqualTo("no links");
    }

    @Test
    void should_take_every_unescaped_link_of_plain_text() {
        assertThat(ItemLinks.find("----\nreq:[A]\n// req:[B] +req:[C]+ \\req:[D]", Markup.PLAIN_TEXT))
                .extracting(Link::target)
                .containsExactly("A", "B", "C");
    }

    @Test
    void should_end_a_link_on_its_line() {
        assertThat(targets("req:[SP.01.01\nBR] and req:[A]")).containsExactly("A");
    }

    @Test
    void should_say_what_is_wrong_with_a_target_that_is_no_item_id() {
        assertThatThrownBy(
                        () -> ItemLinks.find("req:[ ]", Markup.ASCIIDOC).get(0).parse())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("link 'req:[ ]' names no item");
        assertThatThrownBy(() -> ItemLinks.find("req:[SP.01.01 BR,SP.01.02 BR]", Markup.ASCIIDOC)
                        .get(0)
                        .parse())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("link 'req:[SP.01.01 BR,SP.01.02 BR]' names more than one item")
                .satisfies(e -> assertThat(((InvalidValueException) e).suggestion())
                        .isEqualTo("write one link per item: req:[SP.01.01 BR], req:[SP.01.02 BR]"));
        assertThatThrownBy(() -> ItemLinks.find("req:[SP.1.1 BR]", Markup.ASCIIDOC)
                        .get(0)
                        .parse())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("invalid item id \"SP.1.1 BR\"");
    }
}
