package io.programbook.core.edition;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.programbook.core.text.LocalText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The change notes of a bundled edition mapping in another language: one file per mapping and
 * language beside the mapping ({@code 2015+AMD1-2017_to_2023.de.yaml} for
 * {@code 2015+AMD1-2017_to_2023.yaml}), pairing each English note exactly as the mapping writes it
 * with its words in that language, all in Programbook's own words (never the standard's text).
 *
 * <p>The mapping itself keeps the English: a note travels as a {@link Note}, and only where a
 * document shows it (a suspect gap's detail, the changes document of {@code diff}) does it take the
 * words of the document's language, so {@code changes.json} and the build log stay English. A note
 * keyed by its English finds its translation whichever way the mapping is read (forwards or in
 * reverse); a note a file lacks (the joined notes of a chain of mappings) stays English.
 *
 * <p>A notes file is part of Programbook, not of a user's program: a mistake in one is a defect of
 * the build (an exception), and {@code MappingNotesTest} checks every shipped file is complete.
 */
public final class MappingNotes {

    /** The notes of one mapping in one language, as the file holds them. */
    public record Notes(String from, String to, String language, List<Entry> notes) {

        public Notes {
            notes = notes == null ? List.of() : List.copyOf(notes);
        }
    }

    /** One English note of the mapping and its words in the file's language. */
    public record Entry(String english, String text) {}

    /** A note of an edition mapping: English as the mapping writes it, translated where shown. */
    public record Note(String english) implements LocalText {

        @Override
        public String in(Locale locale) {
            return translate(english, locale);
        }

        @Override
        public String toString() {
            return english;
        }
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private static final Map<String, Optional<Notes>> FILES = new ConcurrentHashMap<>();
    private static final Map<String, Map<String, String>> TRANSLATIONS = new ConcurrentHashMap<>();

    private MappingNotes() {}

    /** A mapping's note, to show in the documents' language. */
    public static LocalText of(String english) {
        return new Note(english);
    }

    /**
     * The resource of a mapping's notes in a language: {@code
     * programbook/mappings/iec-62443-2-4/2015+AMD1-2017_to_2023.de.yaml} for the German notes of
     * {@code …/2015+AMD1-2017_to_2023.yaml}.
     */
    public static String resource(String mappingResource, String language) {
        if (!mappingResource.endsWith(".yaml")) {
            throw new IllegalArgumentException("not a mapping resource: " + mappingResource);
        }
        return mappingResource.substring(0, mappingResource.length() - ".yaml".length()) + "." + language + ".yaml";
    }

    /** The notes of a bundled mapping in a language; empty when that language has no notes file. */
    public static Optional<Notes> notes(String mappingResource, String language) {
        return FILES.computeIfAbsent(resource(mappingResource, language), MappingNotes::read);
    }

    private static Optional<Notes> read(String resource) {
        try (InputStream in = MappingNotes.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(YAML.readValue(in, Notes.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the mapping notes " + resource, e);
        }
    }

    /** The translations of every bundled mapping's notes into a language, by English note. */
    private static Map<String, String> translations(String language) {
        return TRANSLATIONS.computeIfAbsent(language, l -> {
            Map<String, String> byEnglish = new LinkedHashMap<>();
            for (String resource : EditionMappings.BUNDLED) {
                notes(resource, l).ifPresent(n -> n.notes().forEach(e -> byEnglish.putIfAbsent(e.english(), e.text())));
            }
            return Map.copyOf(byEnglish);
        });
    }

    /**
     * A note's words in the language of a locale: the translation a notes file gives, else the
     * English (English, the pseudo-locale and languages without notes files).
     */
    public static String translate(String english, Locale locale) {
        String language = locale.getLanguage();
        if (language.isEmpty() || language.equals("en") || english.isEmpty()) {
            return english;
        }
        String text = translations(language).get(english);
        return text == null || text.isBlank() ? english : text;
    }
}
