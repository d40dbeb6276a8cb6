package io.programbook.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.api.DiffRequest;
import io.programbook.core.api.Generator;
import io.programbook.core.api.OutputFormat;
import io.programbook.core.diff.ChangesDocuments;
import io.programbook.core.testutil.GoldenFiles;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Structural checks of changes.html for the program compared with its baseline. */
class ChangesHtmlIT {

    @TempDir
    static Path output;

    static Document html;

    @BeforeAll
    static void diff() throws Exception {
        Path caseDir = GoldenFiles.ROOT.resolve("changes-baseline");
        Generator.create()
                .diff(new DiffRequest(
                        caseDir,
                        caseDir.resolve("current"),
                        output,
                        Set.of(OutputFormat.HTML),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(caseDir.resolve("baseline")),
                        Optional.empty()));
        html = Jsoup.parse(output.resolve(ChangesDocuments.HTML).toFile(), "UTF-8");
    }

    @Test
    void should_write_a_self_contained_page_titled_for_the_comparison() {
        assertThat(html.title()).isEqualTo("Changes since the baseline – Kestrel Controls Ltd");
        assertThat(html.select("header .organisation").text()).isEqualTo("Kestrel Controls Ltd");
        assertThat(html.select("link[href], script[src], img[src^=http]")).isEmpty();
    }

    @Test
    void should_have_a_section_per_compared_aspect_in_the_table_of_contents() {
        assertThat(html.select("#toc > details > ul.sectlevel1 > li > a").eachText())
                .containsExactly(
                        "Catalogue: iec-62443-2-4@2015+AMD1:2017 to iec-62443-2-4@2023",
                        "Profile",
                        "Statements to review",
                        "Statements",
                        "Coverage");
    }

    @Test
    void should_show_the_changed_items_with_their_notes_and_the_statements_to_review() {
        Element changed = html.getElementById("_changed").parent();
        assertThat(changed.select("tbody tr").eachText())
                .contains("SP.03.08 RE(1) Access control for network/wireless"
                        + " device admin Relaxed Role-based access control is no longer mandated; any suitable access control will"
                        + " do. no");
        Element review = html.getElementById("_statements_to_review").parent();
        assertThat(review.select("tbody tr td:first-child").eachText())
                .containsExactly("SP.01.01 BR", "SP.01.03 BR", "SP.03.08 BR", "SP.03.08 RE(1)");
    }

    @Test
    void should_show_coverage_before_and_after() {
        Element coverage = html.getElementById("_coverage").parent();
        assertThat(coverage.select("table").first().select("tbody tr").eachText())
                .contains("Coverage 60.0 % 80.0 %" + " +20.0 points");
    }
}
