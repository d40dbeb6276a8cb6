package io.programbook.core.edition;

import com.fasterxml.jackson.databind.JsonNode;
import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.Rule;
import io.programbook.core.load.BundledData;
import io.programbook.core.load.SourceFile;
import io.programbook.core.load.YamlDocument;
import io.programbook.core.load.YamlReader;
import io.programbook.core.model.Catalog;
import io.programbook.core.model.Item;
import io.programbook.core.model.ItemId;
import io.programbook.core.model.MissingFieldException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The edition mappings shipped in the {@code programbook-catalog} jar, and the way from any edition
 * of a catalogue to any other: a direct mapping, one read in reverse, or a chain of them. Loaded
 * once per class loader, like the catalogues; thread-safe.
 */
public final class EditionMappings {

    /** Every mapping the catalog jar ships, at {@code programbook/mappings/<catalogue>/<from>_to_<to>.yaml}. */
    public static final List<String> BUNDLED =
            List.of("programbook/mappings/iec-62443-2-4/2015+AMD1-2017_to_2023.yaml");

    private static volatile List<EditionMapping> bundledMappings;

    private final YamlReader reader;

    public EditionMappings(YamlReader reader) {
        this.reader = reader;
    }

    /** The bundled mappings, each checked against the two catalogues it maps. */
    public List<EditionMapping> all() {
        List<EditionMapping> loaded = bundledMappings;
        if (loaded == null) {
            Diagnostics diagnostics = new Diagnostics();
            List<EditionMapping> mappings = new ArrayList<>();
            for (String resource : BUNDLED) {
                load(SourceFile.resource(resource), diagnostics).ifPresent(mappings::add);
            }
            diagnostics.throwIfErrors();
            loaded = List.copyOf(mappings);
            bundledMappings = loaded;
        }
        return loaded;
    }

    /**
     * Reads a mapping file and checks it against the catalogues it names (when Programbook ships
     * them): every item of both editions has exactly one entry, and every id is one of its edition.
     */
    public Optional<EditionMapping> load(SourceFile source, Diagnostics diagnostics) {
        Optional<YamlDocument> doc = reader.read(source, diagnostics);
        Optional<Header> header = doc.flatMap(d -> reader.bind(d, "", Header.class, "edition mapping", diagnostics));
        if (header.isEmpty()) {
            return Optional.empty();
        }
        long before = diagnostics.errorCount();
        List<ItemMapping> entries = new ArrayList<>();
        for (int i = 0; i < header.get().items().size(); i++) {
            reader.bind(doc.get(), "/items/" + i, ItemMapping.class, "edition mapping entry", diagnostics)
                    .ifPresent(entries::add);
        }
        Optional<EditionMapping> mapping = Optional.of(new EditionMapping(
                header.get().from(), header.get().to(), header.get().note(), entries));
        BundledData catalogs = new BundledData(reader);
        Optional<Catalog> from = catalogs.catalog(mapping.get().from(), diagnostics);
        Optional<Catalog> to = catalogs.catalog(mapping.get().to(), diagnostics);
        check(mapping.get(), doc.get(), from, to, diagnostics);
        return diagnostics.errorCount() > before ? Optional.empty() : mapping;
    }

    /** A mapping file's fields; its entries are bound one by one, so that every bad entry is reported. */
    record Header(String from, String to, String note, List<JsonNode> items) {

        Header {
            MissingFieldException.requireText(from, "from");
            MissingFieldException.requireText(to, "to");
            MissingFieldException.require(items, "items");
        }
    }

    private static void check(
            EditionMapping mapping,
            YamlDocument doc,
            Optional<Catalog> from,
            Optional<Catalog> to,
            Diagnostics diagnostics) {
        if (from.isEmpty() || to.isEmpty()) {
            diagnostics.error(
                    Rule.MAPPING_INVALID,
                    doc.at(from.isEmpty() ? "/from" : "/to"),
                    "edition mapping names catalogue '" + (from.isEmpty() ? mapping.from() : mapping.to())
                            + "', which Programbook does not ship",
                    "use one of: " + String.join(", ", BundledData.CATALOGS));
            return;
        }
        if (!EditionMapping.catalogId(mapping.from()).equals(EditionMapping.catalogId(mapping.to()))) {
            diagnostics.error(
                    Rule.MAPPING_INVALID,
                    doc.at("/to"),
                    "edition mapping between two different catalogues, " + mapping.from() + " and " + mapping.to(),
                    "map two editions of the same catalogue");
        }
        checkSide(mapping, doc, from.get(), ItemMapping::from, "from", diagnostics);
        checkSide(mapping, doc, to.get(), ItemMapping::to, "to", diagnostics);
    }

    private static void checkSide(
            EditionMapping mapping,
            YamlDocument doc,
            Catalog catalog,
            Function<ItemMapping, ItemId> side,
            String field,
            Diagnostics diagnostics) {
        Map<ItemId, Item> items = catalog.itemsById();
        Map<ItemId, Integer> seen = new HashMap<>();
        for (int i = 0; i < mapping.items().size(); i++) {
            ItemMapping entry = mapping.items().get(i);
            ItemId id = side.apply(entry);
            if (id == null) {
                continue;
            }
            String pointer =
                    "/items/" + i + "/" + (doc.node("/items/" + i + "/id").isMissingNode() ? field : "id");
            if (!items.containsKey(id)) {
                diagnostics.error(
                        Rule.MAPPING_INVALID,
                        doc.at(pointer),
                        "'" + field + "' item " + id + " is not an item of " + catalog.reference());
            }
            Integer first = seen.putIfAbsent(id, i);
            if (first != null) {
                diagnostics.error(
                        Rule.MAPPING_INVALID,
                        doc.at(pointer),
                        "second entry for " + id + " of " + catalog.reference() + " (first at "
                                + doc.at("/items/" + first) + ")");
            }
        }
        List<String> missing = items.keySet().stream()
                .filter(id -> !seen.containsKey(id))
                .map(ItemId::toString)
                .toList();
        if (!missing.isEmpty()) {
            String listed = missing.size() <= 5
                    ? String.join(", ", missing)
                    : String.join(", ", missing.subList(0, 5)) + " and " + (missing.size() - 5) + " more";
            diagnostics.error(
                    Rule.MAPPING_INVALID,
                    doc.at("/items"),
                    "no entry for "
                            + (missing.size() == 1 ? "" : missing.size() + " items of " + catalog.reference() + ": ")
                            + listed + (missing.size() == 1 ? " of " + catalog.reference() : ""),
                    "add an entry for each: 'id:' when it keeps its id, 'from:' and 'to:' when renamed, '" + field
                            + ":' alone when " + (field.equals("from") ? "removed" : "added"));
        }
    }

    /**
     * The mapping from one edition to another: a bundled one, one read in reverse (older from newer),
     * or a chain of them through the editions in between. Empty when both are the same edition or
     * no mapping connects them.
     */
    public Optional<EditionMapping> between(String from, String to) {
        if (from.equals(to)) {
            return Optional.empty();
        }
        Map<String, List<EditionMapping>> steps = new LinkedHashMap<>();
        for (EditionMapping m : all()) {
            steps.computeIfAbsent(m.from(), k -> new ArrayList<>()).add(m);
            steps.computeIfAbsent(m.to(), k -> new ArrayList<>()).add(m.reversed());
        }
        Map<String, EditionMapping> reached = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(from));
        while (!queue.isEmpty()) {
            String edition = queue.removeFirst();
            for (EditionMapping step : steps.getOrDefault(edition, List.of())) {
                if (step.to().equals(from) || reached.containsKey(step.to())) {
                    continue;
                }
                EditionMapping path =
                        edition.equals(from) ? step : reached.get(edition).then(step);
                reached.put(step.to(), path);
                if (step.to().equals(to)) {
                    return Optional.of(path);
                }
                queue.addLast(step.to());
            }
        }
        return Optional.empty();
    }

    /** Whether {@code newer} follows {@code older} through the bundled mappings, read forwards only. */
    public boolean isNewer(String newer, String older) {
        Deque<String> queue = new ArrayDeque<>(List.of(older));
        List<String> seen = new ArrayList<>();
        while (!queue.isEmpty()) {
            String edition = queue.removeFirst();
            for (EditionMapping m : all()) {
                if (m.from().equals(edition) && !seen.contains(m.to())) {
                    if (m.to().equals(newer)) {
                        return true;
                    }
                    seen.add(m.to());
                    queue.addLast(m.to());
                }
            }
        }
        return false;
    }

    /** The editions Programbook ships of a catalogue, oldest first: {@code [2015+AMD1:2017, 2023]}. */
    public static List<String> editions(String catalogId) {
        return BundledData.CATALOGS.stream()
                .filter(ref -> EditionMapping.catalogId(ref).equals(catalogId))
                .map(EditionMapping::edition)
                .toList();
    }
}
