package io.programbook.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.convert.HtmlSanitizer;
import io.programbook.core.diag.Diagnostic;
import io.programbook.core.diag.Rule;
import io.programbook.core.diag.SourcePosition;
import io.programbook.core.text.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PreviewPagesTest {

    private static final String PAGE = "<!DOCTYPE html><html><head>"
            + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;; script-src"
            + " &#39;sha256-abc=&#39;; style-src &#39;sha256-def=&#39;; img-src &#39;self&#39; data:\">"
            + "</head><body class=\"handbook\"><main>text</main></body></html>";

    private static final Diagnostic FINDING = Diagnostic.error(
            Rule.VALUE_INVALID,
            SourcePosition.of("src/programbook/statements/a.yaml", 4, 5),
            "'\"><img src=x onerror=alert(1)>' is not a valid status",
            "valid values: implemented & <b>planned</b>");

    @Test
    void should_allow_exactly_the_added_script_style_and_connection() {
        assertThat(PreviewPages.policy(
                        "default-src 'none'; script-src 'sha256-abc='; style-src 'sha256-def='; img-src 'self' data:",
                        true))
                .isEqualTo("default-src 'none'; script-src 'sha256-abc=' "
                        + HtmlSanitizer.sha256(PreviewPages.RELOAD_SCRIPT) + "; style-src 'sha256-def=' "
                        + HtmlSanitizer.sha256(PreviewPages.PANEL_STYLE)
                        + "; img-src 'self' data:; connect-src 'self'");
        assertThat(PreviewPages.policy("default-src 'none'; script-src 'none'; style-src 'none'", false))
                .isEqualTo("default-src 'none'; script-src " + HtmlSanitizer.sha256(PreviewPages.RELOAD_SCRIPT)
                        + "; style-src 'none'; connect-src 'self'");
    }

    @Test
    void should_add_the_script_before_the_end_of_the_body_and_leave_the_rest() {
        Document page = Jsoup.parse(PreviewPages.inject(PAGE, 7, Optional.empty()));
        assertThat(page.select("body > script").attr("data-build")).isEqualTo("7");
        assertThat(page.select("body > script").html()).isEqualTo(PreviewPages.RELOAD_SCRIPT);
        assertThat(page.select("body > main").text()).isEqualTo("text");
        assertThat(page.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .contains(HtmlSanitizer.sha256(PreviewPages.RELOAD_SCRIPT))
                .contains("connect-src 'self'")
                .doesNotContain(HtmlSanitizer.sha256(PreviewPages.PANEL_STYLE));
    }

    @Test
    void should_put_the_escaped_findings_at_the_top_of_the_page() {
        String panel = PreviewPages.panel(List.of(FINDING), Optional.empty(), Messages.english(), true);
        Document page = Jsoup.parse(PreviewPages.inject(PAGE, 8, Optional.of(panel)));
        var shown = page.select("body > section#" + PreviewPages.PANEL_ID);
        assertThat(shown).hasSize(1);
        assertThat(page.body().child(0).tagName()).isEqualTo("style");
        assertThat(shown.select("img, b")).isEmpty();
        assertThat(shown.select("li").text())
                .isEqualTo("src/programbook/statements/a.yaml:4:5 error PB-VALUE-INVALID '\"><img src=x"
                        + " onerror=alert(1)>' is not a valid status hint: valid values: implemented & <b>planned</b>");
        assertThat(shown.select("h2").text()).isEqualTo("Programbook preview: the last build failed");
        assertThat(page.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .contains(HtmlSanitizer.sha256(PreviewPages.PANEL_STYLE));
    }

    @Test
    void should_list_errors_before_warnings() {
        Diagnostic warning = Diagnostic.warning(
                Rule.EVIDENCE_MISSING, SourcePosition.of("src/programbook/a.yaml", 1, 1), "missing", "add it");
        String panel = PreviewPages.panel(List.of(warning, FINDING), Optional.empty(), Messages.english(), true);
        assertThat(Jsoup.parse(panel).select("li").eachText())
                .satisfiesExactly(
                        first -> assertThat(first).contains("error PB-VALUE-INVALID"),
                        second -> assertThat(second).contains("warning PB-EVIDENCE-MISSING"));
    }

    @Test
    void should_speak_the_documents_language_in_the_panel() {
        String panel = PreviewPages.panel(List.of(FINDING), Optional.empty(), Messages.of(Locale.GERMAN), false);
        assertThat(Jsoup.parse(panel).text())
                .contains("Programbook-Vorschau: der letzte Build ist fehlgeschlagen")
                .contains("Bisher ist kein Build gelungen")
                .contains("Fehler PB-VALUE-INVALID")
                .contains("Hinweis: valid values");
    }

    @Test
    void should_make_a_page_of_its_own_while_no_build_succeeded() {
        Document page = Jsoup.parse(
                PreviewPages.problemsPage(List.of(FINDING), Optional.of("disk full"), Messages.english(), 1));
        assertThat(page.select("#" + PreviewPages.PANEL_ID + " li").eachText())
                .hasSize(2)
                .last()
                .isEqualTo("The build stopped on an unexpected error: disk full");
        assertThat(page.select("script[data-build=1]")).hasSize(1);
        assertThat(page.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .startsWith("default-src 'none'")
                .contains(HtmlSanitizer.sha256(PreviewPages.RELOAD_SCRIPT));
    }

    @Test
    void should_leave_a_page_without_a_policy_without_one() {
        String page = "<html><body>x</body></html>";
        assertThat(PreviewPages.inject(page, 1, Optional.empty()))
                .isEqualTo("<html><body>x<script data-build=\"1\">" + PreviewPages.RELOAD_SCRIPT
                        + "</script></body></html>");
    }
}
