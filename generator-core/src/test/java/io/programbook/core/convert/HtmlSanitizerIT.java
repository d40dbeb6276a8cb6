package io.programbook.core.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * What the sanitizer keeps of Asciidoctor's HTML and what it removes. Each case is converted by
 * Asciidoctor first, as the documents are, so that the tests see the HTML users' text really makes.
 */
class HtmlSanitizerIT {

    private static final String SCRIPT = "document.title = 'sorted';";
    private static final HtmlSanitizer SANITIZER = new HtmlSanitizer(Set.of(SCRIPT), false);

    private static String html(String adoc) {
        return new DocumentConverter()
                .toHtmlBody(adoc, "target/programbook/handbook.adoc", Map.of())
                .output();
    }

    private static HtmlSanitizer.Sanitized sanitize(String adoc) {
        return SANITIZER.sanitize(html(adoc));
    }

    @Test
    void should_keep_safe_asciidoc_byte_for_byte() {
        // given
        String adoc = "= Handbook\n:sectanchors:\n\n== Scope [[scope]]\n\nText with *bold*, `code`, a"
                + " https://example.com/a?b=1&c=2[link], mailto:security@example.com[mail], <<scope>> and"
                + " link:handbook.html#scope[a sibling].\n\nNOTE: A note.\n\n[cols=\"1,3\",width=50%]\n|===\n| a | b\n|===\n\n"
                + "[source,yaml]\n----\nkey: <value> & \"quoted\"\n----\n\n* one\n* two\n\n. first\n\nfootnote:[A footnote.]\n";
        String html = html(adoc);

        // when
        HtmlSanitizer.Sanitized safe = SANITIZER.sanitize(html);

        // then
        assertThat(safe.changed()).isFalse();
        assertThat(safe.html()).isEqualTo(html);
    }

    @Test
    void should_remove_a_script_passthrough() {
        // when
        HtmlSanitizer.Sanitized safe = sanitize("Before +++<script>document.title='owned'</script>+++ after.\n");

        // then
        assertThat(safe.changed()).isTrue();
        assertThat(safe.html())
                .doesNotContain("<script")
                .doesNotContain("owned")
                .contains("Before")
                .contains("after.");
    }

    @Test
    void should_remove_event_handlers_of_a_passthrough_block() {
        // when
        HtmlSanitizer.Sanitized safe =
                sanitize("++++\n<img src=x onerror=\"document.title='owned'\"><b onclick=\"x()\">bold</b>\n++++\n");

        // then
        assertThat(safe.html())
                .doesNotContain("onerror")
                .doesNotContain("onclick")
                .contains("<b>bold</b>");
    }

    @Test
    void should_not_let_a_url_break_out_of_its_attribute() {
        // when
        Document page = Jsoup.parseBodyFragment(sanitize(
                        "https://example.com/\"autofocus=\"autofocus\"onfocus=\"document.title='owned'\"x[our portal]\n")
                .html());

        // then
        assertThat(page.select("[onfocus], [autofocus]")).isEmpty();
        assertThat(page.select("a").attr("href")).startsWith("https://example.com/");
    }

    @Test
    void should_make_javascript_and_data_links_unclickable() {
        // when
        Document page = Jsoup.parseBodyFragment(sanitize("link:javascript:alert(1)[click] link:data:text/html;base64,"
                        + "PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==[data] image:x.png[link=\"javascript:alert(2)\"]"
                        + " link:vbscript:msgbox(1)[vb] link:JaVaScRiPt:alert(3)[mixed]\n")
                .html());

        // then
        assertThat(page.select("a[href]")).isEmpty();
        assertThat(page.text()).contains("click").contains("data").contains("vb");
    }

    @Test
    void should_keep_links_to_anchors_sibling_documents_and_web_addresses() {
        // when
        Document page = Jsoup.parseBodyFragment(
                sanitize("<<top>> xref:gap-report.adoc#gaps[gaps] https://example.com[web] mailto:a@example.com[mail]"
                                + " link:../../etc/passwd[up] link:file:///etc/passwd[file]\n\n[[top]]\nText.\n")
                        .html());

        // then
        assertThat(page.select("a[href]").eachAttr("href"))
                .containsExactly("#top", "gap-report.html#gaps", "https://example.com", "mailto:a@example.com");
    }

    @Test
    void should_keep_links_into_the_assessor_packages_evidence_folder_and_no_way_out_of_it() {
        // when
        Document page = Jsoup.parseBodyFragment(sanitize("link:++evidence-files/evidence/log%202026.csv++[log]"
                        + " link:review-calendar.ics[ics] link:evidence-package.zip[zip]"
                        + " link:evidence-files/../../etc/passwd[up] link:evidence-files/%2e%2e/x[encoded]"
                        + " link:evidence-files//host/x[double] link:evidence-files/a?b=1[query]\n")
                .html());

        // then
        assertThat(page.select("a[href]").eachAttr("href"))
                .containsExactly(
                        "evidence-files/evidence/log%202026.csv", "review-calendar.ics", "evidence-package.zip");
    }

    @Test
    void should_refuse_remote_and_svg_images_unless_remote_ones_are_allowed() {
        // given
        String html = html("image::https://tracker.example/pixel.png[Pixel]\n\nimage::data:image/svg+xml;base64,"
                + "PHN2ZyBvbmxvYWQ9ImFsZXJ0KDEpIi8+[Svg]\n\nimage::diagram.png[Diagram]\n");

        // when
        Document strict = Jsoup.parseBodyFragment(SANITIZER.sanitize(html).html());
        Document remote = Jsoup.parseBodyFragment(
                new HtmlSanitizer(Set.of(), true).sanitize(html).html());

        // then
        assertThat(strict.select("img[src]").eachAttr("src")).containsExactly("diagram.png");
        assertThat(remote.select("img[src]").eachAttr("src"))
                .containsExactly("https://tracker.example/pixel.png", "diagram.png");
    }

    @Test
    void should_keep_only_the_trusted_script() {
        // given
        String html = html(
                "Text +++<b>x</b>+++.\n\n++++\n<script>\n" + SCRIPT + "\n</script>\n"
                        + "<script>document.title = 'other';</script>\n<script src=\"https://cdn.example/x.js\"></script>\n++++\n");

        // when
        Document page = Jsoup.parseBodyFragment(SANITIZER.sanitize(html).html());

        // then
        assertThat(page.select("script")).hasSize(1);
        assertThat(page.select("script").first().data().strip()).isEqualTo(SCRIPT);
    }

    @Test
    void should_not_let_a_forged_marker_stand_for_the_trusted_script() {
        // when
        String html = sanitize("++++\n<pb-trusted data-index=\"0\"></pb-trusted><script>alert(1)</script>\n++++\n")
                .html();

        // then
        assertThat(html).doesNotContain("<script").doesNotContain("pb-trusted");
    }

    @Test
    void should_remove_frames_objects_forms_svg_math_meta_base_and_styles() {
        // when
        String html = sanitize("++++\n<iframe src=\"https://evil.example\"></iframe><object data=\"x.swf\"></object>"
                        + "<embed src=\"x\"><form action=\"https://evil.example\"><input name=q></form>"
                        + "<svg><script>alert(1)</script></svg><math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>"
                        + "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\"><base href=\"https://evil.example/\">"
                        + "<style>@import 'https://evil.example/x.css';</style><link rel=stylesheet href=\"https://evil.example/y.css\">"
                        + "<div style=\"background:url(https://evil.example/z.png)\">styled</div>\n++++\n")
                .html();

        // then
        assertThat(html)
                .doesNotContain("iframe")
                .doesNotContain("object")
                .doesNotContain("embed")
                .doesNotContain("form")
                .doesNotContain("input")
                .doesNotContain("svg")
                .doesNotContain("math")
                .doesNotContain("meta")
                .doesNotContain("base")
                .doesNotContain("evil")
                .doesNotContain("style=")
                .contains("styled");
    }

    @Test
    void should_keep_the_matrix_pages_words_for_its_script() {
        // given: as traceability-matrix.adoc.ftl writes them
        String html = html("++++\n<div hidden id=\"pb-matrix-words\" data-columns=\"item title\" data-all=\"All\""
                + " data-showing=\"Showing {0} of {1} items\"></div>\n++++\n");

        // when
        HtmlSanitizer.Sanitized safe = SANITIZER.sanitize(html);

        // then
        assertThat(safe.changed()).isFalse();
        assertThat(safe.html()).isEqualTo(html);
    }

    @Test
    void should_keep_table_column_widths() {
        // when
        HtmlSanitizer.Sanitized safe = sanitize("[cols=\"1,2\",width=60%]\n|===\n| a | b\n|===\n\n+++<u>x</u>+++\n");

        // then
        assertThat(safe.html()).contains("<col style=\"width: 33.3333%;\">").contains("style=\"width: 60%;\"");
    }

    @Test
    void should_give_a_csp_hash_as_browsers_compute_it() {
        // the example of the CSP specification: 'sha256-' of "alert('Hello, world.');"
        assertThat(HtmlSanitizer.sha256("alert('Hello, world.');"))
                .isEqualTo("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='");
    }
}
