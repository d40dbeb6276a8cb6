package io.programbook.core.convert;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.sun.net.httpserver.HttpServer;
import io.programbook.core.api.ContentPolicy;
import io.programbook.core.api.DocumentOptions;
import io.programbook.core.api.GenerateRequest;
import io.programbook.core.api.GenerateResult;
import io.programbook.core.api.Generator;
import io.programbook.core.api.OutputFormat;
import io.programbook.core.testutil.Chromium;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile program text in every field that reaches a page: a corpus of injection vectors (script
 * tags, event handlers, javascript:/data:/vbscript: links, attribute break-outs, SVG and MathML,
 * CSS, meta refresh, frames, objects, forms, base, srcdoc, remote images, fonts and style sheets,
 * every form of passthrough, entity tricks) goes into statement text, justification, evidence titles,
 * verification notes, procedures, the scope, organisation, roles, profile parameters, the
 * organisation's own requirements and the licensed text overlay. The program is built with
 * passthroughs allowed, so that the sanitizer, not only the finding, stands between the text and the
 * page.
 *
 * <p>Each page is then checked twice: in its HTML (no event handler, no script but the run's own, no
 * unsafe link, frame, form or remote image), and in headless Chromium, which opens it as written and
 * once more without its Content-Security-Policy (so that the sanitizer is tested alone): every vector
 * tries to change the page's title and to call a server on 127.0.0.1, which must receive no request.
 * Skipped where Chromium is not installed, except in CI.
 */
class InjectionBrowserIT {

    static final String MARK = "PWNED";
    static final List<String> PAGES =
            List.of("handbook.html", "applicability.html", "traceability-matrix.html", "gap-report.html");

    static Path project;
    static Path output;
    static HttpServer server;
    static final List<String> requests = new CopyOnWriteArrayList<>();
    static Chromium chromium;
    static GenerateResult result;

    /** The corpus: each vector, given the payload script and the address it calls. */
    static List<String> vectors(String js, String url) {
        String img = "<img src=x onerror=\"" + js + "\">";
        return List.of(
                // passthroughs of every form
                "Inline +++<script>" + js + "</script>+++ passthrough.",
                "Macro pass:[" + img + "] passthrough.",
                "++++\n<svg onload=\"" + js + "\"></svg>\n++++",
                "[pass]\n<body onload=\"" + js + "\">",
                "[subs=none]\n<script>" + js + "</script>",
                "[subs=quotes]\n<img src=\"" + url + "/subs.png\">",
                "pass:q[<b onmouseover=\"" + js + "\">bold</b>]",
                // links and attribute break-outs
                "https://example.com/\"autofocus=\"autofocus\"onfocus=\"" + js + "\"x[our portal]",
                "link:javascript:" + js.replace(" ", "%20") + "[javascript link]",
                "link:data:text/html;base64,PHNjcmlwdD5kb2N1bWVudC50aXRsZT0nUFdORUQnPC9zY3JpcHQ+[data link]",
                "image:x.png[Picture,link=\"javascript:" + js + "\"]",
                "link:vbscript:msgbox(1)[vbscript link]",
                "link:&#106;avascript:alert(1)[entity link]",
                "<<\"onmouseover=\"" + js + ",x>>",
                "[.x\" onmouseover=\"" + js + "]#role#",
                "[[x\" onmouseover=\"" + js + "]]anchor",
                "xref:javascript:alert(1)[xref]",
                "+++<a href=\"JaVaScRiPt:" + js + "\">mixed case</a>+++",
                "+++<a href=\"&#106;avascript:" + js + "\">entity</a>+++",
                "+++<a href=\"java&#x09;script:" + js + "\">tab</a>+++",
                "+++<a href=\"data:text/html,&lt;script&gt;" + js + "&lt;/script&gt;\">data</a>+++",
                "+++<button formaction=\"javascript:" + js + "\">button</button>+++",
                // frames, objects, forms, base, meta
                "+++<iframe src=\"" + url + "/frame\"></iframe>+++",
                "+++<iframe srcdoc=\"<script>" + js + "</script>\"></iframe>+++",
                "+++<object data=\"" + url + "/object\"></object>+++",
                "+++<embed src=\"" + url + "/embed\">+++",
                "+++<form action=\"" + url + "/form\"><input name=q autofocus onfocus=\"" + js
                        + "\"><button>go</button></form>+++",
                "+++<base href=\"" + url + "/base/\">+++",
                "+++<meta http-equiv=\"refresh\" content=\"0;url=" + url + "/refresh\">+++",
                // remote style sheets, fonts, images
                "+++<link rel=\"stylesheet\" href=\"" + url + "/sheet.css\">+++",
                "+++<style>@import url(" + url + "/import.css);</style>+++",
                "+++<div style=\"background-image:url(" + url + "/bg.png)\">css</div>+++",
                "+++<style>@font-face{font-family:x;src:url(" + url + "/font.woff)} p{font-family:x}</style>+++",
                "+++<img src=\"" + url + "/img.png\">+++",
                "+++<img srcset=\"" + url + "/srcset.png 1x\">+++",
                "+++<picture><source srcset=\"" + url + "/picture.png\"><img src=\"a.png\"></picture>+++",
                "+++<table background=\"" + url + "/table.png\"><tr><td>cell</td></tr></table>+++",
                "+++<link rel=\"prefetch\" href=\"" + url + "/prefetch\">+++",
                "+++<script src=\"" + url + "/script.js\"></script>+++",
                "image::" + url + "/macro.png[Remote image]",
                "image::{beacon}/indirect.png[Remote image through a parameter]",
                "video::" + url + "/video.mp4[]",
                "audio::" + url + "/audio.mp3[]",
                "video::dQw4w9WgXcQ[youtube]",
                // SVG, MathML and parser tricks
                "+++<svg><script>" + js + "</script></svg>+++",
                "+++<svg><a xlink:href=\"javascript:" + js + "\"><text y=\"20\">svg link</text></a></svg>+++",
                "+++<math><mtext><table><mglyph><style><img src=x onerror=\"" + js + "\">+++",
                "+++<noscript><p title=\"</noscript><img src=x onerror=" + js.replace(" ", "") + ">\">+++",
                "+++<scr<script>ipt>" + js + "</script>+++",
                "+++<!--><script>" + js + "</script>-->+++",
                "+++<template><script>" + js + "</script></template>+++",
                "+++<details open ontoggle=\"" + js + "\">details</details>+++",
                "+++<video><source onerror=\"" + js + "\"></video>+++",
                "+++<object data=\"javascript:" + js + "\"></object>+++",
                "+++<img src=\"data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIG9ubG9hZD0iZG9jdW1lbnQudGl0bGU9J1BXTkVEJyIvPg==\">+++",
                "footnote:[+++<script>" + js + "</script>+++]",
                "kbd:[+++<img src=x onerror=\"" + js + "\">+++]",
                "{payload}",
                "&lt;script&gt;" + js + "&lt;/script&gt; &#60;script&#62;" + js + "&#60;/script&#62;");
    }

    static String js(int n) {
        return "document.title='" + MARK + "-" + n + "';fetch('" + url(n) + "/js')";
    }

    static String url(int n) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v" + n;
    }

    static List<String> corpus() {
        List<String> corpus = new ArrayList<>();
        int count = vectors("", "").size();
        for (int n = 0; n < count; n++) {
            corpus.add(vectors(js(n), url(n)).get(n));
        }
        return corpus;
    }

    /** One line of a vector, for plain-text fields that take a single line. */
    static String oneLine(String vector) {
        return vector.replace('\n', ' ');
    }

    @BeforeAll
    static void build() throws IOException {
        chromium = Chromium.required();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        project = Files.createTempDirectory("pb-injection");
        output = project.resolve("target/programbook");
        writeProgram(project.resolve("src/programbook"), corpus());
        result = Generator.create()
                .generate(new GenerateRequest(
                        project,
                        project.resolve("src/programbook"),
                        output,
                        Optional.empty(),
                        DocumentOptions.of(Set.of(OutputFormat.HTML)),
                        new ContentPolicy(true, false)));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    static void writeProgram(Path dir, List<String> corpus) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()
                .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER));
        Files.createDirectories(dir.resolve("statements"));
        Files.createDirectories(dir.resolve("procedures"));
        String adoc = String.join("\n\n", corpus) + "\n";
        int size = corpus.size();

        Map<String, Object> program = new LinkedHashMap<>();
        program.put(
                "organisation",
                Map.of(
                        "name", oneLine(corpus.get(0)),
                        "address", oneLine(corpus.get(1)),
                        "contact", oneLine(corpus.get(7))));
        // the pages' title: a vector without the payload, so that a title with the mark can only come from a script
        program.put("program", Map.of("title", oneLine(corpus.get(5)), "version", "1.0", "date", "2026-10-01"));
        program.put("catalog", "iec-62443-2-4@2023");
        program.put("profile", "profile.yaml");
        program.put("scope", adoc);
        List<Map<String, String>> roles = new ArrayList<>();
        for (int n = 0; n < size; n++) {
            roles.add(Map.of("id", "role-" + n, "name", oneLine(corpus.get(n)), "description", corpus.get(n)));
        }
        program.put("roles", roles);
        program.put(
                "overlay",
                Map.of(
                        "file", "overlay.yaml",
                        "licensee", oneLine(corpus.get(3)),
                        "licence", oneLine(corpus.get(4))));
        yaml.writeValue(dir.resolve("program.yaml").toFile(), program);

        Map<String, Object> items = new LinkedHashMap<>();
        items.put(
                "SP.01.01 BR",
                Map.of("topic", oneLine(corpus.get(5)), "subtopic", oneLine(corpus.get(6)), "text", adoc));
        items.put("SP.01.02 BR", Map.of("text", adoc));
        yaml.writeValue(dir.resolve("overlay.yaml").toFile(), Map.of("catalog", "iec-62443-2-4@2023", "items", items));

        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("beacon", url(size));
        parameters.put("payload", "pass:[<script>" + js(size + 1) + "</script>]");
        for (int n = 0; n < size; n++) {
            parameters.put("p" + n, oneLine(corpus.get(n)));
        }
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("id", "injection");
        profile.put("name", oneLine(corpus.get(8)));
        profile.put("version", "1");
        profile.put("description", oneLine(corpus.get(9)));
        profile.put("catalog", "iec-62443-2-4@2023");
        profile.put("defaultMaturity", "ML2");
        profile.put("include", List.of("SP.01.01 BR", "SP.01.02 BR", "SP.01.03 BR", "ORG.01"));
        profile.put("exclude", List.of(Map.of("select", "SP.01.04 BR", "rationale", oneLine(corpus.get(10)))));
        profile.put("additions", List.of("org.yaml"));
        profile.put("parameters", parameters);
        yaml.writeValue(dir.resolve("profile.yaml").toFile(), profile);

        Map<String, Object> group = new LinkedHashMap<>();
        group.put("id", "ORG.01");
        group.put("name", oneLine(corpus.get(11)));
        group.put("description", oneLine(corpus.get(12)));
        group.put("items", List.of(Map.of("id", "ORG.01.01 BR", "title", oneLine(corpus.get(13)))));
        Map<String, Object> org = new LinkedHashMap<>();
        org.put("id", "org-requirements");
        org.put("edition", "2026");
        org.put("title", oneLine(corpus.get(14)));
        org.put("note", oneLine(corpus.get(15)));
        org.put("groups", List.of(group));
        yaml.writeValue(dir.resolve("org.yaml").toFile(), org);

        StringBuilder references = new StringBuilder();
        for (int n = 0; n < size; n++) {
            references.append("Parameter ").append(n).append(": {p").append(n).append("}\n\n");
        }
        List<Map<String, Object>> evidence = new ArrayList<>();
        List<Map<String, Object>> verification = new ArrayList<>();
        for (int n = 0; n < size; n++) {
            evidence.add(Map.of(
                    "url", "https://example.com/evidence/" + n, "title", oneLine(corpus.get(n)), "date", "2026-09-01"));
            verification.add(Map.of(
                    "by", oneLine(corpus.get(n)), "date", "2026-09-02", "result", "pass", "note", corpus.get(n)));
        }
        List<Map<String, Object>> statements = new ArrayList<>();
        Map<String, Object> implemented = new LinkedHashMap<>();
        implemented.put("item", "SP.01.01 BR");
        implemented.put("status", "implemented");
        implemented.put("maturity", "ML2");
        implemented.put("owner", "role-0");
        implemented.put("text", adoc + "\n" + references);
        implemented.put("procedures", List.of("hostile"));
        implemented.put("evidence", evidence);
        implemented.put("verification", verification);
        statements.add(implemented);
        Map<String, Object> notApplicable = new LinkedHashMap<>();
        notApplicable.put("item", "SP.01.02 BR");
        notApplicable.put("status", "not-applicable");
        notApplicable.put("owner", "role-1");
        notApplicable.put("justification", adoc);
        statements.add(notApplicable);
        Map<String, Object> partial = new LinkedHashMap<>();
        partial.put("item", "ORG.01.01 BR");
        partial.put("status", "partial");
        partial.put("maturity", "ML1");
        partial.put("owner", "role-2");
        partial.put("text", adoc);
        statements.add(partial);
        yaml.writeValue(dir.resolve("statements/hostile.yaml").toFile(), Map.of("statements", statements));

        Files.writeString(
                dir.resolve("procedures/hostile.adoc"),
                "= " + oneLine(corpus.get(16)) + "\n:pb-satisfies: SP.01.01 BR\n:pb-owner: role-3\n\n" + adoc,
                StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"handbook.html", "applicability.html", "traceability-matrix.html", "gap-report.html"})
    void should_carry_no_event_handler_script_frame_form_or_unsafe_address(String name) throws IOException {
        // given
        Document page = Jsoup.parse(Files.readString(output.resolve(name), StandardCharsets.UTF_8));
        Element body = page.body();

        // then
        List<String> handlers = new ArrayList<>();
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                if (attribute.getKey().toLowerCase(Locale.ROOT).startsWith("on")
                        || attribute.getKey().equalsIgnoreCase("srcdoc")
                        || attribute.getKey().equalsIgnoreCase("formaction")
                        || attribute.getKey().equalsIgnoreCase("background")
                        || attribute.getKey().equalsIgnoreCase("srcset")) {
                    handlers.add(element.tagName() + "[" + attribute.getKey() + "]");
                }
            }
        }
        assertThat(handlers).isEmpty();
        assertThat(body.select("iframe, object, embed, form, input, button, base, meta, link, svg, math, template,"
                        + " noscript, video, audio, source, picture"))
                .isEmpty();
        // the matrix page's own script and style sheet, nothing else
        assertThat(body.select("script")).hasSize(name.equals("traceability-matrix.html") ? 1 : 0);
        assertThat(body.select("style")).hasSize(name.equals("traceability-matrix.html") ? 1 : 0);
        Pattern allowedLink = Pattern.compile("(?:https?:|mailto:|#|[a-z0-9-]+\\.(?:html|pdf|csv|xlsx|json)(?:#|$)).*");
        for (Element link : body.select("a[href]")) {
            assertThat(link.attr("href")).matches(allowedLink);
        }
        for (Element image : body.select("img[src]")) {
            String src = image.attr("src");
            if (src.startsWith("data:image/svg+xml")) {
                // the overview's charts: only the inert subset Programbook draws itself
                assertThat(InertSvg.is(src)).as("inert chart %s", src).isTrue();
            } else {
                assertThat(src).matches("data:image/(?:png|jpeg);base64,.*|[A-Za-z0-9_][A-Za-z0-9_./-]*");
            }
        }
        for (Element styled : body.select("[style]")) {
            assertThat(styled.attr("style")).matches("width: [0-9.]+%;");
        }
        assertThat(page.select("head meta[http-equiv=Content-Security-Policy]").attr("content"))
                .startsWith("default-src 'none'; script-src ");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"handbook.html", "applicability.html", "traceability-matrix.html", "gap-report.html"})
    void should_run_no_script_and_call_no_server_in_chromium(String name) throws IOException {
        // given
        Path page = output.resolve(name);
        String html = Files.readString(page, StandardCharsets.UTF_8);
        Path withoutPolicy = output.resolve("no-csp-" + name);
        Files.writeString(
                withoutPolicy,
                html.replaceFirst("<meta http-equiv=\"Content-Security-Policy\"[^>]*>", ""),
                StandardCharsets.UTF_8);
        assertThat(Files.readString(withoutPolicy, StandardCharsets.UTF_8)).doesNotContain("Content-Security-Policy");
        String title = Jsoup.parse(html).title();

        // when
        Chromium.Opened asWritten = chromium.open(page.toUri().toString(), List.of("--virtual-time-budget=3000"));
        Document opened = Jsoup.parse(asWritten.dom());
        Document sanitizerOnly =
                Jsoup.parse(chromium.dumpDom(withoutPolicy.toUri().toString(), List.of("--virtual-time-budget=3000")));

        // then
        assertThat(asWritten.log())
                .as("the policy refuses none of the page's own scripts and styles")
                .doesNotContain("Content Security Policy");
        // the title names the organisation, whose name is a vector: as text, never what a payload sets
        assertThat(title).doesNotMatch(Pattern.quote(MARK) + "-\\S*");
        assertThat(opened.title()).isEqualTo(title);
        assertThat(sanitizerOnly.title()).isEqualTo(title);
        assertThat(requests.stream().filter(r -> !r.contains("/control")))
                .as("requests to the local server")
                .isEmpty();
        if (name.equals("traceability-matrix.html")) {
            // the page's own script still runs under its policy
            assertThat(opened.getElementById("pb-matrix-count")).isNotNull();
        }
    }

    @org.junit.jupiter.api.Test
    void should_see_a_script_and_a_request_where_a_page_has_them() throws IOException {
        // given: the detectors' control, a page that does run a script and call the server
        Path control = Files.writeString(
                output.resolve("control.html"),
                "<!DOCTYPE html><html><head><title>control</title></head><body><img src=\"" + url(0)
                        + "/control.png\"><script>document.title='" + MARK + "-control'</script></body></html>",
                StandardCharsets.UTF_8);

        // when
        Document opened =
                Jsoup.parse(chromium.dumpDom(control.toUri().toString(), List.of("--virtual-time-budget=3000")));

        // then
        assertThat(opened.title()).isEqualTo(MARK + "-control");
        assertThat(requests).contains("GET /v0/control.png");
    }

    @org.junit.jupiter.api.Test
    void should_accept_the_corpus_with_warnings_only() {
        // then: every vector was a warning, none an error (passthroughs were allowed), so the pages were written
        assertThat(corpus()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(result.files()).extracting(p -> p.getFileName().toString()).containsAll(PAGES);
        assertThat(result.warnings().stream().map(d -> d.rule().code()).distinct())
                .contains("PB-PASSTHROUGH", "PB-LINK-UNSAFE", "PB-REMOTE-IMAGE", "PB-UNSAFE-HTML");
    }
}
