package io.programbook.core.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * AsciiDoc from statements and procedures cannot read files of the machine: the converter runs in
 * Asciidoctor's SECURE mode, whatever the document asks for. (Validation also rejects include
 * directives, so these documents never reach the converter through Programbook; this is the
 * second line of defence.)
 */
class SafeModeIT {

    private static final String SECRET = "top-secret-line-4711";

    @TempDir
    static Path dir;

    static Path secret;
    static Path image;

    @BeforeAll
    static void files() throws Exception {
        secret = Files.writeString(dir.resolve("secret.txt"), SECRET + "\n", StandardCharsets.UTF_8);
        image = Files.write(dir.resolve("secret.png"), (SECRET + "-as-image").getBytes(StandardCharsets.UTF_8));
    }

    private static String convert(String adoc) {
        return new DocumentConverter()
                .toHtmlBody(adoc, "target/programbook/handbook.adoc", Map.of())
                .output();
    }

    @Test
    void should_not_include_a_file_by_absolute_path() {
        // when
        String html = convert(
                "= Handbook\n\ninclude::" + secret.toAbsolutePath() + "[]\n\n----\ninclude::" + secret + "[]\n----\n");

        // then
        assertThat(html).doesNotContain(SECRET);
    }

    @Test
    void should_not_include_a_file_by_a_relative_path_climbing_out() {
        // given
        String climb = "../".repeat(20) + secret.toAbsolutePath().toString().substring(1);

        // when
        String html = convert("= Handbook\n\ninclude::" + climb + "[]\n");

        // then
        assertThat(html).doesNotContain(SECRET);
    }

    @Test
    void should_not_embed_a_local_image_even_when_the_document_asks_for_data_uris() {
        // when
        String html =
                convert("= Handbook\n:data-uri:\n:allow-uri-read:\n\nimage::" + image.toAbsolutePath() + "[Secret]\n");

        // then
        assertThat(html)
                .doesNotContain(
                        Base64.getEncoder().encodeToString((SECRET + "-as-image").getBytes(StandardCharsets.UTF_8)))
                .doesNotContain("data:image");
    }

    @Test
    void should_not_read_a_docinfo_or_stylesheet_file() {
        // when
        String html = convert("= Handbook\n:docinfo: shared\n:docinfodir: " + dir + "\n:stylesheet: " + secret
                + "\n:linkcss!:\n\nText.\n");

        // then
        assertThat(html).doesNotContain(SECRET);
    }
}
