package io.programbook.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.edition.Aspect;
import io.programbook.core.edition.Change;
import io.programbook.core.model.Status;
import io.programbook.core.model.VerificationResult;
import io.programbook.core.trace.Coverage;
import io.programbook.core.trace.GapKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message key the templates and the Java code use is in the English bundle, every shipped
 * bundle has exactly the English keys, and every value is a valid {@link MessageFormat} pattern
 * that keeps its apostrophes (written twice).
 */
class MessageKeysTest {

    private static final Path TEMPLATES = Path.of("../templates/src/main/resources/programbook/templates");
    private static final Path BUNDLES = Path.of("../templates/src/main/resources/programbook/messages");
    private static final Path JAVA = Path.of("src/main/java");

    /** {@code msg("handbook.scope.title"} in a template. */
    private static final Pattern TEMPLATE_KEY = Pattern.compile("msg\\(\"([a-z0-9.-]+)\"");

    /** {@code msg("matrix.table." + c)} in a template: a family of keys. */
    private static final Pattern TEMPLATE_PREFIX = Pattern.compile("msg\\(\"([a-z0-9.-]+\\.)\"\\s*\\+");

    /** A string literal in Java that names a message key. */
    private static final Pattern JAVA_KEY = Pattern.compile(
            "\"((?:common|changes|decision|status|coverage|verification|edition|gap|gap-report|handbook|applicability|matrix|page)"
                    + "\\.[a-z0-9.-]*[a-z0-9])\"");

    private static final Pattern FILE_NAME = Pattern.compile("\\.(adoc|html|pdf|csv|xlsx|json|ftlh?|css|js)$");

    /** A single apostrophe: MessageFormat would swallow it. */
    private static final Pattern SINGLE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @Test
    void should_have_every_key_a_template_uses() throws IOException {
        Set<String> keys = english();
        List<String> missing = new ArrayList<>();
        int used = 0;
        for (Path template : files(TEMPLATES, ".ftl", ".ftlh")) {
            String text = Files.readString(template);
            Matcher key = TEMPLATE_KEY.matcher(text);
            while (key.find()) {
                if (key.group(1).endsWith(".")) {
                    continue; // a family of keys, below
                }
                used++;
                if (!keys.contains(key.group(1))) {
                    missing.add(template.getFileName() + ": " + key.group(1));
                }
            }
            Matcher prefix = TEMPLATE_PREFIX.matcher(text);
            while (prefix.find()) {
                if (keys.stream().noneMatch(k -> k.startsWith(prefix.group(1)))) {
                    missing.add(template.getFileName() + ": " + prefix.group(1) + "*");
                }
            }
        }
        assertThat(used).isGreaterThan(150);
        assertThat(missing).isEmpty();
    }

    @Test
    void should_have_every_key_the_java_code_names() throws IOException {
        Set<String> keys = english();
        List<String> missing = new ArrayList<>();
        int used = 0;
        for (Path source : files(JAVA, ".java")) {
            Matcher key = JAVA_KEY.matcher(Files.readString(source));
            while (key.find()) {
                if (FILE_NAME.matcher(key.group(1)).find()) {
                    continue; // handbook.adoc, coverage.json: a file, not a key
                }
                used++;
                if (!keys.contains(key.group(1))) {
                    missing.add(source.getFileName() + ": " + key.group(1));
                }
            }
        }
        assertThat(used).isGreaterThan(40);
        assertThat(missing).isEmpty();
    }

    @Test
    void should_have_the_words_of_every_token_readers_see() {
        Set<String> keys = english();
        List<String> wanted = new ArrayList<>();
        for (GapKind kind : GapKind.values()) {
            wanted.add(kind.title().key());
            wanted.add(kind.action().key());
            if (kind != GapKind.SUSPECT) {
                wanted.add("gap.detail." + kind.code());
            }
        }
        Stream.of(Status.values()).forEach(s -> wanted.add(s.message().key()));
        Stream.of(Coverage.values()).forEach(c -> wanted.add(c.message().key()));
        Stream.of(VerificationResult.values())
                .forEach(r -> wanted.add(r.message().key()));
        Stream.of(Change.values()).forEach(c -> wanted.add(c.message().key()));
        Stream.of(Aspect.values()).forEach(a -> wanted.add(a.message().key()));
        assertThat(keys).containsAll(wanted);
    }

    @Test
    void should_give_every_shipped_bundle_the_same_keys() throws IOException {
        Set<String> english = english();
        for (Path bundle : files(BUNDLES, ".properties")) {
            assertThat(keys(bundle)).as(bundle.getFileName().toString()).isEqualTo(english);
        }
    }

    @Test
    void should_write_every_message_as_a_pattern_that_keeps_its_apostrophes() throws IOException {
        for (Path bundle : files(BUNDLES, ".properties")) {
            Properties messages = load(bundle);
            for (String key : messages.stringPropertyNames()) {
                String value = messages.getProperty(key);
                if (key.startsWith("format.")) {
                    continue;
                }
                assertThat(SINGLE_APOSTROPHE.matcher(value).find())
                        .as("%s in %s: write an apostrophe twice", key, bundle.getFileName())
                        .isFalse();
                new MessageFormat(value, Locale.ROOT); // throws on a broken pattern
            }
        }
    }

    @Test
    void should_find_a_key_that_is_not_in_the_bundle() {
        assertThat(english()).doesNotContain("handbook.scope.titel");
        Matcher m = TEMPLATE_KEY.matcher("${msg(\"handbook.scope.titel\")}");
        assertThat(m.find()).isTrue();
        assertThat(m.group(1)).isEqualTo("handbook.scope.titel");
        assertThat(SINGLE_APOSTROPHE.matcher("the organisation's own").find()).isTrue();
        assertThat(SINGLE_APOSTROPHE.matcher("the organisation''s own").find()).isFalse();
    }

    private static Set<String> english() {
        try (InputStream in = Messages.class.getResourceAsStream("/programbook/messages/messages.properties")) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new TreeSet<>(properties.stringPropertyNames());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> keys(Path bundle) throws IOException {
        return new TreeSet<>(load(bundle).stringPropertyNames());
    }

    private static Properties load(Path bundle) throws IOException {
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static List<Path> files(Path root, String... endings) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> Stream.of(endings)
                            .anyMatch(e -> p.getFileName().toString().endsWith(e)))
                    .sorted()
                    .toList();
        }
    }
}
