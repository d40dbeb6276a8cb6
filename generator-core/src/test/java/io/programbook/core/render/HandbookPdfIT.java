package io.programbook.core.render;

import static io.programbook.core.testutil.Pdfs.PNG;
import static io.programbook.core.testutil.Pdfs.open;
import static io.programbook.core.testutil.Pdfs.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.api.Branding;
import io.programbook.core.api.DocumentOptions;
import io.programbook.core.api.GenerateRequest;
import io.programbook.core.api.GenerateResult;
import io.programbook.core.api.Generator;
import io.programbook.core.api.OutputFormat;
import io.programbook.core.testutil.Fixtures;
import io.programbook.core.testutil.GoldenFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Smoke test of the PDF handbook (page count, text of a few pages, metadata, bookmarks) and of
 * reproducibility: two clean builds give byte-identical HTML and PDF.
 */
class HandbookPdfIT {

    private static final Path CASE = GoldenFiles.ROOT.resolve("small-integrator");

    @TempDir
    static Path tmp;

    static GenerateResult result;
    static Path first;
    static Path second;

    @BeforeAll
    static void generateTwice() {
        first = tmp.resolve("first/target/programbook");
        second = tmp.resolve("second/target/programbook");
        result = generate(first, Branding.NONE, Optional.empty());
        generate(second, Branding.NONE, Optional.empty());
    }

    private static GenerateResult generate(Path output, Branding branding, Optional<Instant> date) {
        return Generator.create()
                .generate(new GenerateRequest(
                        CASE,
                        CASE.resolve("program"),
                        output,
                        Optional.empty(),
                        new DocumentOptions(
                                Set.of(OutputFormat.HTML, OutputFormat.PDF), Optional.empty(), branding, date)));
    }

    @Test
    void should_write_the_pdf_next_to_the_html() {
        assertThat(result.files())
                .extracting(p -> p.getFileName().toString())
                .contains("handbook.adoc", "handbook.html", "handbook.pdf", "applicability.pdf", "gap-report.pdf");
    }

    @Test
    void should_render_the_statement_of_applicability_and_the_gap_report_as_pdf_too() throws IOException {
        try (PDDocument pdf = open(first.resolve("applicability.pdf"))) {
            assertThat(text(pdf, 1, 1))
                    .contains("Statement of applicability", "Kestrel Controls Ltd", "iec-62443-2-4@2023");
            assertThat(text(pdf, 2, pdf.getNumberOfPages())).contains("SP.12.07 BR");
        }
        try (PDDocument pdf = open(first.resolve("gap-report.pdf"))) {
            assertThat(text(pdf, 1, 1)).contains("Gap report: Kestrel Security Program", "Kestrel Controls Ltd");
        }
    }

    @Test
    void should_start_with_a_title_page_naming_program_version_and_organisation() throws IOException {
        try (PDDocument pdf = open(first.resolve("handbook.pdf"))) {
            String titlePage = text(pdf, 1, 1);
            assertThat(titlePage)
                    .contains(
                            "SECURITY PROGRAM HANDBOOK",
                            "Kestrel Security Program",
                            "Kestrel Controls Ltd",
                            "Version 1.4 · 2026-06-30",
                            "iec-62443-2-4@2023");
            assertThat(titlePage).doesNotContain("Page 1 of");
        }
    }

    @Test
    void should_have_a_table_of_contents_with_page_numbers_and_running_headers_and_footers() throws IOException {
        try (PDDocument pdf = open(first.resolve("handbook.pdf"))) {
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isBetween(8, 40);
            String contents = text(pdf, 2, 2);
            assertThat(contents).contains("Contents", "SP.01 Solution staffing", "SP.12 Backup/Restore");
            assertThat(contents).containsPattern("SP\\.01\\.01 BR Own staff briefed on .*\\d+");
            assertThat(contents).contains("Page 2 of " + pages, "Kestrel Controls Ltd · Version 1.4 · 2026-06-30");
            String all = text(pdf, 3, pages);
            assertThat(all).contains("Page " + pages + " of " + pages, "Kestrel Security Program");
        }
    }

    @Test
    void should_show_each_item_with_status_statement_and_evidence() throws IOException {
        try (PDDocument pdf = open(first.resolve("handbook.pdf"))) {
            String all = text(pdf, 1, pdf.getNumberOfPages());
            assertThat(all)
                    .contains(
                            "SP.01.01 BR Own staff briefed on and follow 2-4 security duties before assignment",
                            "Reviews happen every 12 months.",
                            "Training records 2026",
                            "Runs background checks <and> onboarding.");
            assertThat(all).contains("Excluded items", "The lines stop for backups | planned downtime.");
        }
    }

    @Test
    void should_have_bookmarks_for_chapters_and_items() throws IOException {
        try (PDDocument pdf = open(first.resolve("handbook.pdf"))) {
            List<String> chapters = new ArrayList<>();
            List<String> items = new ArrayList<>();
            for (PDOutlineItem chapter :
                    pdf.getDocumentCatalog().getDocumentOutline().children()) {
                chapters.add(chapter.getTitle());
                chapter.children().forEach(item -> items.add(item.getTitle()));
            }
            assertThat(chapters)
                    .startsWith("Kestrel Security Program", "Contents")
                    .contains("Roles", "SP.01 Solution staffing", "Procedures", "Appendix A: Excluded items");
            assertThat(items)
                    .contains("SP.01.01 BR Own staff briefed on and follow 2-4 security duties before assignment");
        }
    }

    @Test
    void should_carry_document_information_but_no_date_unless_one_is_set() throws IOException {
        try (PDDocument pdf = open(first.resolve("handbook.pdf"))) {
            var info = pdf.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Kestrel Security Program");
            assertThat(info.getAuthor()).isEqualTo("Kestrel Controls Ltd");
            assertThat(info.getCreationDate()).isNull();
            assertThat(info.getModificationDate()).isNull();
            assertThat(pdf.getDocument().getDocumentID()).isNotNull();
        }
        String raw = new String(Files.readAllBytes(first.resolve("handbook.pdf")), StandardCharsets.ISO_8859_1);
        assertThat(raw).doesNotContain("/CreationDate", "/ModDate", "CreateDate");
    }

    @Test
    void should_give_byte_identical_html_and_pdf_for_two_clean_builds() throws IOException {
        for (String name : List.of("handbook.adoc", "handbook.html", "handbook.pdf")) {
            assertThat(Files.readAllBytes(second.resolve(name)))
                    .as(name)
                    .isEqualTo(Files.readAllBytes(first.resolve(name)));
        }
    }

    @Test
    void should_put_the_users_logo_stylesheet_pdf_theme_and_date_into_the_documents() throws IOException {
        // given
        Path branding = tmp.resolve("branding");
        Fixtures.write(branding, "logo.png", PNG);
        Fixtures.write(branding, "site.css", "#header h1 { color: rebeccapurple; }\n");
        Fixtures.write(branding, "print.css", "@page { size: A5; }\n.sidebarblock { display: grid; }\n");
        Path output = tmp.resolve("branded/target/programbook");

        // when
        GenerateResult branded = generate(
                output,
                new Branding(
                        Optional.of(branding.resolve("logo.png")),
                        Optional.of(branding.resolve("site.css")),
                        Optional.of(branding.resolve("print.css"))),
                Optional.of(Instant.parse("2026-11-29T00:00:00Z")));

        // then
        var html = Jsoup.parse(output.resolve("handbook.html").toFile(), "UTF-8");
        assertThat(html.select("#header img.logo").attr("src")).startsWith("data:image/png;base64,iVBORw0KGgo");
        assertThat(html.select("head style").last().data()).contains("rebeccapurple");
        try (PDDocument pdf = open(output.resolve("handbook.pdf"))) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth())
                    .as("A5 width in points")
                    .isBetween(419f, 421f);
            assertThat(pdf.getPage(0).getResources().getXObjectNames())
                    .as("the logo on the title page")
                    .isNotEmpty();
            assertThat(pdf.getDocumentInformation().getCreationDate().toInstant())
                    .isEqualTo(Instant.parse("2026-11-29T00:00:00Z"));
        }
        assertThat(branded.warnings())
                .extracting(d -> d.headline())
                .as("what the PDF renderer cannot use of the theme is a warning naming the PDF")
                .anyMatch(line -> line.endsWith("branded/target/programbook/handbook.pdf: warning [PB-PDF]"
                        + " (about:blank#inline_style_2) Value grid is not a recognized identifier at line 2."
                        + " Skipping declaration."));
    }

    @Test
    void should_warn_about_nothing_in_the_bundled_pdf_stylesheet() {
        assertThat(result.warnings()).extracting(d -> d.rule().code()).doesNotContain("PB-PDF");
    }
}
