package io.programbook.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.api.GenerateRequest;
import io.programbook.core.api.Generator;
import io.programbook.core.api.OutputFormat;
import io.programbook.core.convert.InertSvg;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Structural checks of the HTML matrix and gap report: the nodes readers and the page's script rely on. */
class TraceOutputsHtmlIT {

    @TempDir
    static Path output;

    static Document matrix;
    static Document gaps;

    @BeforeAll
    static void generate() throws Exception {
        Path caseDir = TraceOutputsGoldenTest.CASE;
        Generator.create()
                .generate(new GenerateRequest(
                        caseDir,
                        caseDir.resolve("program"),
                        output,
                        Set.of(OutputFormat.HTML),
                        Optional.empty(),
                        Optional.empty()));
        matrix = Jsoup.parse(output.resolve("traceability-matrix.html").toFile(), "UTF-8");
        gaps = Jsoup.parse(output.resolve("gap-report.html").toFile(), "UTF-8");
    }

    @Test
    void should_be_self_contained_pages_that_load_nothing_from_the_network() {
        for (Document page : new Document[] {matrix, gaps}) {
            assertThat(page.select("link[href], script[src], iframe")).isEmpty();
            // images are the overview's charts, inline and inert, never a file or an address
            assertThat(page.select("img[src]").eachAttr("src")).allMatch(InertSvg::is);
            assertThat(page.html())
                    .doesNotContain("http://", "fonts.googleapis")
                    .doesNotContainPattern("src=\"https?:");
        }
        assertThat(matrix.title()).isEqualTo("Traceability matrix: Falcon Security Program – Falcon Systeme GmbH");
        assertThat(gaps.title()).isEqualTo("Gap report: Falcon Security Program – Falcon Systeme GmbH");
    }

    @Test
    void should_have_one_row_per_in_scope_item_with_the_columns_the_script_filters_on() {
        Element table = matrix.getElementById("traceability-matrix");
        assertThat(table.select("thead th").eachText())
                .containsExactly(
                        "Item",
                        "Title",
                        "Area",
                        "Status",
                        "Target",
                        "Claimed",
                        "Owner",
                        "Procedures",
                        "Evidence",
                        "Last verification",
                        "Coverage",
                        "Gaps");
        assertThat(table.select("tbody tr")).hasSize(9);
        assertThat(table.select("tbody tr td:eq(0)").eachText())
                .containsExactly(
                        "SP.01.01 BR",
                        "SP.01.01 RE(1)",
                        "SP.01.02 BR",
                        "SP.01.03 BR",
                        "SP.03.01 BR",
                        "SP.03.02 BR",
                        "SP.03.03 BR",
                        "SP.12.01 BR",
                        "SP.12.02 BR");
        Element row = table.select("tbody tr").get(4);
        assertThat(row.select("td").stream().map(Element::text))
                .containsExactly(
                        "SP.03.01 BR",
                        "Perform, or contribute to, security risk assessment of the solution",
                        "SP.03 Architecture",
                        "implemented",
                        "ML2",
                        "ML1",
                        "Security lead",
                        "",
                        "EV-risk Risk register, 2026-06-01",
                        "2026-07-01 fail by Internal audit (K. Maier)",
                        "gap",
                        "verification-failed, below-target");
    }

    @Test
    void should_link_each_item_to_the_handbook_and_evidence_urls_to_their_address() {
        Element table = matrix.getElementById("traceability-matrix");
        assertThat(table.select("tbody tr td:eq(0) a").eachAttr("href")).first().isEqualTo("handbook.html#sp-01-01-br");
        assertThat(table.select("a[href^=https://intranet.falcon.example]").attr("href"))
                .isEqualTo("https://intranet.falcon.example/risk?project=all&view=list");
    }

    @Test
    void should_show_formula_like_values_as_text() {
        Element table = matrix.getElementById("traceability-matrix");
        assertThat(table.select("tbody tr").get(5).select("td").get(8).text())
                .isEqualTo("EV-zone-drawings-2026 =HYPERLINK(\"https://evil.example\",\"Zone drawings\")"
                        + " (evidence/zone-drawings-2026.pdf), 2026-05-20 file missing");
        assertThat(table.select("a[href*=evil]")).isEmpty();
    }

    @Test
    void should_carry_its_sort_and_filter_script_inline() {
        assertThat(matrix.select("script").size()).isEqualTo(1);
        assertThat(matrix.select("script").first().data())
                .contains("getElementById('traceability-matrix')", "URLSearchParams", "'gaps'")
                .doesNotContain("'Gaps'", "'Show all'");
        assertThat(matrix.select("style").eachAttr("src")).allMatch(String::isEmpty);
    }

    @Test
    void should_group_gaps_by_area_worst_first_with_what_closes_them() {
        Element area = gaps.getElementById("gaps-area-sp-03").parent();
        assertThat(area.select("h2").text()).isEqualTo("SP.03 Architecture");
        assertThat(area.select("tbody tr td:eq(0) code").eachText())
                .containsExactly("verification-failed", "evidence-missing", "no-evidence", "below-target");
        Element missing = area.select("tbody tr").get(1);
        assertThat(missing.select("td").stream().map(Element::text))
                .containsExactly(
                        "Evidence file missing evidence-missing",
                        "SP.03.02 BR",
                        "Evidence file 'evidence/zone-drawings-2026.pdf' does not exist.",
                        "Add the file to the program folder or correct the path in the statement.",
                        "program/statements/sp03.yaml:25:9");
        assertThat(missing.select("a").attr("href")).isEqualTo("handbook.html#sp-03-02-br");
        assertThat(gaps.select("#toc a").eachText())
                .containsExactly(
                        "Overview",
                        "Action plan",
                        "Gaps by kind",
                        "Coverage by functional area",
                        "SP.01 Solution staffing",
                        "SP.03 Architecture",
                        "SP.04 Wireless",
                        "SP.12 Backup/Restore",
                        "Procedures");
    }
}
