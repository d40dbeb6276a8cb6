package io.programbook.core.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.Rule;
import io.programbook.core.diag.SourcePosition;
import io.programbook.core.model.Catalog;
import io.programbook.core.model.InvalidValueException;
import io.programbook.core.model.ItemId;
import io.programbook.core.model.MissingFieldException;
import io.programbook.core.model.OfficialText;
import io.programbook.core.model.Overlay;
import io.programbook.core.model.OverlayConfig;
import io.programbook.core.model.Program;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Loads the licensed text overlay that {@code program.yaml} names ({@code overlay:}): a file of the
 * user's own repository mapping item ids of the standard to their official text, topic and
 * subtopic. Every id must be one the catalogue has, and the overlay must be made for the edition the
 * program follows.
 */
final class OverlayLoader {

    private final YamlReader reader;
    private final Path baseDir;
    private final Path programDir;
    private final List<SourceFile> files;

    OverlayLoader(YamlReader reader, Path baseDir, Path programDir, List<SourceFile> files) {
        this.reader = reader;
        this.baseDir = baseDir;
        this.programDir = programDir;
        this.files = files;
    }

    /** The file's layout: the catalogue it was made for, and the entries by item id (bound one by one). */
    record OverlayFile(String catalog, Map<String, JsonNode> items) {

        OverlayFile {
            MissingFieldException.requireText(catalog, "catalog");
            MissingFieldException.require(items, "items");
        }
    }

    /**
     * @param standard the catalogue the program follows (not the organisation's additions: the
     *                 overlay carries the standard's text)
     */
    Optional<Overlay> load(Catalog standard, Located<Program> program, Diagnostics diagnostics) {
        Optional<OverlayConfig> config = program.value().overlayConfig();
        if (config.isEmpty()) {
            return Optional.empty();
        }
        SourcePosition configuredAt = program.position("overlay/file");
        Optional<Path> inside = ProgramFolder.resolve(
                programDir, programDir, config.get().file(), "overlay file", configuredAt, diagnostics);
        if (inside.isEmpty()) {
            return Optional.empty();
        }
        Path file = inside.get();
        if (!Files.isRegularFile(file)) {
            diagnostics.error(
                    Rule.FILE_MISSING,
                    configuredAt,
                    "overlay file '" + config.get().file() + "' does not exist",
                    "put the overlay made from your licensed copy at "
                            + SourceFile.of(file, baseDir).displayName()
                            + ", or correct 'overlay: file:' (it is relative to the program folder)");
            return Optional.empty();
        }
        SourceFile source = SourceFile.of(file, baseDir);
        files.add(source);
        Optional<YamlDocument> doc = reader.read(source, InputKind.OVERLAY, diagnostics);
        Optional<OverlayFile> bound = doc.flatMap(d -> reader.bind(d, "", OverlayFile.class, "overlay", diagnostics));
        if (bound.isEmpty()) {
            return Optional.empty();
        }
        long before = diagnostics.errorCount();
        if (!bound.get().catalog().equals(standard.reference())) {
            diagnostics.error(
                    Rule.OVERLAY_EDITION,
                    doc.get().at("/catalog"),
                    "overlay is made for " + bound.get().catalog() + " but the program follows " + standard.reference(),
                    "use an overlay made from your licensed copy of " + standard.reference()
                            + ", or move the program to " + bound.get().catalog()
                            + " (set 'catalog:' in program.yaml)");
        }
        Map<ItemId, OfficialText> items = new TreeMap<>();
        List<String> known =
                standard.items().stream().map(i -> i.id().toString()).toList();
        Set<String> prefixes =
                standard.items().stream().map(i -> prefix(i.id())).collect(Collectors.toSet());
        JsonNode node = doc.get().node("/items");
        List<String> ids = new ArrayList<>();
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            ids.add(names.next());
        }
        for (String written : ids) {
            SourcePosition at =
                    doc.get().at("/items/" + written.replace("~", "~0").replace("/", "~1"));
            ItemId id;
            try {
                id = ItemId.parse(written);
            } catch (InvalidValueException e) {
                diagnostics.error(Rule.ID_INVALID, at, e.getMessage(), e.suggestion());
                continue;
            }
            if (!standard.itemsById().containsKey(id)) {
                diagnostics.error(
                        Rule.ITEM_UNKNOWN,
                        at,
                        "overlay names item '" + id + "', which " + standard.reference() + " does not have",
                        prefixes.contains(prefix(id))
                                ? Suggestions.nearest(id.toString(), known)
                                        .map(s -> "did you mean '" + s + "'?")
                                        .orElse("remove the entry, or correct its id")
                                : "'" + prefix(id) + "' is not the standard's prefix: an overlay holds licensed text of"
                                        + " the standard's items only, and the organisation's own requirements"
                                        + " carry no licensed text (their titles are in their additions file);"
                                        + " remove the entry");
                continue;
            }
            String pointer = "/items/" + written.replace("~", "~0").replace("/", "~1");
            JsonNode entry = doc.get().node(pointer);
            if (entry.isNull()
                    || entry.isMissingNode()
                    || entry.isTextual() && entry.asText().isBlank()) {
                diagnostics.error(
                        Rule.VALUE_INVALID,
                        at,
                        "overlay entry for " + id + " is empty",
                        "give it 'text:', 'topic:' or 'subtopic:'");
                continue;
            }
            reader.bind(doc.get(), pointer, OfficialText.class, "overlay entry", diagnostics)
                    .ifPresent(text -> items.put(id, text));
        }
        if (diagnostics.errorCount() > before) {
            return Optional.empty();
        }
        return Optional.of(new Overlay(
                source.displayName(),
                bound.get().catalog(),
                config.get().licensee(),
                config.get().licence(),
                items));
    }

    /** {@code SP} of {@code SP.01.01 BR}, {@code ACME} of {@code ACME.01.01 BR}. */
    private static String prefix(ItemId id) {
        String group = id.groupId();
        int dot = group.indexOf('.');
        return dot < 0 ? group : group.substring(0, dot);
    }
}
