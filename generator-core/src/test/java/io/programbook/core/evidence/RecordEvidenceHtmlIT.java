package io.programbook.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.api.GenerateRequest;
import io.programbook.core.api.OutputFormat;
import io.programbook.core.pipeline.Programbook;
import io.programbook.core.testutil.Fixtures;
import io.programbook.core.testutil.ProgramBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pages a record kept elsewhere shows on, converted: its description reads as written, and a
 * description holding markup ({@link RecordEvidenceTest#HOSTILE}) makes no link, no script and no
 * element.
 */
class RecordEvidenceHtmlIT {

    @TempDir
    static Path base;

    static Path output;

    @BeforeAll
    static void generate() {
        ProgramBuilder program = Fixtures.program(base)
                .statements("sp01.yaml", RecordEvidenceTest.STATEMENTS)
                .file("customers/acme/customer.yaml", "name: Acme Water\n");
        program.write();
        output = base.resolve("target/programbook");
        new Programbook()
                .generate(new GenerateRequest(
                        base,
                        program.programDir(),
                        output,
                        Set.of(OutputFormat.HTML),
                        Optional.empty(),
                        Optional.empty()));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "handbook.html",
                "traceability-matrix.html",
                "evidence-register.html",
                "customers/acme/handbook.html",
                "customers/acme/traceability-matrix.html"
            })
    void should_show_the_description_as_text_and_its_markup_inert(String page) throws IOException {
        Document html = Jsoup.parse(output.resolve(page).toFile(), "UTF-8");

        assertThat(html.body().text())
                .as("the description as written")
                .contains(RecordEvidenceTest.HOSTILE)
                .contains(RecordEvidenceTest.VISITOR_LOG);
        assertThat(html.select("a[href^=file:], a[href*=passwd], b, script:containsData(alert)"))
                .isEmpty();
        assertThat(html.select("a[href]").eachAttr("href"))
                .noneMatch(href -> href.startsWith("file:") || href.contains("etc/passwd"));
        List<String> scripts = html.select("script").eachAttr("src");
        assertThat(scripts).allMatch(String::isEmpty);
    }
}
