package io.programbook.core.diff;

import io.programbook.core.diff.Changes.EditionChanges;
import io.programbook.core.diff.Changes.ItemChange;
import io.programbook.core.edition.Change;
import io.programbook.core.edition.EditionMapping;
import io.programbook.core.edition.ItemMapping;
import io.programbook.core.edition.MappingNotes;
import io.programbook.core.model.Catalog;
import io.programbook.core.model.Confidence;
import io.programbook.core.model.Group;
import io.programbook.core.model.Item;
import io.programbook.core.model.ItemId;
import io.programbook.core.text.Message;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Compares two editions of a catalogue through their edition mapping. Without a mapping (two
 * editions Programbook has none for) the changes are inferred from the catalogues themselves:
 * ids present on one side only, and our short titles where they differ.
 */
final class EditionDiffer {

    /** The note of a diff between editions no mapping connects, in English. */
    static final String INFERRED_NOTE = Changes.english(Message.of("changes.catalog.note.inferred"));

    /** The note of an entry matched by id; its words are made by {@link #inferredNote}. */
    private static final String INFERRED = "inferred";

    private EditionDiffer() {}

    /**
     * @param mapping  the mapping from the older to the newer edition, if one connects them
     * @param relevant which entries to list (all for a catalogue diff; those in scope for a program diff)
     */
    static EditionChanges diff(
            Catalog from,
            Catalog to,
            Optional<EditionMapping> mapping,
            Predicate<ItemMapping> relevant,
            boolean scoped) {
        List<ItemMapping> entries = mapping.map(EditionMapping::items).orElseGet(() -> inferred(from, to));
        Map<ItemId, Item> older = from.itemsById();
        Map<ItemId, Item> newer = to.itemsById();
        Map<ItemId, Group> olderGroups = groups(from);
        Map<ItemId, Group> newerGroups = groups(to);
        Map<Change, Long> counts = new EnumMap<>(Change.class);
        for (Change change : Change.values()) {
            counts.put(
                    change, entries.stream().filter(e -> e.change() == change).count());
        }
        List<ItemChange> items = new ArrayList<>();
        for (ItemMapping entry : entries) {
            if (entry.change() == Change.UNCHANGED || !relevant.test(entry)) {
                continue;
            }
            Item item = entry.to() != null ? newer.get(entry.to()) : older.get(entry.from());
            Group group = entry.to() != null ? newerGroups.get(entry.to()) : olderGroups.get(entry.from());
            String previous = entry.from() != null
                            && entry.to() != null
                            && older.containsKey(entry.from())
                            && !older.get(entry.from()).title().equals(item.title())
                    ? older.get(entry.from()).title()
                    : "";
            Message note = mapping.isPresent()
                    ? Changes.verbatim(MappingNotes.of(entry.note()))
                    : inferredNote(entry, from, to);
            items.add(new ItemChange(
                    entry.change(),
                    entry.source(),
                    entry.target(),
                    group.id(),
                    group.name(),
                    item.title(),
                    previous,
                    entry.aspects(),
                    note,
                    entry.confidence(),
                    entry.verified()));
        }
        items.sort(Comparator.comparing(ItemChange::id));
        boolean same = from.reference().equals(to.reference());
        Message note = same
                ? Message.of("changes.catalog.note.same")
                : mapping.map(m -> Changes.verbatim(MappingNotes.of(m.note())))
                        .orElse(Message.of("changes.catalog.note.inferred"));
        long unverified = mapping.map(m -> (long) m.unverified().size()).orElse(0L);
        return new EditionChanges(
                from.reference(),
                to.reference(),
                from.title(),
                to.title(),
                note,
                mapping.isEmpty() && !same,
                scoped,
                counts,
                unverified,
                items);
    }

    /** The note of an entry matched by id: which edition alone has the item, or that its title changed. */
    private static Message inferredNote(ItemMapping entry, Catalog from, Catalog to) {
        return switch (entry.change()) {
            case ADDED -> Message.of("changes.inferred.added", to.reference());
            case REMOVED -> Message.of("changes.inferred.removed", from.reference());
            default -> Message.of("changes.inferred.reworded");
        };
    }

    /** Entries matched by id, for two editions without a mapping. */
    private static List<ItemMapping> inferred(Catalog from, Catalog to) {
        Map<ItemId, Item> older = from.itemsById();
        Map<ItemId, Item> newer = to.itemsById();
        boolean same = from.reference().equals(to.reference());
        List<ItemMapping> entries = new ArrayList<>();
        for (Item item : to.items()) {
            Item before = older.get(item.id());
            if (before == null) {
                entries.add(new ItemMapping(null, item.id(), Change.ADDED, List.of(), INFERRED, Confidence.LOW, false));
            } else if (same || before.title().equals(item.title())) {
                entries.add(
                        new ItemMapping(item.id(), item.id(), Change.UNCHANGED, List.of(), "", Confidence.LOW, false));
            } else {
                entries.add(new ItemMapping(
                        item.id(), item.id(), Change.REWORDED, List.of(), INFERRED, Confidence.LOW, false));
            }
        }
        for (Item item : from.items()) {
            if (!newer.containsKey(item.id())) {
                entries.add(
                        new ItemMapping(item.id(), null, Change.REMOVED, List.of(), INFERRED, Confidence.LOW, false));
            }
        }
        return entries;
    }

    private static Map<ItemId, Group> groups(Catalog catalog) {
        Map<ItemId, Group> groups = new LinkedHashMap<>();
        catalog.groups().forEach(g -> g.items().forEach(i -> groups.put(i.id(), g)));
        return groups;
    }
}
