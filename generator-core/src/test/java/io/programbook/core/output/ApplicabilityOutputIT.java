package io.programbook.core.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.api.GenerateRequest;
import io.programbook.core.api.GenerateResult;
import io.programbook.core.api.Generator;
import io.programbook.core.api.OutputFormat;
import io.programbook.core.convert.DocumentConverter;
import io.programbook.core.diag.Diagnostics;
import io.programbook.core.load.ProgramInputs;
import io.programbook.core.pipeline.Programbook;
import io.programbook.core.pipeline.RenderedDocs;
import io.programbook.core.render.TemplateRenderer;
import io.programbook.core.resolve.ResolvedProfile;
import io.programbook.core.testutil.Fixtures;
import io.programbook.core.testutil.GoldenFiles;
import io.programbook.core.text.Messages;
import io.programbook.core.trace.Trace;
import java.io.IOException;
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
 * The statement of applicability of the bundled example program: its AsciiDoc pinned byte for byte
 * (run with {@code -Dgolden.update=true} to rewrite the expected file after an intended change, then
 * review the diff), and the structure of its HTML page.
 */
class ApplicabilityOutputIT {

    /** The example program of the reactor, read in place. */
    static final Path EXAMPLE = Path.of("../examples/nordwind-automation");

    static final Path EXPECTED = Path.of("src/test/resources/golden/nordwind-automation/expected/applicability.adoc");

    @TempDir
    static Path output;

    static ProgramInputs inputs;
    static ResolvedProfile profile;
    static Trace trace;
    static String adoc;
    static Document html;

    @BeforeAll
    static void generate() {
        Programbook generator = new Programbook();
        Diagnostics diagnostics = new Diagnostics();
        inputs = generator.load(EXAMPLE, EXAMPLE.resolve("src/programbook"), diagnostics);
        profile = generator.resolve(inputs, diagnostics);
        trace = generator.trace(inputs, profile, Optional.empty());
        RenderedDocs docs = generator.render(inputs, profile, trace);
        adoc = docs.documents().get(ApplicabilityOutput.ADOC);
        // the example's one missing evidence file, on purpose: a gap the documents show
        assertThat(diagnostics.all())
                .extracting(d -> d.rule().code() + " " + d.at())
                .containsExactly("PB-EVIDENCE-MISSING src/programbook/statements/sp11-patch-management.yaml:16:9");
    }

    /** Converts only this output to HTML, not the example's whole handbook. */
    static Document html() {
        if (html == null) {
            GenerateRequest request = new GenerateRequest(
                    EXAMPLE,
                    EXAMPLE.resolve("src/programbook"),
                    output,
                    Set.of(OutputFormat.HTML),
                    Optional.empty(),
                    Optional.empty());
            OutputFiles files = new OutputFiles();
            new ApplicabilityOutput()
                    .write(
                            new OutputContext(
                                    request,
                                    inputs,
                                    profile,
                                    trace,
                                    new TemplateRenderer(Optional.empty()),
                                    DocumentConverter::new,
                                    new Diagnostics(),
                                    BrandingAssets.NONE),
                            files);
            html = Jsoup.parse(files.textOf(ApplicabilityOutput.HTML));
        }
        return html;
    }

    @Test
    void should_render_the_statement_of_applicability_of_the_example_exactly_as_expected() throws IOException {
        GoldenFiles.assertMatches(adoc, EXPECTED);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            n++;
        }
        return n;
    }

    @Test
    void should_state_the_default_rules_once_and_show_a_rule_only_where_it_differs() {
        // the example's profile includes every item and sets one default maturity: both said once
        assertThat(count(adoc, "every item (no include rule) at src/programbook/profile.yaml:1"))
                .isEqualTo(1);
        assertThat(count(adoc, "defaultMaturity ML2 at src/programbook/profile.yaml:9"))
                .isEqualTo(1);
        // an item whose maturity a rule of its own sets still names that rule in its row
        assertThat(adoc).contains("| pass:[maturity SP.09.* ML3 at src/programbook/profile.yaml:30]\n");
    }

    @Test
    void should_list_excluded_items_under_the_rule_that_excluded_them_with_its_rationale_once() {
        var sp05 = profile.excluded().stream()
                .filter(i -> i.item().id().toString().startsWith("SP.05"))
                .toList();
        assertThat(sp05).hasSizeGreaterThan(1);
        String rationale = sp05.get(0).rationale(Messages.english()).substring(0, 30);
        assertThat(count(adoc, rationale)).isEqualTo(1);
        // each group: the rule, its rationale, and links to the rows of the items it excluded
        var group = html().selectFirst("[id^=excluded-by-]:contains(exclude SP.05)");
        assertThat(group).isNotNull();
        var section = html().getElementById("excluded-by-rule");
        assertThat(section).isNotNull();
        assertThat(section.parent().select("a[href^=#sp-05-]")).hasSize(sp05.size());
        assertThat(section.parent().text()).contains(rationale);
    }

    @Test
    void should_list_every_item_of_the_edition_and_of_the_organisation_exactly_once() {
        // every catalogue item has its anchor once: 123 of the 2023 edition and 3 of Nordwind's own
        assertThat(profile.items()).hasSize(126);
        for (var item : profile.items()) {
            assertThat(adoc)
                    .as(item.item().id().toString())
                    .containsOnlyOnce("| [[" + item.item().id().anchor() + "]]");
        }
        assertThat(adoc)
                .contains("| Requirement items | 126", "| Apply (in scope) | 108", "| Do not apply (excluded) | 18");
    }

    @Test
    void should_name_the_rule_and_profile_file_line_that_decided_each_item() {
        assertThat(adoc).contains("""
                | [[sp-05-01-br]]SP.05.01 BR
                | Verify SIS communications were security-reviewed/risk-assessed
                | [.applies-no]#no#
                | –
                """);
        assertThat(adoc).contains("| exclude SP.05 at src/programbook/profile.yaml:18");
        // the default scope rule is said once at the top, the maturity rule that differs in the row
        assertThat(adoc).contains("""
                |
                | pass:[maturity SP.09.* ML3 at src/programbook/profile.yaml:30]
                """);
    }

    @Test
    void should_name_bundled_profiles_by_their_path_in_the_catalog_jar(@TempDir Path base) {
        // given
        var run = Fixtures.program(base).profileYaml("""
                id: own
                catalog: iec-62443-2-4@2023
                extends: [integration-no-sis-no-wireless]
                """).run();

        // when
        String statement = new Programbook()
                .render(run.inputs(), run.profile(), run.trace())
                .documents()
                .get(ApplicabilityOutput.ADOC);

        // then
        assertThat(statement)
                .contains("| exclude SP.04 at programbook/profiles/integration-no-sis-no-wireless.yaml:11\n");
        assertThat(statement)
                .contains("| `integration-no-sis-no-wireless` | Integration service provider without SIS and"
                        + " wireless | 1.0 | programbook/profiles/integration-no-sis-no-wireless.yaml (bundled with Programbook)"
                        + " | all-of-2-4\n");
        assertThat(statement)
                .contains("| `own` | own |  | src/programbook/profile.yaml | integration-no-sis-no-wireless\n");
    }

    @Test
    void should_write_a_page_with_every_area_in_the_table_of_contents_and_every_item_row() {
        Document page = html();
        assertThat(page.title()).isEqualTo("Statement of applicability – Nordwind Automation GmbH");
        assertThat(page.select("#toc > details > ul.sectlevel1 > li > a").eachText())
                .contains("About this statement", "Profile", "SP.01 Solution staffing", "NWA.01 Customer commitments");
        assertThat(page.select("link[href], script[src]")).isEmpty();
        Element row = page.getElementById("sp-04-01-br").closest("tr");
        List<String> cells = row.select("td").eachText();
        assertThat(cells).hasSize(6);
        assertThat(cells.get(2)).isEqualTo("no");
        assertThat(cells.get(4)).isEqualTo("see the rule’s rationale");
        assertThat(row.select("td").get(4).select("a").attr("href")).isEqualTo("#excluded-by-1");
        assertThat(cells.get(5)).isEqualTo("exclude SP.04 at src/programbook/profile.yaml:12");
        assertThat(page.getElementById("excluded-by-1").parent().text())
                .contains("The automation solutions we integrate and maintain contain no wireless");
        // 108 in scope of the profile, one of them (SP.03.10 RE(4)) not applicable by its statement
        assertThat(page.select("span.applies-yes")).hasSize(107);
        assertThat(page.select("span.applies-no")).hasSize(19);
        assertThat(page.select("span.applies-no:containsOwn(not applicable)")).hasSize(1);
    }

    @Test
    void should_write_the_statement_and_the_resolved_profile_with_the_handbook() {
        // when: AsciiDoc only, so that no document is converted
        GenerateResult result = Generator.create()
                .generate(new GenerateRequest(
                        EXAMPLE,
                        EXAMPLE.resolve("src/programbook"),
                        output,
                        Set.of(),
                        Optional.empty(),
                        Optional.empty()));

        // then
        assertThat(result.files())
                .extracting(p -> p.getFileName().toString())
                .contains("applicability.adoc", "handbook.adoc", "resolved-profile.json")
                .noneMatch(name -> name.endsWith(".html"));
        assertThat(output.resolve(ApplicabilityOutput.ADOC)).hasContent(adoc);
    }
}
