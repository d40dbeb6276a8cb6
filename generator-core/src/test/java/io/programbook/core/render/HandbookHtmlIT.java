package io.programbook.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.api.GenerateRequest;
import io.programbook.core.api.GenerateResult;
import io.programbook.core.api.Generator;
import io.programbook.core.api.OutputFormat;
import io.programbook.core.testutil.GoldenFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Structural checks of the converted handbook: the nodes a reader relies on, not the bytes. */
class HandbookHtmlIT {

    @TempDir
    static Path output;

    static Document html;
    static GenerateResult result;

    @BeforeAll
    static void generate() throws Exception {
        Path caseDir = GoldenFiles.ROOT.resolve("small-integrator");
        result = Generator.create()
                .generate(new GenerateRequest(
                        caseDir,
                        caseDir.resolve("program"),
                        output,
                        Set.of(OutputFormat.HTML),
                        Optional.empty(),
                        Optional.empty()));
        html = Jsoup.parse(output.resolve("handbook.html").toFile(), "UTF-8");
    }

    @Test
    void should_write_a_self_contained_page_with_our_stylesheet_and_no_remote_resources() {
        assertThat(html.title()).isEqualTo("Kestrel Security Program – Kestrel Controls Ltd");
        assertThat(html.select("head style").first().data()).contains("--accent");
        assertThat(html.select("link[href], script[src], img[src^=http]")).isEmpty();
        assertThat(html.html()).doesNotContain("fonts.googleapis");
    }

    @Test
    void should_have_a_table_of_contents_by_functional_area() {
        var chapters = html.select("#toc > details > ul.sectlevel1 > li > a").eachText();
        assertThat(chapters).contains("SP.01 Solution staffing", "SP.12 Backup/Restore", "Roles", "Procedures");
        assertThat(html.select("#toc a[href=#sp-01-01-br]")).hasSize(1);
    }

    @Test
    void should_show_summary_counts_at_the_top() {
        Element summary = html.select("table.tableblock").first();
        assertThat(summary.text())
                .contains(
                        "In scope of the profile 18",
                        "Excluded by the profile 105",
                        "Coverage 11.8 % (2 of 17 applicable items)");
    }

    @Test
    void should_show_each_in_scope_item_with_status_maturity_owner_statement_and_evidence() {
        Element item = html.getElementById("sp-01-01-br").parent();
        assertThat(item.select("h3").text())
                .isEqualTo("SP.01.01 BR Own staff briefed on and follow 2-4 security duties before assignment");
        assertThat(item.select("table.item-facts").text())
                .contains(
                        "Status implemented",
                        "Owner HR manager",
                        "Target maturity ML2",
                        "Claimed maturity ML2",
                        "Onboarding");
        assertThat(item.text())
                .contains(
                        "Reviews happen every 12 months.",
                        "EV-training Training records 2026 (evidence/training.csv, internal, available on request),"
                                + " 2026-02-01");
        assertThat(item.select("table.item-facts a[href=#procedure-onboarding]"))
                .hasSize(1);
    }

    @Test
    void should_list_excluded_items_with_their_rationale_and_the_rule_that_excluded_them() {
        Element excluded = html.getElementById("excluded-items").parent();
        Element row = excluded.getElementById("sp-12-07-br").closest("tr");
        assertThat(row.text())
                .contains(
                        "The lines stop for backups | planned downtime.",
                        "exclude SP.12.07 BR",
                        "program/profile.yaml:13:5");
    }

    @Test
    void should_escape_what_users_wrote_and_link_only_safe_urls() {
        assertThat(html.select("td").eachText()).contains("Runs background checks <and> onboarding.");
        assertThat(html.select("a[href^=https://intranet.kestrel.example/contacts]")
                        .text())
                .isEqualTo("Contact list [current]");
        assertThat(html.select("and")).isEmpty();
    }

    @Test
    void should_render_procedures_as_chapters_with_working_item_links() {
        Element procedure = html.getElementById("procedure-onboarding").parent();
        assertThat(procedure.select("h3").text()).isEqualTo("Onboarding");
        assertThat(procedure.select("h4").eachText()).contains("Steps");
    }

    @Test
    void should_resolve_every_link_within_the_page_also_to_excluded_items() {
        // the statement of SP.12.01 BR links to SP.12.07 BR, which the profile excludes
        assertThat(html.getElementById("sp-12-01-br").parent().select("a[href=#sp-12-07-br]"))
                .hasSize(1);
        assertThat(html.getElementById("sp-12-07-br").closest("tr")).isNotNull();
        assertThat(html.select("a[href^=#]").eachAttr("href"))
                .isNotEmpty()
                .allSatisfy(href -> assertThat(html.getElementById(href.substring(1)))
                        .as(href)
                        .isNotNull());
    }

    @Test
    void should_link_items_exactly_where_asciidoc_expands_macros() {
        // given
        Element procedure = html.getElementById("procedure-onboarding").parent();

        // then: listings, literal paragraphs and escaped links show the macro as written, never a cross reference
        assertThat(procedure.select(".olist a[href=#sp-01-01-br]")).hasSize(1);
        assertThat(procedure.select("a[href=#sp-01-01-br]")).hasSize(2); // and "Satisfies"
        assertThat(procedure.select("code").eachText()).contains("req:[SP.01.01 BR]");
        assertThat(procedure.select(".listingblock pre").text())
                .isEqualTo("text: Staff are briefed (req:[SP.01.01 BR]).");
        assertThat(procedure.select(".literalblock pre").text())
                .isEqualTo("An indented line is a literal paragraph: req:[SP.01.03 BR]");
        assertThat(html.body().text()).doesNotContain("<<", "\\req");
    }

    @Test
    void should_link_items_a_justification_names() {
        Element item = html.getElementById("sp-01-07-br").parent();
        assertThat(item.select("a[href=#sp-01-04-re-1]").text()).isEqualTo("SP.01.04 RE(1)");
        assertThat(item.select("a[href=#sp-01-05-br]").text()).isEqualTo("SP.01.05 BR");
        assertThat(item.text())
                .contains(
                        "subcontractors never work on site (SP.01.04 RE(1)) & the named contacts are in SP.01.05 BR.");
    }

    @Test
    void should_report_the_outputs_it_wrote() throws Exception {
        assertThat(result.files())
                .extracting(p -> p.getFileName().toString())
                .containsExactly(
                        "applicability.adoc",
                        "applicability.html",
                        "assessment-worksheet.xlsx",
                        "coverage.json",
                        "evidence-package.zip",
                        "evidence-register.adoc",
                        "evidence-register.csv",
                        "evidence-register.html",
                        "evidence-register.json",
                        "evidence-register.xlsx",
                        "gap-report.adoc",
                        "gap-report.html",
                        "handbook.adoc",
                        "handbook.html",
                        "resolved-profile.json",
                        "review-calendar.adoc",
                        "review-calendar.html",
                        "review-calendar.ics",
                        "traceability-matrix.adoc",
                        "traceability-matrix.csv",
                        "traceability-matrix.html",
                        "traceability-matrix.json",
                        "traceability-matrix.xlsx");
        assertThat(result.inScope()).isEqualTo(18);
        assertThat(Files.list(output.getParent())
                        .filter(p -> p.getFileName().toString().endsWith(".staging")))
                .isEmpty();
    }
}
