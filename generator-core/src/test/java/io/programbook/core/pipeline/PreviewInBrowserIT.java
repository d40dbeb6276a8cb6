package io.programbook.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.testutil.Chromium;
import io.programbook.core.text.Messages;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The reload in a real browser: Chromium opens a page of the preview whose Content-Security-Policy
 * allows no script of its own, the injected script connects to the build events (the policy, as
 * widened by the preview, lets it), and a new build makes the page load again with the new text.
 */
class PreviewInBrowserIT {

    private static final String PAGE = "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
            + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;; script-src"
            + " &#39;none&#39;; style-src &#39;none&#39;; img-src &#39;self&#39; data:; base-uri &#39;none&#39;;"
            + " form-action &#39;none&#39;\"><title>t</title></head><body><main>%s</main></body></html>";

    private static PreviewServer.Shown build(int number, String text) {
        return new PreviewServer.Shown(
                number,
                Map.of("handbook.html", PAGE.formatted(text).getBytes(StandardCharsets.UTF_8)),
                List.of(),
                Optional.empty(),
                Messages.english());
    }

    private static void awaitConnections(PreviewServer server, int count, CompletableFuture<?> browser)
            throws InterruptedException {
        long end = System.nanoTime() + 60_000_000_000L;
        while (server.connections() < count && System.nanoTime() < end && !browser.isDone()) {
            Thread.sleep(20);
        }
        assertThat(server.connections())
                .as("connections of the page's script to the build events")
                .isGreaterThanOrEqualTo(count);
    }

    @Test
    void should_reload_the_page_when_a_build_is_done() throws Exception {
        Chromium chromium = Chromium.required();
        PreviewServer server = PreviewServer.start("127.0.0.1", 0, build(1, "First build"));
        try {
            CompletableFuture<Chromium.Opened> opened = CompletableFuture.supplyAsync(() -> chromium.open(
                    server.root().resolve("handbook.html").toString(), List.of("--virtual-time-budget=15000")));
            awaitConnections(server, 1, opened);
            server.show(build(2, "Second build"));
            // the reloaded page connects again; then the server stops, so that the browser's
            // network falls idle and headless Chromium's virtual time runs out and it dumps the page
            awaitConnections(server, 2, opened);
            server.close();
            Chromium.Opened page = opened.get();
            Document dom = Jsoup.parse(page.dom());
            assertThat(dom.select("main").text()).isEqualTo("Second build");
            assertThat(dom.select("script[data-build=2]")).hasSize(1);
            assertThat(page.log()).doesNotContain("Content Security Policy");
        } finally {
            server.close();
        }
    }
}
