package io.programbook.core.convert.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.api.ContentPolicy;
import io.programbook.core.convert.DocumentConverter;
import io.programbook.core.diag.Diagnostics;
import io.programbook.core.output.BrandingAssets;
import io.programbook.core.output.DocumentPages;
import io.programbook.core.output.TitlePage;
import io.programbook.core.render.TemplateRenderer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The AsciiDoc constructs of users' text, written to Word and read back with POI. */
class DocxWriterTest {

    @TempDir
    static Path tmp;

    static String xml;
    static String footnotes;
    static String numbering;
    static Diagnostics diagnostics = new Diagnostics();

    static final String ADOC = """
            = Fixture
            :doctype: book
            :toc-title: Contents

            [[sp-01-01-br]]
            == SP.01.01 BR An item

            Plain *bold* _italic_ `code` ^sup^ ~sub~ https://example.org[a site] and <<sp-01-01-br,a link to the item>>.footnote:[A *footnoted* remark.]
            [[inline-anchor]]Anchored text. [.status-implemented]#implemented# [.no-such-role]#plain#

            * first
            ** nested
            . numbered one
            . numbered two

            [cols="1,1,1"]
            |===
            | A | B | C
            2+| spans two | C2
            .2+| spans down | B3 | C3
            | B4 | C4
            |===

            ----
            code line 1
              indented line 2
            ----

            NOTE: A note.

            image::missing.png[A diagram]
            """;

    @BeforeAll
    static void write() throws IOException {
        DocumentPages pages = new DocumentPages(
                new TemplateRenderer(Optional.empty()),
                DocumentConverter::new,
                diagnostics,
                BrandingAssets.NONE,
                Optional.empty(),
                tmp,
                tmp.resolve("out"),
                new DocumentPages.Imprint("Org", "1.0", "2026-01-01"),
                ContentPolicy.STRICT);
        byte[] docx = pages.docx("fixture.adoc", ADOC, "Fixture", new TitlePage("Fixture kind", List.of()));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            xml = doc.getDocument().xmlText();
            footnotes = doc.getFootnotes().stream()
                    .map(f -> f.getCTFtnEdn().xmlText())
                    .collect(Collectors.joining());
            numbering = new String(
                    doc.getNumbering().getPackagePart().getInputStream().readAllBytes());
        }
    }

    @Test
    void should_write_inline_formatting_as_runs() {
        assertThat(xml).contains("<w:b w:val=\"on\"/>", "<w:i w:val=\"on\"/>", "w:val=\"InlineCode\"");
        assertThat(xml).contains("<w:vertAlign w:val=\"superscript\"/>", "<w:vertAlign w:val=\"subscript\"/>");
    }

    @Test
    void should_style_a_role_by_the_character_style_of_its_name() {
        assertThat(xml)
                .containsPattern(
                        "<w:rStyle w:val=\"StatusImplemented\"/><w:color w:val=\"1F7A3A\"/></w:rPr><w:t>implemented</w:t>");
        assertThat(xml).containsPattern("<w:r><w:t>plain</w:t></w:r>");
    }

    @Test
    void should_colour_links_as_the_hyperlink_style_does() {
        assertThat(xml)
                .contains(
                        "<w:rStyle w:val=\"Hyperlink\"/><w:color w:val=\"0B5D8C\"/></w:rPr><w:t>a link to the item</w:t>");
    }

    @Test
    void should_link_to_the_items_bookmark_and_to_the_web() {
        assertThat(xml).contains("w:name=\"sp_01_01_br\"", "w:anchor=\"sp_01_01_br\"", "w:name=\"inline_anchor\"");
        assertThat(xml).containsPattern("<w:hyperlink r:id=\"rId\\d+\"");
    }

    @Test
    void should_write_footnotes_as_word_footnotes() {
        assertThat(xml).contains("w:footnoteReference");
        assertThat(footnotes).contains("footnoted", "remark");
    }

    @Test
    void should_number_lists_and_nest_them() {
        assertThat(xml).contains("<w:ilvl w:val=\"1\"/>");
        assertThat(numbering).contains("w:numFmt w:val=\"bullet\"", "w:numFmt w:val=\"decimal\"");
    }

    @Test
    void should_span_columns_and_rows() {
        assertThat(xml)
                .contains(
                        "<w:gridSpan w:val=\"2\"/>", "<w:vMerge w:val=\"restart\"/>", "<w:vMerge w:val=\"continue\"/>");
    }

    @Test
    void should_keep_code_verbatim_and_admonitions_captioned() {
        assertThat(xml).contains("code line 1", "  indented line 2", "w:val=\"CodeBlock\"");
        assertThat(xml).contains("Note: ", "A note.");
    }

    @Test
    void should_keep_the_text_of_markup_it_does_not_know_and_name_the_element() {
        DocxWriter.Result result = new DocumentConverter()
                .load(
                        "= T\n:toc:\n\nBefore pass:[<blink>kept <b>bold</b></blink>] after.\n",
                        "t.adoc",
                        Map.of(),
                        doc -> DocxWriter.write(
                                doc,
                                WordTemplate.bundled(),
                                new DocxWriter.Cover("T", "kind", "Org", "", List.of(), Optional.empty()),
                                new DocxWriter.Settings("\u0000", "Org", "hint", "", Optional.empty(), "en"),
                                target -> Optional.empty()))
                .value();
        assertThat(result.unknownMarkup()).containsExactly("blink");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(result.docx()))) {
            assertThat(doc.getDocument().xmlText()).contains("kept ", ">bold<", " after.", "hint");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void should_show_an_image_it_cannot_embed_as_its_alternative_text_with_a_warning() {
        assertThat(xml).contains("[A diagram]");
        assertThat(diagnostics.warnings())
                .anySatisfy(d -> assertThat(d.rule().code()).isEqualTo("PB-WORD-IMAGE"));
    }
}
