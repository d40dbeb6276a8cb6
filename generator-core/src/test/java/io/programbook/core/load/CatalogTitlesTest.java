package io.programbook.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.api.DocumentOptions;
import io.programbook.core.diag.Diagnostics;
import io.programbook.core.model.Catalog;
import io.programbook.core.model.Group;
import io.programbook.core.model.Item;
import io.programbook.core.model.ItemId;
import io.programbook.core.model.MaturityLevel;
import io.programbook.core.text.Messages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every shipped language has a titles file for every bundled catalogue edition, with a title for
 * every item and a name for every functional area and maturity level, and the German documents get
 * them.
 */
class CatalogTitlesTest {

    private static final BundledData BUNDLED = new BundledData(new YamlReader());

    /** The shipped languages whose words differ from the catalogue's own (English). */
    private static List<String> translated() {
        return DocumentOptions.LANGUAGES.stream()
                .filter(tag -> !tag.equals("en") && !Locale.forLanguageTag(tag).equals(Messages.PSEUDO))
                .toList();
    }

    @Test
    void should_have_a_complete_titles_file_for_every_catalogue_in_every_shipped_language() {
        assertThat(translated()).contains("de");
        List<String> problems = new ArrayList<>();
        for (String language : translated()) {
            for (String reference : BundledData.CATALOGS) {
                Catalog catalog = catalog(reference);
                var titles = CatalogTitles.titles(reference, language);
                if (titles.isEmpty()) {
                    problems.add(reference + " has no titles in '" + language + "' ("
                            + CatalogTitles.resource(reference, language).orElseThrow() + ")");
                    continue;
                }
                assertThat(titles.get().catalog()).isEqualTo(reference);
                assertThat(titles.get().language()).isEqualTo(language);
                problems.addAll(missing(catalog, titles.get(), reference + " in '" + language + "'"));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void should_find_an_item_without_a_title_and_an_id_the_catalogue_does_not_have() {
        Catalog catalog = catalog("iec-62443-2-4@2023");
        CatalogTitles.Titles german =
                CatalogTitles.titles("iec-62443-2-4@2023", "de").orElseThrow();
        Map<String, String> items = new LinkedHashMap<>(german.items());
        items.remove("SP.11.02 RE(2)");
        items.put("SP.11.02 RE(9)", "Gibt es nicht");
        Map<String, CatalogTitles.Named> groups = new LinkedHashMap<>(german.groups());
        groups.remove("SP.05");
        CatalogTitles.Titles incomplete = new CatalogTitles.Titles(
                german.catalog(), "de", german.title(), german.note(), german.maturityLevels(), groups, items);

        assertThat(missing(catalog, incomplete, "test"))
                .containsExactlyInAnyOrder(
                        "test: item SP.11.02 RE(2) has no title",
                        "test: functional area SP.05 has no name",
                        "test: SP.11.02 RE(9) is no item of the catalogue");
    }

    @Test
    void should_give_german_documents_the_german_titles_and_keep_ids_and_tags() {
        Catalog english = catalog("iec-62443-2-4@2015+AMD1:2017");
        Catalog german = CatalogTitles.localize(english, Locale.GERMANY);

        Item item = german.itemsById().get(ItemId.parse("SP.07.04 RE(1)"));
        assertThat(item.title()).isEqualTo("Fernzugriff über öffentliche Netze authentifiziert und verschlüsselt");
        assertThat(item.tags()).isEqualTo(english.itemsById().get(item.id()).tags());
        assertThat(german.group("SP.12").orElseThrow().name()).isEqualTo("Datensicherung und Wiederherstellung");
        assertThat(german.maturityLevel("ML2").orElseThrow().name()).isEqualTo("Gesteuert");
        assertThat(german.title()).startsWith("IEC 62443-2-4:2015+AMD1:2017 Anforderungen");
        assertThat(german.items())
                .extracting(Item::id)
                .isEqualTo(english.items().stream().map(Item::id).toList());
        assertThat(german.reference()).isEqualTo(english.reference());

        // English and the pseudo-locale keep the catalogue's own words
        assertThat(CatalogTitles.localize(english, Locale.ENGLISH)).isSameAs(english);
        assertThat(CatalogTitles.localize(english, Messages.PSEUDO)).isSameAs(english);
        assertThat(CatalogTitles.localize(english, Locale.JAPANESE)).isSameAs(english);
    }

    private static Catalog catalog(String reference) {
        Diagnostics diagnostics = new Diagnostics();
        Catalog catalog = BUNDLED.catalog(reference, diagnostics).orElseThrow();
        assertThat(diagnostics.all()).isEmpty();
        return catalog;
    }

    /** What a titles file lacks against its catalogue, and the ids it has that the catalogue lacks. */
    static List<String> missing(Catalog catalog, CatalogTitles.Titles titles, String where) {
        List<String> problems = new ArrayList<>();
        if (blank(titles.title())) {
            problems.add(where + ": the catalogue has no title");
        }
        for (MaturityLevel level : catalog.maturityLevels()) {
            CatalogTitles.Named named = titles.maturityLevels().get(level.id());
            if (named == null || blank(named.name())) {
                problems.add(where + ": maturity level " + level.id() + " has no name");
            } else if (!level.description().isBlank() && blank(named.description())) {
                problems.add(where + ": maturity level " + level.id() + " has no description");
            }
        }
        Set<String> ids = new TreeSet<>();
        for (Group group : catalog.groups()) {
            CatalogTitles.Named named = titles.groups().get(group.id());
            if (named == null || blank(named.name())) {
                problems.add(where + ": functional area " + group.id() + " has no name");
            } else if (!group.description().isBlank() && blank(named.description())) {
                problems.add(where + ": functional area " + group.id() + " has no description");
            }
            for (Item item : group.items()) {
                ids.add(item.id().toString());
                if (blank(titles.items().get(item.id().toString()))) {
                    problems.add(where + ": item " + item.id() + " has no title");
                }
            }
        }
        titles.items().keySet().stream()
                .filter(id -> !ids.contains(id))
                .forEach(id -> problems.add(where + ": " + id + " is no item of the catalogue"));
        titles.groups().keySet().stream()
                .filter(id -> catalog.group(id).isEmpty())
                .forEach(id -> problems.add(where + ": " + id + " is no functional area of the catalogue"));
        return problems;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
