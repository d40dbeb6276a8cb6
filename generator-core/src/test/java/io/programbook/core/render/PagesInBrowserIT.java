package io.programbook.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.api.GenerateRequest;
import io.programbook.core.api.Generator;
import io.programbook.core.api.OutputFormat;
import io.programbook.core.convert.HtmlSanitizer;
import io.programbook.core.testutil.Chromium;
import io.programbook.core.testutil.ExampleProgram;
import io.programbook.core.testutil.Pdfs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example's pages as a reader sees them in Chromium, at 1280 px and on a phone (390 px), and
 * printed: nothing overflows the page, the matrix fits a wide screen with compact rows, the
 * handbook's content starts on a phone's first screen, links are underlined, and the matrix prints
 * landscape, without its filters, with its header row repeated on every page.
 */
class PagesInBrowserIT {

    @TempDir
    static Path project;

    static Chromium chromium;
    static Path output;

    /** Measures the page once it is laid out and writes the numbers into attributes of {@code <body>}. */
    static final String MEASURE = """
            window.addEventListener('load', function () {
              var b = document.body, root = document.documentElement;
              b.setAttribute('data-overflow', String(root.scrollWidth - root.clientWidth));
              var main = document.querySelector('main');
              b.setAttribute('data-main-top', String(Math.round(main.getBoundingClientRect().top + window.scrollY)));
              var link = document.querySelector('main p a[href]');
              b.setAttribute('data-link', link ? getComputedStyle(link).textDecorationLine : '');
              var table = document.getElementById('traceability-matrix');
              if (table) {
                b.setAttribute('data-table-overflow', String(table.scrollWidth - table.parentNode.clientWidth));
                var heights = Array.prototype.map.call(table.tBodies[0].rows, function (r) { return r.getBoundingClientRect().height; });
                b.setAttribute('data-row-max', String(Math.round(Math.max.apply(null, heights))));
              }
            });
            """;

    @BeforeAll
    static void generate() {
        chromium = Chromium.required();
        Path program = ExampleProgram.copy(project.resolve("src/programbook"));
        output = project.resolve("target/programbook");
        Generator.create()
                .generate(new GenerateRequest(
                        project, program, output, Set.of(OutputFormat.HTML), Optional.empty(), Optional.empty()));
    }

    static Element measured(String page, int width, int height) throws IOException {
        String html = Files.readString(output.resolve(page), StandardCharsets.UTF_8)
                .replace(
                        "script-src ",
                        "script-src " + HtmlSanitizer.sha256(MEASURE).replace("'", "&#39;") + " ")
                .replace("script-src &#39;none&#39;", "script-src")
                .replace("</body>", "<script>" + MEASURE + "</script>\n</body>");
        Path scripted = Files.writeString(output.resolve("measured-" + page), html, StandardCharsets.UTF_8);
        return Jsoup.parse(chromium.dumpDom(
                        scripted.toUri().toString(),
                        List.of(
                                "--window-size=" + width + "," + height,
                                "--hide-scrollbars",
                                "--virtual-time-budget=3000")))
                .body();
    }

    @Test
    void should_overflow_no_page_at_1280_or_390_pixels() throws IOException {
        for (String page : HtmlPageFinishIT.PAGES) {
            for (int width : new int[] {1280, 390}) {
                Element body = measured(page, width, 900);
                assertThat(Integer.parseInt(body.attr("data-overflow")))
                        .as(page + " at " + width + " px")
                        .isLessThanOrEqualTo(0);
            }
        }
    }

    @Test
    void should_fit_the_matrix_into_1280_pixels_with_compact_rows() throws IOException {
        Element body = measured("traceability-matrix.html", 1280, 900);
        assertThat(Integer.parseInt(body.attr("data-table-overflow"))).isLessThanOrEqualTo(0);
        assertThat(Integer.parseInt(body.attr("data-row-max"))).isLessThan(300);
    }

    @Test
    void should_start_the_content_on_a_phones_first_screen() throws IOException {
        Element body = measured("handbook.html", 390, 844);
        assertThat(Integer.parseInt(body.attr("data-main-top"))).isLessThan(844);
    }

    @Test
    void should_underline_links_in_the_text() throws IOException {
        assertThat(measured("traceability-matrix.html", 1280, 900).attr("data-link"))
                .contains("underline");
    }

    @Test
    void should_print_the_matrix_landscape_without_filters_repeating_its_header_row() throws IOException {
        // when
        Path pdf = project.resolve("matrix-print.pdf");
        chromium.printToPdf(output.resolve("traceability-matrix.html").toUri().toString(), pdf);

        // then
        try (PDDocument document = Pdfs.open(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(2);
            PDRectangle size = document.getPage(1).getMediaBox();
            assertThat(size.getWidth()).isGreaterThan(size.getHeight());
            String all = Pdfs.text(document, 1, document.getNumberOfPages());
            assertThat(all).doesNotContain("Show all", "Showing 108");
            for (int page = 2; page <= document.getNumberOfPages(); page++) {
                String text = Pdfs.text(document, page, page);
                if (text.contains("Gap kinds")) {
                    break; // the matrix ended: the table of gap kinds follows it
                }
                assertThat(text)
                        .as("page " + page)
                        .contains("Item", "Title", "Evidence", "Last verification", "Coverage", "Gaps");
            }
        }
    }
}
