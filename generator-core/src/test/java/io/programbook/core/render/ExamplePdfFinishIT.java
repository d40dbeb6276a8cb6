package io.programbook.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.api.DocumentOptions;
import io.programbook.core.api.GenerateRequest;
import io.programbook.core.api.Generator;
import io.programbook.core.api.OutputFormat;
import io.programbook.core.testutil.ExampleProgram;
import io.programbook.core.testutil.Pdfs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The finish of the example's PDFs, read with PDFBox: a language, headings kept with what follows,
 * table headers that never break inside a word, a gap report without a page per area, and links that
 * go to PDF destinations or sibling PDFs rather than HTML pages.
 */
class ExamplePdfFinishIT {

    static final List<String> PDFS = List.of("handbook.pdf", "applicability.pdf", "gap-report.pdf");

    @TempDir
    static Path project;

    static Path output;

    @BeforeAll
    static void generate() {
        Path program = ExampleProgram.copy(project.resolve("src/programbook"));
        output = project.resolve("target/programbook");
        Generator.create()
                .generate(new GenerateRequest(
                        project,
                        program,
                        output,
                        Optional.empty(),
                        DocumentOptions.of(Set.of(OutputFormat.HTML, OutputFormat.PDF))));
    }

    /** Each page's lines, top to bottom, without the running header and footer. */
    static List<List<String>> pages(PDDocument pdf) throws IOException {
        List<List<String>> pages = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            List<String> lines = new ArrayList<>();
            for (String line : stripper.getText(pdf).split("\\R")) {
                String text = line.strip();
                if (!text.isEmpty() && !text.matches(".*Page \\d+ of \\d+.*")) {
                    lines.add(text);
                }
            }
            pages.add(lines);
        }
        return pages;
    }

    @Test
    void should_name_the_language_of_every_pdf() throws IOException {
        for (String name : PDFS) {
            try (PDDocument pdf = Pdfs.open(output.resolve(name))) {
                assertThat(pdf.getDocumentCatalog().getLanguage()).as(name).isEqualTo("en");
            }
        }
    }

    @Test
    void should_end_no_page_with_a_heading_or_block_title() throws IOException {
        List<String> titles = List.of("Evidence", "Verification", "Gaps", "Statement");
        for (String name : PDFS) {
            try (PDDocument pdf = Pdfs.open(output.resolve(name))) {
                List<List<String>> pages = pages(pdf);
                for (int i = 2; i < pages.size(); i++) {
                    List<String> lines = pages.get(i);
                    if (lines.isEmpty() || String.join(" ", lines).contains(". . . . .")) {
                        continue; // the table of contents
                    }
                    // the running footer shares its line with the page number: the last line is the page's content
                    String last = lines.get(lines.size() - 1);
                    assertThat(titles)
                            .as(name + " page " + (i + 1) + " ends with " + last)
                            .doesNotContain(last);
                    assertThat(last)
                            .as(name + " page " + (i + 1) + " ends with a heading")
                            .doesNotMatch(
                                    name.equals("handbook.pdf")
                                            ? "(SP|NWA)\\.\\d\\d(\\.\\d\\d (BR|RE\\(\\d\\)))? .*"
                                            : "(SP|NWA)\\.\\d\\d [A-Za-z/ ,-]+|Gap Item What is missing.*");
                }
            }
        }
    }

    @Test
    void should_never_break_a_table_header_inside_a_word() throws IOException {
        for (String name : PDFS) {
            var html = Jsoup.parse(output.resolve(name.replace(".pdf", ".html")).toFile(), "UTF-8");
            List<String> words = html.select("thead th").eachText().stream()
                    .flatMap(label -> List.of(label.split("\\s+")).stream())
                    .filter(w -> w.length() > 3)
                    .distinct()
                    .toList();
            try (PDDocument pdf = Pdfs.open(output.resolve(name))) {
                String text = Pdfs.text(pdf, 2, pdf.getNumberOfPages());
                for (String word : words) {
                    assertThat(text).as(name).contains(word);
                }
                assertThat(text).as(name).doesNotContain("Cou nt", "appli cable", "Versio n");
            }
        }
    }

    @Test
    void should_tag_the_pdfs_for_accessibility_only_when_asked() throws IOException {
        // given
        Path caseDir = TraceOutputsGoldenTest.CASE;
        Path tagged = project.resolve("tagged");
        Generator.create()
                .generate(new GenerateRequest(
                        caseDir,
                        caseDir.resolve("program"),
                        tagged,
                        Optional.empty(),
                        DocumentOptions.of(Set.of(OutputFormat.PDF)).withPdfUa(true)));

        // then
        try (PDDocument pdf = Pdfs.open(tagged.resolve("gap-report.pdf"))) {
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en");
        }
        try (PDDocument pdf = Pdfs.open(output.resolve("gap-report.pdf"))) {
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNull();
        }
    }

    @Test
    void should_not_start_a_page_per_area_in_the_gap_report() throws IOException {
        try (PDDocument pdf = Pdfs.open(output.resolve("gap-report.pdf"))) {
            // title, contents, the overview with its charts, two pages of action plan, the open findings
            // of the last assessment, then the areas run on: 14 pages; a page per area would be 18 or more
            assertThat(pdf.getNumberOfPages()).isLessThanOrEqualTo(14);
        }
    }

    @Test
    void should_link_to_pdf_destinations_or_sibling_pdfs_not_to_html_documents_that_have_a_pdf() throws IOException {
        for (String name : PDFS) {
            List<String> uris = new ArrayList<>();
            int internal = 0;
            try (PDDocument pdf = Pdfs.open(output.resolve(name))) {
                for (PDPage page : pdf.getPages()) {
                    for (PDAnnotation annotation : page.getAnnotations()) {
                        if (annotation instanceof PDAnnotationLink link) {
                            if (link.getAction() instanceof PDActionURI uri) {
                                uris.add(uri.getURI());
                            } else {
                                internal++;
                            }
                        }
                    }
                }
            }
            assertThat(internal).as(name).isPositive();
            assertThat(uris).as(name).noneMatch(u -> u.matches("(?:handbook|applicability|gap-report)\\.html(?:#.*)?"));
            if (name.equals("gap-report.pdf")) {
                assertThat(uris).anyMatch(u -> u.startsWith("handbook.pdf#sp-"));
            }
        }
    }
}
