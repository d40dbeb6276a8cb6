package io.programbook.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.api.GenerateRequest;
import io.programbook.core.api.Generator;
import io.programbook.core.api.OutputFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The finish of every HTML page, read with jsoup: tables that scroll in their own container, the
 * table of contents as a collapsible navigation landmark, the content in {@code <main>}, label
 * cells as row headers, a bar linking the documents, and a title naming organisation and program.
 */
class HtmlPageFinishIT {

    static final List<String> PAGES =
            List.of("handbook.html", "applicability.html", "gap-report.html", "traceability-matrix.html");

    @TempDir
    static Path output;

    @BeforeAll
    static void generate() {
        Path caseDir = TraceOutputsGoldenTest.CASE;
        Generator.create()
                .generate(new GenerateRequest(
                        caseDir,
                        caseDir.resolve("program"),
                        output,
                        Set.of(OutputFormat.HTML),
                        Optional.empty(),
                        Optional.empty()));
    }

    static Document page(String name) {
        try {
            return Jsoup.parse(output.resolve(name).toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void should_wrap_every_table_in_a_container_that_scrolls_on_its_own() {
        for (String name : PAGES) {
            Document page = page(name);
            assertThat(page.select("table.tableblock")).as(name).isNotEmpty();
            for (Element table : page.select("table.tableblock")) {
                assertThat(table.parent().hasClass("pb-scroll"))
                        .as(name + ": " + table.className())
                        .isTrue();
            }
        }
    }

    @Test
    void should_put_the_contents_in_a_collapsible_navigation_and_the_document_in_main() {
        Document handbook = page("handbook.html");
        Element toc = handbook.getElementById("toc");
        assertThat(toc.tagName()).isEqualTo("nav");
        assertThat(toc.attr("aria-label")).isEqualTo("Contents");
        assertThat(toc.select("> details > summary").text()).isEqualTo("Contents");
        assertThat(toc.select("> details > ul.sectlevel1 a")).isNotEmpty();
        for (String name : PAGES) {
            Document page = page(name);
            assertThat(page.select("main")).as(name).hasSize(1);
            assertThat(page.select("main .sect1")).as(name).isNotEmpty();
            assertThat(page.select("main nav")).as(name).isEmpty();
        }
    }

    @Test
    void should_mark_the_label_cells_of_facts_and_summary_tables_as_row_headers() {
        Document handbook = page("handbook.html");
        List<Element> facts = handbook.select("table.item-facts");
        assertThat(facts).isNotEmpty();
        for (Element table : facts) {
            for (Element row : table.select("tbody tr")) {
                assertThat(row.select("> th[scope=row]")).as(row.text()).isNotEmpty();
                assertThat(row.child(0).tagName()).isEqualTo("th");
            }
        }
        for (String name : PAGES) {
            for (Element row : page(name).select("table.summary:not(:has(thead)) tbody tr")) {
                assertThat(row.child(0).is("th[scope=row]"))
                        .as(name + ": " + row.text())
                        .isTrue();
            }
        }
    }

    @Test
    void should_link_the_documents_to_one_another_and_the_matrix_to_its_data() {
        for (String name : PAGES) {
            Element bar = page(name).selectFirst("nav.pb-documents");
            assertThat(bar).as(name).isNotNull();
            assertThat(bar.attr("aria-label")).isEqualTo("Documents");
            assertThat(bar.select("a").eachAttr("href"))
                    .as(name)
                    .containsSubsequence(
                            "handbook.html", "applicability.html", "traceability-matrix.html", "gap-report.html");
            assertThat(bar.select("[aria-current=page]").eachText()).as(name).hasSize(1);
        }
        assertThat(page("traceability-matrix.html").select("nav.pb-documents a").eachAttr("href"))
                .contains("traceability-matrix.csv", "traceability-matrix.xlsx", "traceability-matrix.json");
        assertThat(page("handbook.html").select("nav.pb-documents a").eachAttr("href"))
                .doesNotContain("traceability-matrix.csv");
    }

    @Test
    void should_name_the_organisation_and_the_program_in_the_title() {
        assertThat(page("handbook.html").title()).isEqualTo("Falcon Security Program – Falcon Systeme GmbH");
        assertThat(page("gap-report.html").title())
                .isEqualTo("Gap report: Falcon Security Program – Falcon Systeme GmbH");
    }
}
