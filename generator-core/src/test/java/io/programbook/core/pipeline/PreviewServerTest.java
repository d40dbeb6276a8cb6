package io.programbook.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.programbook.core.diag.Diagnostic;
import io.programbook.core.diag.Rule;
import io.programbook.core.diag.SourcePosition;
import io.programbook.core.text.Messages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The preview's server over raw HTTP, as any client on this machine could speak it: only the files
 * of the last good build, no way out of the output folder, no listing, only its own host name.
 */
class PreviewServerTest {

    private static final String PAGE = "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Security-Policy\""
            + " content=\"default-src &#39;none&#39;; script-src &#39;none&#39;\"></head>"
            + "<body><p>Handbook text</p></body></html>";

    private PreviewServer server;
    private int port;

    @BeforeEach
    void start() {
        server = PreviewServer.start("127.0.0.1", 0, shown(1, List.of()));
        port = server.root().getPort();
    }

    private static PreviewServer.Shown shown(int build, List<Diagnostic> problems) {
        return new PreviewServer.Shown(
                build,
                Map.of(
                        "handbook.html", PAGE.getBytes(StandardCharsets.UTF_8),
                        "coverage.json", "{\"covered\":1}".getBytes(StandardCharsets.UTF_8)),
                problems,
                Optional.empty(),
                Messages.english());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Sends one request as written, returns the whole response. */
    private String raw(String requestLine, String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + "\r\n" + (host == null ? "" : "Host: " + host + "\r\n")
                            + "Connection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            in.transferTo(response);
            return response.toString(StandardCharsets.UTF_8);
        }
    }

    private String get(String path) throws IOException {
        return raw("GET " + path + " HTTP/1.1", "127.0.0.1:" + port);
    }

    @Test
    void should_listen_on_the_loopback_address() {
        assertThat(server.root()).isEqualTo(URI.create("http://127.0.0.1:" + port + "/"));
    }

    @Test
    void should_serve_a_page_of_the_build_with_the_reload_script_and_a_widened_policy() throws IOException {
        String response = get("/handbook.html");
        assertThat(response).startsWith("HTTP/1.1 200").containsIgnoringCase("Cache-Control: no-store");
        assertThat(response).contains("<p>Handbook text</p><script data-build=\"1\">");
        assertThat(response).contains("connect-src &#39;self&#39;").doesNotContain("script-src &#39;none&#39;");
    }

    @Test
    void should_serve_other_files_as_they_are_under_a_sandbox_policy() throws IOException {
        String response = get("/coverage.json");
        assertThat(response)
                .startsWith("HTTP/1.1 200")
                .containsIgnoringCase("Content-Type: application/json")
                .containsIgnoringCase("Content-Security-Policy: default-src 'none'; sandbox")
                .endsWith("{\"covered\":1}");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/../pom.xml",
                "/../../../../etc/passwd",
                "/%2e%2e/pom.xml",
                "/%2E%2E%2Fpom.xml",
                "/..%2fpom.xml",
                "/..%5cpom.xml",
                "/.%2e/.%2e/etc/passwd",
                "//etc/passwd",
                "/./handbook.html",
                "/handbook.html/../handbook.html",
                "/C:%5cWindows%5cwin.ini",
                "/handbook.html%00.png",
                "/.programbook-state.json",
                "/validation-report.json",
                "/nothing.html"
            })
    void should_serve_nothing_outside_the_files_of_the_build(String path) throws IOException {
        String response = get(path);
        assertThat(response).as(path).matches("(?s)HTTP/1.1 (400|404).*");
        assertThat(response).doesNotContain("root:").doesNotContain("<project");
    }

    @Test
    void should_not_list_the_folder_but_lead_to_the_handbook() throws IOException {
        assertThat(get("/")).startsWith("HTTP/1.1 302").containsIgnoringCase("Location: /handbook.html");
    }

    @Test
    void should_answer_only_get_and_head() throws IOException {
        assertThat(raw("POST /handbook.html HTTP/1.1", "127.0.0.1:" + port))
                .startsWith("HTTP/1.1 405")
                .containsIgnoringCase("Allow: GET, HEAD");
        assertThat(raw("HEAD /handbook.html HTTP/1.1", "127.0.0.1:" + port))
                .startsWith("HTTP/1.1 200")
                .doesNotContain("Handbook text");
    }

    @ParameterizedTest
    @ValueSource(strings = {"attacker.example", "attacker.example:PORT", "127.0.0.1.nip.io:PORT", ""})
    void should_refuse_requests_for_another_host_name(String host) throws IOException {
        String response = raw("GET /handbook.html HTTP/1.1", host.replace("PORT", Integer.toString(port)));
        assertThat(response).startsWith("HTTP/1.1 403").doesNotContain("Handbook text");
    }

    @Test
    void should_answer_to_localhost() throws IOException {
        assertThat(raw("GET /handbook.html HTTP/1.1", "localhost:" + port)).startsWith("HTTP/1.1 200");
    }

    @Test
    void should_show_the_findings_above_the_last_good_page_escaped() throws IOException {
        server.show(shown(
                2,
                List.of(Diagnostic.error(
                        Rule.VALUE_INVALID,
                        SourcePosition.of("src/programbook/statements/a.yaml", 4, 5),
                        "'<script>alert(1)</script>' is not a valid status",
                        "valid values: implemented"))));
        String response = get("/handbook.html");
        assertThat(response)
                .contains("id=\"programbook-preview-problems\"")
                .contains("src/programbook/statements/a.yaml:4:5")
                .contains("&#39;&lt;script&gt;alert(1)&lt;/script&gt;&#39; is not a valid status")
                .doesNotContain("<script>alert(1)")
                .contains("<p>Handbook text</p>")
                .contains("data-build=\"2\"");
    }

    @Test
    void should_serve_the_findings_for_every_page_while_no_build_succeeded() throws IOException {
        server.show(new PreviewServer.Shown(
                3,
                Map.of(),
                List.of(Diagnostic.error(
                        Rule.FILE_MISSING, SourcePosition.wholeFile("src/programbook/program.yaml"), "missing")),
                Optional.empty(),
                Messages.english()));
        assertThat(get("/handbook.html"))
                .startsWith("HTTP/1.1 503")
                .contains("No build has succeeded yet")
                .contains("[PB-FILE-MISSING]".substring(1, 16));
        assertThat(get("/coverage.json")).startsWith("HTTP/1.1 404");
    }

    @Test
    void should_send_the_current_build_then_each_new_one_as_events() throws Exception {
        try (PreviewClient browser = new PreviewClient(server.root()).listen()) {
            assertThat(browser.nextBuild(Duration.ofSeconds(10))).isEqualTo(1);
            server.show(shown(2, List.of()));
            assertThat(browser.nextBuild(Duration.ofSeconds(10))).isEqualTo(2);
        }
    }

    @Test
    void should_say_what_to_do_when_the_port_is_taken() {
        assertThatThrownBy(() -> PreviewServer.start("127.0.0.1", port, shown(1, List.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the preview cannot listen on 127.0.0.1:" + port)
                .hasMessageEndingWith("choose another port with -Dprogrambook.port, or 0 for a free one");
    }

    @Test
    void should_name_the_file_of_a_plain_relative_path_only() {
        assertThat(PreviewServer.fileName("/handbook.html")).contains("handbook.html");
        assertThat(PreviewServer.fileName("/a%20b.html")).contains("a b.html");
        assertThat(PreviewServer.fileName("/sub/x.png")).contains("sub/x.png");
        assertThat(PreviewServer.fileName("/a/../b")).isEmpty();
        assertThat(PreviewServer.fileName("/%zz")).isEmpty();
    }
}
