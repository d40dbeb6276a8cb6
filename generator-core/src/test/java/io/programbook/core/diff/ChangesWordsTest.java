package io.programbook.core.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.api.DiffRequest;
import io.programbook.core.api.DiffResult;
import io.programbook.core.api.DocumentOptions;
import io.programbook.core.api.Generator;
import io.programbook.core.api.OutputFormat;
import io.programbook.core.testutil.GoldenFiles;
import io.programbook.core.text.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The changes document of {@code diff} takes every word from the message bundle in the request's
 * language, while {@code changes.json} stays the same in every language (data for tools).
 */
class ChangesWordsTest {

    private static final Path CASE = GoldenFiles.ROOT.resolve("changes-baseline");

    /** A message of the pseudo-locale, wrapped; the values inside may be users' text. */
    private static final Pattern WRAPPED = Pattern.compile("⟦[^⟦⟧]*⟧");

    @TempDir
    Path out;

    @Test
    void should_write_the_changes_document_in_the_language_of_the_request() throws IOException {
        // when
        DiffResult result = Generator.create().diff(request(Messages.PSEUDO));

        // then
        String adoc = Files.readString(out.resolve(ChangesDocuments.ADOC), StandardCharsets.UTF_8);
        assertThat(adoc)
                .contains("= pass:[⟦Çhåñgés sîñçé thé båsélîñé⟧]")
                .contains("== ⟦Ståtéméñts tö révîéw⟧")
                .contains("| ⟦Fröm⟧ | pass:[⟦baseline (vérsîöñ 1.3)⟧]");
        String outside = unwrapped(adoc);
        List<String> english = new ArrayList<>();
        for (String phrase : changesPhrases()) {
            if (outside.contains(phrase)) {
                english.add(phrase);
            }
        }
        assertThat(english)
                .as("English words of the changes outside the bundle")
                .isEmpty();
        assertThat(result.summary().get(0)).startsWith("Changes from baseline").doesNotContain("⟦");
    }

    @Test
    void should_keep_changes_json_and_the_build_log_the_same_in_every_language() throws IOException {
        // when
        DiffResult result = Generator.create().diff(request(Messages.PSEUDO));

        // then
        GoldenFiles.assertMatches(
                Files.readString(out.resolve(ChangesDocuments.JSON), StandardCharsets.UTF_8),
                CASE.resolve("expected/changes.json"));
        assertThat(String.join("\n", result.summary())).doesNotContain("⟦").contains("Coverage: 60.0 % to 80.0 %");
    }

    @Test
    void should_name_the_sides_and_show_the_mappings_notes_in_german_and_keep_changes_json_english()
            throws IOException {
        // when
        DiffResult result = Generator.create().diff(request(Locale.GERMAN));

        // then the sides' versions and the edition mapping's change notes are in German words
        String adoc = Files.readString(out.resolve(ChangesDocuments.ADOC), StandardCharsets.UTF_8);
        assertThat(adoc)
                .contains("| Von | baseline (Version 1.3)", "| Nach | current (Version 2.0)")
                .doesNotContain("(version ")
                .contains("Umformuliert zu einem Prozess, den der Dienstleister für den Betreiber ausführt")
                .doesNotContain("Reworded to a process", "asset owner");
        // changes.json and the build log stay English
        GoldenFiles.assertMatches(
                Files.readString(out.resolve(ChangesDocuments.JSON), StandardCharsets.UTF_8),
                CASE.resolve("expected/changes.json"));
        assertThat(result.summary().get(0)).isEqualTo("Changes from baseline (version 1.3) to current (version 2.0)");
    }

    private DiffRequest request(Locale locale) {
        return new DiffRequest(
                CASE,
                CASE.resolve("current"),
                out,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(CASE.resolve("baseline")),
                Optional.empty(),
                DocumentOptions.of(Set.of(OutputFormat.ADOC)).withLocale(locale));
    }

    /** The document with every wrapped message taken out, innermost first. */
    private static String unwrapped(String text) {
        String before;
        String after = text;
        do {
            before = after;
            after = WRAPPED.matcher(before).replaceAll(" ");
        } while (!after.equals(before));
        return after;
    }

    /**
     * The literal English of the bundle's changes section, cut at its values: every piece of three
     * letters or more that holds a space (one word alone may be a value's word, e.g. a title's).
     */
    private static List<String> changesPhrases() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("/programbook/messages/messages.properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> phrases = new ArrayList<>();
        for (String key : bundle.stringPropertyNames()) {
            if (!key.startsWith("changes.")) {
                continue;
            }
            for (String piece : bundle.getProperty(key).split("\\{[^}]*}|[*`_\"()]")) {
                String phrase = piece.replace("''", "'").strip();
                if (phrase.contains(" ") && phrase.length() > 6) {
                    phrases.add(phrase);
                }
            }
        }
        assertThat(phrases).hasSizeGreaterThan(40);
        return phrases;
    }
}
