package io.programbook.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.api.GenerateRequest;
import io.programbook.core.api.Generator;
import io.programbook.core.api.OutputFormat;
import io.programbook.core.convert.HtmlSanitizer;
import io.programbook.core.testutil.Chromium;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * Runs the matrix page's sort and filter script in headless Chromium: the view is set through the
 * address's fragment, or by a script that uses the controls as a person would, and the resulting
 * DOM is checked. Skipped where Chromium is not installed, except in CI.
 */
class TraceabilityMatrixBrowserIT {

    @TempDir
    static Path output;

    static Chromium chromium;
    static Path page;

    @BeforeAll
    static void generate() {
        chromium = Chromium.required();
        Path caseDir = TraceOutputsGoldenTest.CASE;
        Generator.create()
                .generate(new GenerateRequest(
                        caseDir,
                        caseDir.resolve("program"),
                        output,
                        Set.of(OutputFormat.HTML),
                        Optional.empty(),
                        Optional.empty()));
        page = output.resolve("traceability-matrix.html");
    }

    private static Document open(Path file, String fragment) {
        return Jsoup.parse(chromium.dumpDom(file.toUri() + fragment));
    }

    private static List<String> visibleItems(Document dom) {
        return dom.select("#traceability-matrix tbody tr:not([hidden]) td:eq(0)")
                .eachText();
    }

    @Test
    void should_show_every_row_and_offer_the_filters_with_counts_when_opened_plainly() {
        // when
        Document dom = open(page, "");

        // then
        assertThat(visibleItems(dom)).hasSize(9);
        assertThat(dom.getElementById("pb-matrix-count").text()).isEqualTo("Showing 9 of 9 items");
        assertThat(dom.select("#pb-filter-area option").eachText())
                .containsExactly(
                        "All", "SP.01 Solution staffing (4)", "SP.03 Architecture (3)", "SP.12 Backup/Restore (2)");
        assertThat(dom.select("#pb-filter-gap option").eachAttr("value"))
                .containsExactly(
                        "",
                        "below-target",
                        "evidence-missing",
                        "evidence-stale",
                        "no-evidence",
                        "no-statement",
                        "partial",
                        "planned",
                        "verification-failed");
        assertThat(dom.select("#traceability-matrix thead th button")).hasSize(12);
    }

    @Test
    void should_filter_by_gap_kind_from_the_address() {
        // when
        Document dom = open(page, "#gap=below-target");

        // then: SP.03.01 BR has two gap kinds, one of them below-target
        assertThat(visibleItems(dom)).containsExactly("SP.03.01 BR");
        assertThat(dom.getElementById("pb-matrix-count").text()).isEqualTo("Showing 1 of 9 items");
        assertThat(dom.select("#pb-filter-gap option[selected]").attr("value")).isEmpty();
        assertThat(dom.select("#traceability-matrix tbody tr[hidden]")).hasSize(8);
    }

    @Test
    void should_combine_area_status_and_text_filters() {
        // when
        Document byArea = open(page, "#area=SP.12+Backup%2FRestore&status=implemented");
        Document bySearch = open(page, "#q=backup");
        Document byCoverage = open(page, "#coverage=not-applicable");

        // then
        assertThat(visibleItems(byArea)).containsExactly("SP.12.01 BR");
        assertThat(visibleItems(bySearch)).containsExactly("SP.12.01 BR", "SP.12.02 BR");
        assertThat(visibleItems(byCoverage)).containsExactly("SP.01.01 RE(1)");
    }

    @Test
    void should_match_filter_values_from_the_address_whatever_their_case() {
        // when: written by hand, in another case than the labels
        Document byStatus = open(page, "#status=IMPLEMENTED");
        Document byArea = open(page, "#area=sp.12+backup%2Frestore&coverage=Not-Applicable");
        Document byGap = open(page, "#gap=Below-Target");

        // then
        assertThat(visibleItems(byStatus)).hasSize(5);
        assertThat(byStatus.select("#pb-filter-status option").eachAttr("value"))
                .doesNotContain("IMPLEMENTED");
        assertThat(visibleItems(byArea)).isEmpty();
        assertThat(visibleItems(open(page, "#area=sp.12+backup%2Frestore")))
                .containsExactly("SP.12.01 BR", "SP.12.02 BR");
        assertThat(visibleItems(byGap)).containsExactly("SP.03.01 BR");
    }

    @Test
    void should_keep_the_filters_when_an_in_page_link_is_followed() throws Exception {
        // given: the page filtered, then the intro's link to the gap kinds below the matrix followed
        String script = """
                (function () {
                  var status = document.getElementById('pb-filter-status');
                  status.value = 'implemented';
                  status.dispatchEvent(new Event('change'));
                  document.querySelector('a[href="#gap-kinds"]').click();
                  setTimeout(function () {
                    document.body.setAttribute('data-status', document.getElementById('pb-filter-status').value);
                  }, 500);
                }());
                """;
        Path scripted = withScript("linked.html", script);

        // when
        Document dom =
                Jsoup.parse(chromium.dumpDom(scripted.toUri().toString(), List.of("--virtual-time-budget=3000")));

        // then
        assertThat(dom.body().attr("data-status")).isEqualTo("implemented");
        assertThat(visibleItems(dom)).hasSize(5);
    }

    private static Path withScript(String name, String script) throws IOException {
        // the page's Content-Security-Policy runs its own script only: the test's is added to it by its hash
        String html = Files.readString(page, StandardCharsets.UTF_8)
                .replace(
                        "script-src ",
                        "script-src " + HtmlSanitizer.sha256(script).replace("'", "&#39;") + " ")
                .replace("</body>", "<script>" + script + "</script>\n</body>");
        return Files.writeString(output.resolve(name), html, StandardCharsets.UTF_8);
    }

    @Test
    void should_still_sort_by_a_bookmark_that_names_the_column_by_its_header() {
        // when: a bookmark from before columns had ids
        Document dom = open(page, "#sort=Claimed&dir=desc");

        // then
        assertThat(visibleItems(dom).get(0)).isEqualTo("SP.03.03 BR");
        assertThat(dom.select("#traceability-matrix th[aria-sort=descending]").text())
                .isEqualTo("Claimed");
    }

    @Test
    void should_sort_by_a_column_keeping_catalogue_order_among_equals() {
        // when
        Document dom = open(page, "#sort=claimed&dir=desc");

        // then
        assertThat(visibleItems(dom))
                .containsExactly(
                        "SP.03.03 BR",
                        "SP.01.01 BR",
                        "SP.03.02 BR",
                        "SP.12.01 BR",
                        "SP.01.03 BR",
                        "SP.03.01 BR",
                        "SP.01.01 RE(1)",
                        "SP.01.02 BR",
                        "SP.12.02 BR");
        assertThat(dom.select("#traceability-matrix thead th[aria-sort]").eachText())
                .containsExactly("Claimed");
        assertThat(dom.select("#traceability-matrix thead th[aria-sort]").attr("aria-sort"))
                .isEqualTo("descending");
    }

    @Test
    void should_filter_and_sort_through_the_controls_and_keep_the_view_in_the_address() throws Exception {
        // given: the page, plus a script that uses the controls as a person would
        String script = """
                (function () {
                  var status = document.getElementById('pb-filter-status');
                  status.value = 'implemented';
                  status.dispatchEvent(new Event('change'));
                  var owner = Array.prototype.filter.call(document.querySelectorAll('#traceability-matrix th button'),
                      function (b) { return b.textContent === 'Owner'; })[0];
                  owner.click();
                  owner.click();
                  document.body.setAttribute('data-fragment', decodeURIComponent(location.hash));
                }());
                """;
        // the page's Content-Security-Policy runs its own script only: the test's is added to it by its hash
        String html = Files.readString(page, StandardCharsets.UTF_8)
                .replace(
                        "script-src ",
                        "script-src " + HtmlSanitizer.sha256(script).replace("'", "&#39;") + " ")
                .replace("</body>", "<script>" + script + "</script>\n</body>");
        Path scripted = Files.writeString(output.resolve("scripted.html"), html, StandardCharsets.UTF_8);

        // when
        Document dom = open(scripted, "");

        // then: implemented items only, by owner descending, catalogue order among equals
        assertThat(visibleItems(dom))
                .containsExactly("SP.01.01 BR", "SP.03.01 BR", "SP.03.02 BR", "SP.03.03 BR", "SP.12.01 BR");
        Element body = dom.body();
        assertThat(body.attr("data-fragment")).isEqualTo("#status=implemented&sort=owner&dir=desc");
        assertThat(dom.getElementById("pb-matrix-count").text()).isEqualTo("Showing 5 of 9 items");
    }
}
