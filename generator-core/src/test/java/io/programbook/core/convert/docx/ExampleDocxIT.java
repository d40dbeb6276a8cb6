package io.programbook.core.convert.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.api.DocumentOptions;
import io.programbook.core.api.GenerateRequest;
import io.programbook.core.api.Generator;
import io.programbook.core.api.OutputFormat;
import io.programbook.core.convert.DocumentConverter;
import io.programbook.core.testutil.ExampleProgram;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example's documents as Word files, read back with POI: built-in heading styles, a TOC field,
 * a bookmark per item and links to it, tables with column spans, the title page and properties,
 * every text of the HTML page, and the same bytes from two builds.
 */
class ExampleDocxIT {

    @TempDir
    static Path tmp;

    static Path first;
    static Path second;

    @BeforeAll
    static void generateTwice() {
        first = generate(tmp.resolve("a"));
        second = generate(tmp.resolve("b"));
    }

    static Path generate(Path project) {
        Path program = ExampleProgram.copy(project.resolve("src/programbook"));
        Path out = project.resolve("target/programbook");
        Generator.create()
                .generate(new GenerateRequest(
                        project,
                        program,
                        out,
                        Optional.empty(),
                        DocumentOptions.of(Set.of(OutputFormat.HTML, OutputFormat.DOCX))));
        return out;
    }

    static XWPFDocument open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    @Test
    void should_write_a_word_file_of_every_document_with_pages() {
        assertThat(first.resolve("handbook.docx")).exists();
        assertThat(first.resolve("applicability.docx")).exists();
        assertThat(first.resolve("gap-report.docx")).exists();
        assertThat(first.resolve("traceability-matrix.docx")).doesNotExist();
    }

    @Test
    void should_give_the_same_bytes_twice() throws IOException {
        for (String name : List.of("handbook.docx", "applicability.docx", "gap-report.docx")) {
            assertThat(Files.readAllBytes(first.resolve(name)))
                    .as(name)
                    .isEqualTo(Files.readAllBytes(second.resolve(name)));
        }
    }

    @Test
    void should_use_built_in_heading_styles_and_bookmark_every_item() throws IOException {
        try (XWPFDocument doc = open(first.resolve("handbook.docx"))) {
            List<String> h2 = doc.getParagraphs().stream()
                    .filter(p -> "Heading2".equals(p.getStyle()))
                    .map(XWPFParagraph::getText)
                    .toList();
            assertThat(h2).anyMatch(t -> t.startsWith("SP.01.01 BR "));
            assertThat(doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle())))
                    .extracting(XWPFParagraph::getText)
                    .contains("Scope", "SP.01 Solution staffing");
            String xml = doc.getDocument().xmlText();
            assertThat(xml).contains("w:name=\"sp_01_01_br\"", "w:name=\"area_sp_01\"");
            assertThat(xml).contains("w:anchor=\"procedure_staff_onboarding\"");
            assertThat(xml).containsPattern("TOC \\\\o \"1-2\" \\\\h \\\\z \\\\u");
            assertThat(xml).contains("w:gridSpan w:val=\"3\"");
            assertThat(doc.getBodyElements().get(doc.getBodyElements().size() - 1))
                    .as("the handbook ends with a table, Word's documents with a paragraph")
                    .isInstanceOf(XWPFParagraph.class);
            assertThat(xml).contains("<w:instrText xml:space=\"preserve\"> TOC");
        }
    }

    @Test
    void should_show_the_title_page_and_name_the_document_in_its_properties() throws IOException {
        try (XWPFDocument doc = open(first.resolve("handbook.docx"))) {
            assertThat(doc.getParagraphs().get(0).getText()).isEqualToIgnoringCase("Security program handbook");
            assertThat(doc.getParagraphs().get(1).getText())
                    .isEqualTo("Security Program for Integration and Maintenance Services");
            var core = doc.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo("Security Program for Integration and Maintenance Services");
            assertThat(core.getCreator()).isEqualTo("Nordwind Automation GmbH");
            assertThat(core.getCreated()).isNotNull();
            assertThat(core.getCreated().toInstant().toString()).startsWith("2026-10-01");
            assertThat(new String(
                            doc.getSettings().getPackagePart().getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                    .contains("updateFields");
        }
    }

    @Test
    void should_keep_every_text_of_the_html_page() throws IOException {
        for (String name : List.of("handbook", "applicability", "gap-report")) {
            String docx;
            try (XWPFDocument doc = open(first.resolve(name + ".docx"))) {
                List<String> texts = new ArrayList<>();
                doc.getBodyElements().forEach(e -> {
                    if (e instanceof XWPFParagraph p) {
                        texts.add(p.getText());
                    } else if (e instanceof XWPFTable t) {
                        texts.add(t.getText());
                    }
                });
                docx = normal(String.join(" ", texts));
            }
            var html = Jsoup.parse(Files.readString(first.resolve(name + ".html")));
            List<String> missing = html.select("main p, main td, main li, main h2, main h3, main dt, main dd").stream()
                    .filter(e -> e.children().isEmpty() || e.is("p"))
                    .map(e -> normal(e.text()))
                    .filter(t -> !t.isEmpty() && !docx.contains(t))
                    .distinct()
                    .collect(Collectors.toList());
            assertThat(missing).as(name).isEmpty();
        }
    }

    @Test
    void should_know_every_inline_element_the_example_uses() throws IOException {
        DocumentConverter converter = new DocumentConverter();
        for (String name : List.of("handbook", "applicability", "gap-report")) {
            String adoc = Files.readString(first.resolve(name + ".adoc"));
            DocxWriter.Result result = converter
                    .load(
                            adoc,
                            name + ".adoc",
                            Map.of(),
                            doc -> DocxWriter.write(
                                    doc,
                                    WordTemplate.bundled(),
                                    new DocxWriter.Cover(name, "kind", "Org", "", List.of(), Optional.empty()),
                                    new DocxWriter.Settings("\u0000", "Org", "", "", Optional.empty(), "en"),
                                    target -> Optional.empty()))
                    .value();
            assertThat(result.unknownMarkup()).as(name).isEmpty();
            assertThat(result.imageWarnings()).as(name).isEmpty();
        }
    }

    static String normal(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }
}
