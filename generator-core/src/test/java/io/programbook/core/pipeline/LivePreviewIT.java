package io.programbook.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.api.GenerateRequest;
import io.programbook.core.api.Generator;
import io.programbook.core.api.Preview;
import io.programbook.core.api.PreviewListener;
import io.programbook.core.api.PreviewRequest;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live preview on a copy of the bundled example, as an author uses it: a browser connected to
 * the build events, a statement edited, the reload event, and the new text in the served handbook;
 * a broken edit, the findings in the page above the last good handbook, and the fix that recovers.
 */
class LivePreviewIT {

    private static final Path EXAMPLE = Path.of("../examples/nordwind-automation/src/programbook");
    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final String ORIGINAL = "For each solution the lead engineer keeps a component security record";

    @TempDir
    Path project;

    private Path statements;
    private final List<PreviewListener.Build> builds = new CopyOnWriteArrayList<>();

    @BeforeEach
    void copyExample() throws IOException {
        Path program = project.resolve("src/programbook");
        try (Stream<Path> files = Files.walk(EXAMPLE)) {
            for (Path file : files.toList()) {
                Path target = program.resolve(EXAMPLE.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        statements = program.resolve("statements/sp02-assurance.yaml");
    }

    private Preview start() {
        return Generator.create().preview(PreviewRequest.of(GenerateRequest.conventional(project)), builds::add);
    }

    @Test
    void should_reload_the_browser_with_the_edited_statement() throws Exception {
        try (Preview preview = start();
                PreviewClient browser = new PreviewClient(preview.address()).listen()) {
            assertThat(preview.address().toString()).matches("http://127\\.0\\.0\\.1:\\d+/handbook\\.html");
            int first = browser.nextBuild(WAIT);
            assertThat(first).isEqualTo(1);
            Document before = Jsoup.parse(browser.get("/handbook.html").body());
            assertThat(before.text()).contains(ORIGINAL).doesNotContain("component security ledger");
            assertThat(before.select("script[data-build=1]")).hasSize(1);

            edit(ORIGINAL, "For each solution the lead engineer keeps a component security ledger");

            int next = browser.buildAfter(first, WAIT);
            HttpResponse<String> page = browser.get("/handbook.html");
            assertThat(page.statusCode()).isEqualTo(200);
            Document after = Jsoup.parse(page.body());
            assertThat(after.text()).contains("component security ledger").doesNotContain(ORIGINAL);
            assertThat(after.select("script[data-build=" + next + "]")).hasSize(1);
            assertThat(after.select("#" + PreviewPages.PANEL_ID)).isEmpty();
            assertThat(builds.get(builds.size() - 1).changed())
                    .containsExactly("src/programbook/statements/sp02-assurance.yaml");

            // the file on disk is the document generate writes: no script of the preview's
            String onDisk = Files.readString(project.resolve("target/programbook/handbook.html"));
            assertThat(onDisk).contains("component security ledger").doesNotContain(PreviewPages.EVENTS);
            assertThat(onDisk).doesNotContain("data-build");

            // a save that changes nothing renders nothing and reloads nothing
            int counted = builds.size();
            Files.writeString(statements, Files.readString(statements));
            long waited = System.nanoTime();
            while (builds.size() == counted && System.nanoTime() - waited < WAIT.toNanos()) {
                Thread.sleep(20);
            }
            PreviewListener.Build unchanged = builds.get(builds.size() - 1);
            assertThat(unchanged.number()).isEqualTo(next);
            assertThat(unchanged.result().orElseThrow().upToDate()).isTrue();
            assertThat(browser.get("/handbook.html").body()).contains("data-build=\"" + next + "\"");
        }
    }

    @Test
    void should_show_the_findings_of_a_broken_edit_over_the_last_good_pages_until_it_is_fixed() throws Exception {
        try (Preview preview = start();
                PreviewClient browser = new PreviewClient(preview.address()).listen()) {
            int first = browser.nextBuild(WAIT);

            // a broken edit whose value reaches the message: it must arrive as text, never as markup
            edit(
                    "    status: implemented\n    maturity: ML2\n    owner: lead-engineer",
                    "    status: \"<img src=x onerror=alert(1)>\"\n    maturity: ML2\n    owner: lead-engineer");
            int broken = browser.buildAfter(first, WAIT);
            HttpResponse<String> page = browser.get("/handbook.html");
            assertThat(page.statusCode()).isEqualTo(200);
            Document shown = Jsoup.parse(page.body());
            var panel = shown.select("#" + PreviewPages.PANEL_ID);
            assertThat(panel).hasSize(1);
            assertThat(panel.text())
                    .contains("src/programbook/statements/sp02-assurance.yaml:4:5")
                    .contains("PB-VALUE-INVALID")
                    .contains("<img src=x onerror=alert(1)>");
            assertThat(panel.select("img")).isEmpty();
            assertThat(shown.text())
                    .as("the last good handbook under the findings")
                    .contains(ORIGINAL);
            assertThat(project.resolve("target/programbook/handbook.html"))
                    .as("no stale document on disk")
                    .doesNotExist();
            assertThat(builds.get(builds.size() - 1).succeeded()).isFalse();

            edit("    status: \"<img src=x onerror=alert(1)>\"", "    status: implemented");
            int fixed = browser.buildAfter(broken, WAIT);
            Document recovered = Jsoup.parse(browser.get("/handbook.html").body());
            assertThat(recovered.select("#" + PreviewPages.PANEL_ID)).isEmpty();
            assertThat(recovered.select("script[data-build=" + fixed + "]")).hasSize(1);
            assertThat(recovered.text()).contains(ORIGINAL);
            assertThat(project.resolve("target/programbook/handbook.html")).isRegularFile();
        }
    }

    private void edit(String from, String to) throws IOException {
        String text = Files.readString(statements, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(statements, text.replaceFirst(Pattern.quote(from), to), StandardCharsets.UTF_8);
    }
}
