package io.programbook.core.diff;

import static io.programbook.core.testutil.Pdfs.PNG;
import static io.programbook.core.testutil.Pdfs.open;
import static io.programbook.core.testutil.Pdfs.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.programbook.core.api.Branding;
import io.programbook.core.api.DiffRequest;
import io.programbook.core.api.DiffResult;
import io.programbook.core.api.DocumentOptions;
import io.programbook.core.api.Generator;
import io.programbook.core.api.OutputFormat;
import io.programbook.core.diag.Diagnostic;
import io.programbook.core.diag.GeneratorException;
import io.programbook.core.testutil.Fixtures;
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
 * changes.pdf, made through the same page path as the handbook's PDF: title page, table of contents
 * with page numbers, running header and footer, bookmarks, the user's branding and PDF date, and the
 * same bytes for the same inputs.
 */
class ChangesPdfIT {

    private static final Path CASE = Path.of("src/test/resources/golden/changes-baseline");

    @TempDir
    static Path tmp;

    static DiffResult result;
    static Path first;
    static Path second;

    @BeforeAll
    static void diffTwice() {
        first = tmp.resolve("first");
        second = tmp.resolve("second");
        result = diff(
                first, Set.of(OutputFormat.HTML, OutputFormat.PDF), Optional.empty(), Branding.NONE, Optional.empty());
        diff(second, Set.of(OutputFormat.PDF), Optional.empty(), Branding.NONE, Optional.empty());
    }

    private static DiffResult diff(
            Path output,
            Set<OutputFormat> formats,
            Optional<Path> templates,
            Branding branding,
            Optional<Instant> date) {
        return Generator.create()
                .diff(request(output, formats, Optional.of(CASE.resolve("baseline")), templates, branding, date));
    }

    private static DiffRequest request(
            Path output,
            Set<OutputFormat> formats,
            Optional<Path> baseline,
            Optional<Path> templates,
            Branding branding,
            Optional<Instant> date) {
        return new DiffRequest(
                CASE,
                CASE.resolve("current"),
                output,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                baseline,
                Optional.empty(),
                new DocumentOptions(formats, templates, branding, date));
    }

    @Test
    void should_write_the_pdf_next_to_the_html_when_asked() {
        assertThat(result.files())
                .extracting(p -> p.getFileName().toString())
                .containsExactly("changes.adoc", "changes.html", "changes.json", "changes.pdf");
    }

    @Test
    void should_start_with_a_title_page_naming_what_was_compared() throws IOException {
        try (PDDocument pdf = open(first.resolve(ChangesDocuments.PDF))) {
            String titlePage = text(pdf, 1, 1);
            assertThat(titlePage)
                    .contains(
                            "CHANGE REPORT",
                            "Changes since the baseline",
                            "Kestrel Controls Ltd",
                            "From baseline (version 1.3)",
                            "To current (version 2.0)");
            assertThat(titlePage).doesNotContain("Page 1 of");
        }
    }

    @Test
    void should_have_a_table_of_contents_with_page_numbers_and_running_headers_and_footers() throws IOException {
        try (PDDocument pdf = open(first.resolve(ChangesDocuments.PDF))) {
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isBetween(3, 20);
            String contents = text(pdf, 2, 2);
            assertThat(contents).contains("Contents", "Statements to review", "Coverage");
            assertThat(contents)
                    .containsPattern("Statements to review( \\.)+ \\d+")
                    .containsPattern("Coverage( \\.)+ \\d+");
            assertThat(contents).contains("Page 2 of " + pages, "Kestrel Controls Ltd");
            assertThat(text(pdf, pages, pages))
                    .contains("Page " + pages + " of " + pages, "Changes since the baseline");
        }
    }

    @Test
    void should_show_the_changes_as_the_html_page_does() throws IOException {
        String html = Jsoup.parse(first.resolve(ChangesDocuments.HTML).toFile(), "UTF-8")
                .getElementById("_statements_to_review")
                .parent()
                .select("tbody tr td:first-child")
                .text();
        try (PDDocument pdf = open(first.resolve(ChangesDocuments.PDF))) {
            String all = text(pdf, 2, pdf.getNumberOfPages());
            assertThat(html).isEqualTo("SP.01.01 BR SP.01.03 BR SP.03.08 BR SP.03.08 RE(1)");
            assertThat(all)
                    .contains("SP.01.01 BR", "SP.03.08 RE(1)", "Role-based access control is no longer mandated");
        }
    }

    @Test
    void should_have_bookmarks_for_its_sections() throws IOException {
        try (PDDocument pdf = open(first.resolve(ChangesDocuments.PDF))) {
            List<String> titles = new ArrayList<>();
            for (PDOutlineItem item :
                    pdf.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
            }
            assertThat(titles)
                    .startsWith("Changes since the baseline", "Contents")
                    .contains("Statements to review", "Coverage");
        }
    }

    @Test
    void should_carry_document_information_but_no_date_and_the_same_bytes_twice() throws IOException {
        try (PDDocument pdf = open(first.resolve(ChangesDocuments.PDF))) {
            var info = pdf.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Changes since the baseline");
            assertThat(info.getAuthor()).isEqualTo("Kestrel Controls Ltd");
            assertThat(info.getSubject()).isEqualTo("Change report");
            assertThat(info.getCreationDate()).isNull();
        }
        assertThat(new String(Files.readAllBytes(first.resolve(ChangesDocuments.PDF)), StandardCharsets.ISO_8859_1))
                .doesNotContain("/CreationDate", "/ModDate");
        assertThat(Files.readAllBytes(second.resolve(ChangesDocuments.PDF)))
                .isEqualTo(Files.readAllBytes(first.resolve(ChangesDocuments.PDF)));
        assertThat(second.resolve(ChangesDocuments.HTML)).as("not asked for").doesNotExist();
    }

    @Test
    void should_put_the_users_templates_logo_pdf_theme_and_date_into_the_changes() throws IOException {
        // given
        Path branding = tmp.resolve("branding");
        Fixtures.write(branding, "logo.png", PNG);
        Fixtures.write(branding, "site.css", "#header h1 { color: rebeccapurple; }\n");
        Fixtures.write(branding, "print.css", "@page { size: A5; }\n");
        Path templates = tmp.resolve("templates");
        Fixtures.write(
                templates,
                "changes.adoc.ftl",
                "= ${changes.header.title}\n:toc: left\n\n== Our own layout\n\nFrom ${changes.header.from}.\n");
        Path output = tmp.resolve("branded");

        // when
        diff(
                output,
                Set.of(OutputFormat.HTML, OutputFormat.PDF),
                Optional.of(templates),
                new Branding(
                        Optional.of(branding.resolve("logo.png")),
                        Optional.of(branding.resolve("site.css")),
                        Optional.of(branding.resolve("print.css"))),
                Optional.of(Instant.parse("2026-11-29T00:00:00Z")));

        // then
        var html = Jsoup.parse(output.resolve(ChangesDocuments.HTML).toFile(), "UTF-8");
        assertThat(html.select("#header img.logo").attr("src")).startsWith("data:image/png;base64,iVBORw0KGgo");
        assertThat(html.select("head style").last().data()).contains("rebeccapurple");
        assertThat(html.select("h2").eachText()).containsExactly("Our own layout");
        try (PDDocument pdf = open(output.resolve(ChangesDocuments.PDF))) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth())
                    .as("A5 width in points")
                    .isBetween(419f, 421f);
            assertThat(pdf.getPage(0).getResources().getXObjectNames())
                    .as("the logo on the title page")
                    .isNotEmpty();
            assertThat(pdf.getDocumentInformation().getCreationDate().toInstant())
                    .isEqualTo(Instant.parse("2026-11-29T00:00:00Z"));
            assertThat(text(pdf, 1, pdf.getNumberOfPages())).contains("Our own layout", "From baseline (version 1.3).");
        }
    }

    @Test
    void should_remove_an_earlier_pdf_when_a_diff_no_longer_asks_for_one() throws IOException {
        // given
        Path output = tmp.resolve("again");
        diff(output, Set.of(OutputFormat.PDF), Optional.empty(), Branding.NONE, Optional.empty());
        assertThat(output.resolve(ChangesDocuments.PDF)).isRegularFile();

        // when
        diff(output, Set.of(OutputFormat.ADOC), Optional.empty(), Branding.NONE, Optional.empty());

        // then
        assertThat(output.resolve(ChangesDocuments.PDF)).doesNotExist();
        assertThat(output.resolve(ChangesDocuments.ADOC)).isRegularFile();
    }

    @Test
    void should_report_a_missing_logo_together_with_what_is_wrong_with_the_comparison() {
        // given: nothing to compare, and a logo that is not there
        Path output = tmp.resolve("broken");
        DiffRequest request = request(
                output,
                Set.of(OutputFormat.PDF),
                Optional.empty(),
                Optional.empty(),
                new Branding(Optional.of(CASE.resolve("no-such-logo.png")), Optional.empty(), Optional.empty()),
                Optional.empty());

        // then
        assertThatThrownBy(() -> Generator.create().diff(request))
                .isInstanceOfSatisfying(
                        GeneratorException.class,
                        e -> assertThat(e.diagnostics())
                                .extracting(Diagnostic::headline)
                                .containsExactly(
                                        "diff configuration: error [PB-DIFF-REQUEST] nothing to compare",
                                        "no-such-logo.png: error [PB-BRANDING-FILE] the logo file does not exist"));
        assertThat(output.resolve(ChangesDocuments.PDF)).doesNotExist();
    }
}
