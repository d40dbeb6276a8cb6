package io.programbook.core.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast path on its own (no JRuby): what it writes for a small document, and that it declines
 * what it does not fully understand. Equality with Asciidoctor is {@link FastConverterConformanceIT}.
 */
class FastConverterTest {

    private static final Map<String, String> CAPTIONS =
            Map.of("note-caption", "Note@", "appendix-caption", "Appendix@");

    private static final String HEADER = """
            = Doc
            Org
            :doctype: book
            :sectanchors:
            :sectlinks:
            :icons!:
            :table-caption!:
            :review-interval-months: 12

            [[first]]
            == First

            """;

    private final FastConverter fast = new FastConverter();

    @Test
    void should_write_what_asciidoctor_writes_for_a_plain_document() {
        String html = fast.toHtmlBody(
                        HEADER + "Staff are *briefed* every {review-interval-months} months (see <<first>>).\n",
                        CAPTIONS)
                .orElseThrow();

        assertThat(html).isEqualTo("""
                        <div class="sect1">
                        <h2 id="first"><a class="anchor" href="#first"></a><a class="link" href="#first">First</a></h2>
                        <div class="sectionbody">
                        <div class="paragraph">
                        <p>Staff are <strong>briefed</strong> every 12 months (see <a href="#first">First</a>).</p>
                        </div>
                        </div>
                        </div>""");
    }

    @Test
    void should_give_text_converted_before_the_references_of_the_document_it_is_in_now() {
        String paragraph = "See <<second,the second>> and <<first>>.\n";
        String second = "\n[[second]]\n== Second\n\nMore.\n";
        // the paragraph converted first on its own, then after other references (another run's numbering)
        String alone = fast.toHtmlBody(HEADER + paragraph + second, CAPTIONS).orElseThrow();
        String later = fast.toHtmlBody(
                        HEADER + "Before <<first>>, <<second>> and <<first>>.\n\n" + paragraph + second, CAPTIONS)
                .orElseThrow();

        String links = "<p>See <a href=\"#second\">the second</a> and <a href=\"#first\">First</a>.</p>";
        assertThat(alone).contains(links);
        assertThat(later)
                .contains("<p>Before <a href=\"#first\">First</a>, <a href=\"#second\">Second</a> and"
                        + " <a href=\"#first\">First</a>.</p>")
                .contains(links);
    }

    @Test
    void should_give_text_converted_before_the_values_its_attributes_have_now() {
        String paragraph = "Reviewed every {review-interval-months} months.\n";

        String twelve = fast.toHtmlBody(HEADER + paragraph, CAPTIONS).orElseThrow();
        String six = fast.toHtmlBody(
                        HEADER.replace(":review-interval-months: 12", ":review-interval-months: 6") + paragraph,
                        CAPTIONS)
                .orElseThrow();

        assertThat(twelve).contains("<p>Reviewed every 12 months.</p>");
        assertThat(six).contains("<p>Reviewed every 6 months.</p>");
    }

    @Test
    void should_compute_column_widths_as_asciidoctor_does() {
        String html = fast.toHtmlBody(HEADER + "[cols=\"1h,2,1h,2\"]\n|===\n| a | b | c | d\n|===\n", CAPTIONS)
                .orElseThrow();

        assertThat(html)
                .contains("<col style=\"width: 16.6666%;\">\n<col style=\"width: 33.3333%;\">\n"
                        + "<col style=\"width: 16.6666%;\">\n<col style=\"width: 33.3335%;\">")
                .contains("<th class=\"tableblock halign-left valign-top\"><p class=\"tableblock\">a</p></th>");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "A note.footnote:[Said elsewhere.]",
                "See https://example.com/page for more.",
                "Write to someone@example.org.",
                "An {undefined-attribute} here.",
                "A link to <<nowhere,nothing>>.",
                "A link to <<nowhere>>.",
                "kbd:[Ctrl+C] copies.",
                "An image:logo.png[] inline.",
                "Escaped \\*not strong*.",
                "Raw +++<b>html</b>+++ here.",
                "A [[late-anchor]] and [[late-anchor]] twice.",
                "====\nAn example block\n====",
                "****\nA sidebar\n****",
                "include::other.adoc[]",
                "ifdef::something[]\nText\nendif::[]",
                "* item\n** nested item",
                "* item\n+\ncontinued",
                "Term:: a description list without [horizontal]",
                "[quote]\nA quotation.",
                "|===\n.2+| spans two rows | b\n| c\n|===",
                "|===\na| AsciiDoc cell\n|===",
                ":sectnums:\nText after an attribute entry.",
            })
    void should_decline_what_it_does_not_fully_understand(String body) {
        assertThat(fast.toHtmlBody(HEADER + body + "\n", CAPTIONS)).isEmpty();
        assertThat(fast.declined(HEADER + body + "\n", CAPTIONS)).isPresent();
    }

    @Test
    void should_decline_a_document_that_numbers_its_sections_or_has_no_title() {
        assertThat(fast.toHtmlBody(HEADER.replace(":icons!:", ":sectnums:"), CAPTIONS))
                .isEmpty();
        assertThat(fast.toHtmlBody("== Just a section\n\nText.\n", CAPTIONS)).isEmpty();
        assertThat(fast.toHtmlBody(HEADER + "Text.\n", CAPTIONS)).isPresent();
    }
}
