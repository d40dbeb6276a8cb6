package io.programbook.core.convert;

import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.convert.ConversionCache.Entry;
import io.programbook.core.convert.ConversionCache.Warning;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The conversion cache on its own: keys, round trip, damaged entries, the bound. No JRuby. */
class ConversionCacheTest {

    private static final Map<String, String> OPTIONS = Map.of("backend", "html5");

    @TempDir
    Path folder;

    private static String key(String adoc) {
        return ConversionCache.key(adoc, "target/programbook/handbook.adoc", Map.of("a", "1"), OPTIONS);
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".entry")).sorted().toList();
        }
    }

    @Test
    void should_return_what_was_stored_with_its_warnings() {
        ConversionCache cache = new ConversionCache(folder.resolve("cache"));
        Entry entry = new Entry(
                "<p>Grüße &amp; more</p>", List.of(new Warning(3, "skipping reference"), new Warning(0, "x")));

        cache.put(key("= A"), entry);

        assertThat(new ConversionCache(folder.resolve("cache")).get(key("= A"))).contains(entry);
        assertThat(cache.get(key("= B"))).isEmpty();
    }

    @Test
    void should_key_on_text_source_attributes_and_options() {
        String base = ConversionCache.key("= A", "h.adoc", Map.of("a", "1"), OPTIONS);

        assertThat(Stream.of(
                        ConversionCache.key("= A ", "h.adoc", Map.of("a", "1"), OPTIONS),
                        ConversionCache.key("= A", "g.adoc", Map.of("a", "1"), OPTIONS),
                        ConversionCache.key("= A", "h.adoc", Map.of("a", "2"), OPTIONS),
                        ConversionCache.key("= A", "h.adoc", Map.of("a", "1", "b", ""), OPTIONS),
                        ConversionCache.key("= A", "h.adoc", Map.of("a", "1"), Map.of("backend", "docbook")),
                        // no ambiguity where one string ends and the next begins
                        ConversionCache.key("= A", "h.adoc", Map.of("a1", ""), OPTIONS)))
                .doesNotContain(base)
                .doesNotHaveDuplicates();
        assertThat(ConversionCache.key("= A", "h.adoc", Map.of("a", "1"), OPTIONS))
                .isEqualTo(base)
                .matches("[0-9a-f]{64}");
        assertThat(ConversionCache.engineVersion()).contains("asciidoctor=2.").contains("asciidoctorj=3.");
    }

    @Test
    void should_ignore_and_remove_an_entry_whose_content_does_not_match_its_checksum() throws IOException {
        ConversionCache cache = new ConversionCache(folder);
        cache.put(key("= A"), new Entry("<p>safe</p>", List.of()));
        Path file = entries().get(0);
        byte[] bytes = Files.readAllBytes(file);
        // an edit of the HTML that keeps its length: <p>safe</p> becomes <p>SAFE</p>
        String text = new String(bytes, StandardCharsets.ISO_8859_1).replace("safe", "SAFE");
        Files.write(file, text.getBytes(StandardCharsets.ISO_8859_1));

        assertThat(cache.get(key("= A"))).isEmpty();
        assertThat(file).doesNotExist();
    }

    @Test
    void should_ignore_truncated_empty_and_foreign_entries() throws IOException {
        ConversionCache cache = new ConversionCache(folder);
        cache.put(key("= A"), new Entry("<p>a</p>", List.of(new Warning(1, "w"))));
        Path file = entries().get(0);
        byte[] bytes = Files.readAllBytes(file);

        for (byte[] damaged : List.of(
                Arrays.copyOf(bytes, bytes.length - 3),
                new byte[0],
                "not a cache entry at all, but long enough to hold a checksum".getBytes(),
                Arrays.copyOf(bytes, bytes.length + 1))) {
            Files.write(file, damaged);
            assertThat(cache.get(key("= A"))).isEmpty();
        }
        assertThat(ConversionCache.decode(bytes)).isPresent();
    }

    @Test
    void should_remove_the_least_recently_used_entries_beyond_its_bound() throws IOException {
        String html = "x".repeat(1000);
        long entrySize = ConversionCache.encode(new Entry(html, List.of())).length;
        ConversionCache cache = new ConversionCache(folder, entrySize * 2);
        cache.put(key("= 1"), new Entry(html, List.of()));
        cache.put(key("= 2"), new Entry(html, List.of()));
        Files.setLastModifiedTime(
                folder.resolve(key("= 1") + ".entry"), FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        Files.setLastModifiedTime(
                folder.resolve(key("= 2") + ".entry"), FileTime.from(Instant.parse("2021-01-01T00:00:00Z")));
        // reading the first makes it the most recently used
        assertThat(cache.get(key("= 1"))).isPresent();

        cache.put(key("= 3"), new Entry(html, List.of()));

        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.get(key("= 2"))).isEmpty();
        assertThat(cache.get(key("= 1"))).isPresent();
        assertThat(cache.get(key("= 3"))).isPresent();
    }

    @Test
    void should_skip_storing_when_the_folder_cannot_be_made() throws IOException {
        Path file = Files.writeString(folder.resolve("a-file"), "not a folder");
        ConversionCache cache = new ConversionCache(file.resolve("cache"));

        cache.put(key("= A"), new Entry("<p>a</p>", List.of()));

        assertThat(cache.get(key("= A"))).isEmpty();
        assertThat(cache.size()).isZero();
    }
}
