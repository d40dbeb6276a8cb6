package io.programbook.core.load;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.programbook.core.model.Catalog;
import io.programbook.core.model.Group;
import io.programbook.core.model.Item;
import io.programbook.core.model.MaturityLevel;
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
 * A bundled catalogue's titles in another language: one file per edition and language beside the
 * catalogue ({@code programbook/catalogs/iec-62443-2-4/2023.de.yaml} for {@code 2023.yaml}), holding
 * per item id its short title, per functional area its name and description, per maturity level its
 * name and description, and the catalogue's title and note, all in Programbook's own words (never
 * the standard's text). When documents are written in that language, the titles replace the
 * English ones; ids, tags and everything else stay as they are. English and the pseudo-locale use
 * the catalogue as it is.
 *
 * <p>A titles file is part of Programbook, not of a user's program: a mistake in one is a defect of
 * the build (an exception), and {@code CatalogTitlesTest} checks every shipped file is complete.
 */
public final class CatalogTitles {

    /** The titles of one catalogue edition in one language, as the file holds them. */
    public record Titles(
            String catalog,
            String language,
            String title,
            String note,
            Map<String, Named> maturityLevels,
            Map<String, Named> groups,
            Map<String, String> items) {

        public Titles {
            maturityLevels = maturityLevels == null ? Map.of() : new LinkedHashMap<>(maturityLevels);
            groups = groups == null ? Map.of() : new LinkedHashMap<>(groups);
            items = items == null ? Map.of() : new LinkedHashMap<>(items);
        }
    }

    /** A name and its description (a functional area, a maturity level). */
    public record Named(String name, String description) {}

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private static final Map<String, Optional<Titles>> CACHE = new ConcurrentHashMap<>();

    private CatalogTitles() {}

    /**
     * The resource of a catalogue's titles in a language: {@code iec-62443-2-4@2015+AMD1:2017} in
     * German is {@code programbook/catalogs/iec-62443-2-4/2015+AMD1-2017.de.yaml}; empty when the
     * catalogue is not bundled.
     */
    public static Optional<String> resource(String catalogReference, String language) {
        return BundledData.catalogResource(catalogReference)
                .map(r -> r.substring(0, r.length() - ".yaml".length()) + "." + language + ".yaml");
    }

    /** The titles of a bundled catalogue in a language; empty when that language has no titles file. */
    public static Optional<Titles> titles(String catalogReference, String language) {
        return CACHE.computeIfAbsent(
                catalogReference + "/" + language,
                key -> resource(catalogReference, language).flatMap(CatalogTitles::read));
    }

    private static Optional<Titles> read(String resource) {
        try (InputStream in = CatalogTitles.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(YAML.readValue(in, Titles.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the catalogue titles " + resource, e);
        }
    }

    /** Whether documents in this locale keep the catalogue's own (English) words. */
    private static boolean english(Locale locale) {
        return locale.getLanguage().equals("en") || locale.getLanguage().isEmpty();
    }

    /**
     * The catalogue with its titles in the language of the locale, where Programbook ships them; the
     * catalogue itself for English, the pseudo-locale and catalogues without a titles file (the
     * organisation's own requirements keep the words they were written in).
     */
    public static Catalog localize(Catalog catalog, Locale locale) {
        if (english(locale)) {
            return catalog;
        }
        Optional<Titles> found = titles(catalog.reference(), locale.getLanguage());
        if (found.isEmpty()) {
            return catalog;
        }
        Titles titles = found.get();
        List<MaturityLevel> levels = catalog.maturityLevels().stream()
                .map(level -> Optional.ofNullable(titles.maturityLevels().get(level.id()))
                        .map(named -> new MaturityLevel(
                                level.id(), named.name(), or(named.description(), level.description())))
                        .orElse(level))
                .toList();
        List<Group> groups = catalog.groups().stream()
                .map(group -> {
                    List<Item> items = group.items().stream()
                            .map(item -> localize(item, titles))
                            .toList();
                    Named named = titles.groups().get(group.id());
                    return named == null
                            ? new Group(group.id(), group.name(), group.description(), items)
                            : new Group(group.id(), named.name(), or(named.description(), group.description()), items);
                })
                .toList();
        return new Catalog(
                catalog.id(),
                catalog.edition(),
                or(titles.title(), catalog.title()),
                catalog.publisher(),
                or(titles.note(), catalog.note()),
                levels,
                groups);
    }

    private static Item localize(Item item, Titles titles) {
        String title = titles.items().get(item.id().toString());
        return title == null
                ? item
                : new Item(
                        item.id(),
                        title,
                        item.tags(),
                        item.deliversDocument(),
                        item.confidence(),
                        item.provenance(),
                        item.changeNote());
    }

    private static String or(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value;
    }
}
