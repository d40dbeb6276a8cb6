package io.programbook.core.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.resolve.ReferenceScanner.Reference;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which {@code {name}} references Asciidoctor replaces: the block rules are those of the item links
 * ({@code AsciidocLines}), the substitution step is {@code attributes} instead of {@code macros}.
 * {@code AttributeReferencesConformanceIT} checks the same decisions against Asciidoctor itself.
 */
class ReferenceScannerTest {

    private static List<String> names(String adoc) {
        return ReferenceScanner.scan(adoc).stream().map(Reference::name).toList();
    }

    @Test
    void should_find_references_with_line_column_and_ordinal() {
        // given
        String adoc = "First {a} line.\n\\{a} escaped, then {a} and {b}.";

        // when
        List<Reference> found = ReferenceScanner.scan(adoc);

        // then
        assertThat(found)
                .containsExactly(
                        new Reference("a", 0, 6, 0), new Reference("a", 1, 19, 2), new Reference("b", 1, 27, 0));
    }

    @Test
    void should_skip_references_in_an_indented_literal_paragraph() {
        // given
        String adoc = "Text {a}.\n\n  indented {b}\nstill literal {c}\n\nnormal {d}";

        // when / then
        assertThat(names(adoc)).containsExactly("a", "d");
    }

    @Test
    void should_find_references_in_indented_list_items_and_their_continuation_lines() {
        // given
        String adoc = "  * item {a}\n  continued {b}\n\n  term:: description {c}";

        // when / then
        assertThat(names(adoc)).containsExactly("a", "b", "c");
    }

    @Test
    void should_skip_references_in_paragraphs_and_open_blocks_styled_verbatim() {
        // given
        String adoc = "[source,yaml]\nkey: {a}\n\n[literal]\n{b}\n\n[listing]\n{c}\n\n[pass]\n{d}\n\n[comment]\n{e}\n\n"
                + "[source]\n--\n{f}\n--\n\n[NOTE]\nadmonition {g}\n\n[verse]\npoem {h}";

        // when / then
        assertThat(names(adoc)).containsExactly("g", "h");
    }

    @Test
    void should_find_references_where_subs_include_attributes() {
        // given
        String adoc =
                "[subs=attributes+]\n----\nlisting {a}\n----\n\n[source,subs=\"+attributes\"]\n----\nsource {b}\n----\n\n"
                        + "[subs=\"verbatim,attributes\"]\n....\nliteral {c}\n....\n\n[subs=attributes]\n++++\npass {d}\n++++\n\n"
                        + "----\nplain listing {e}\n----";

        // when / then
        assertThat(names(adoc)).containsExactly("a", "b", "c", "d");
    }

    @Test
    void should_skip_references_where_subs_leave_out_attributes() {
        // given
        String adoc =
                "[subs=-attributes]\nparagraph {a}\n\n[subs=\"quotes,macros\"]\nparagraph {b}\n\n[subs=none]\n{c}\n\n"
                        + "[subs=normal]\n----\nnormal listing {d}\n----";

        // when / then
        assertThat(names(adoc)).containsExactly("d");
    }

    @Test
    void should_treat_three_slashes_as_text_and_two_as_a_comment() {
        // given
        String adoc = "// comment {a}\n/// not a comment {b}\n////\ncomment block {c}\n////";

        // when / then
        assertThat(names(adoc)).containsExactly("b");
    }

    @Test
    void should_find_references_in_titles_and_block_attribute_lines() {
        // given
        String adoc = "== Section {a}\n\n.Title {b}\n[quote, {c}]\nquoted";

        // when / then
        assertThat(names(adoc)).containsExactly("a", "b", "c");
    }

    @Test
    void should_take_only_an_entry_outside_a_paragraph_as_a_definition() {
        // given
        String adoc =
                ":site: Hamburg\nAt {site}.\nText\n:other: not an entry inside a paragraph\n\n{other} and {SITE}\n\n"
                        + ":site!:\nAgain {site}.";

        // when / then
        assertThat(names(adoc)).containsExactly("other", "site");
    }

    @Test
    void should_skip_references_in_inline_passthroughs_but_not_in_listing_blocks_with_attributes() {
        // given
        String adoc = "+{a}+ and pass:[{b}] and `{c}`\n\n[subs=attributes+]\n----\n+{d}+\n----";

        // when / then
        assertThat(names(adoc)).containsExactly("c", "d");
    }
}
