package io.programbook.core.edition;

import static io.programbook.core.model.MissingFieldException.requireText;

import io.programbook.core.model.Confidence;
import io.programbook.core.model.ItemId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How the items of one catalogue edition map to the next: one entry per item of either edition.
 *
 * @param from  the older edition, e.g. {@code iec-62443-2-4@2015+AMD1:2017}
 * @param to    the newer edition, e.g. {@code iec-62443-2-4@2023}
 * @param note  what changed overall and on what sources the mapping rests, in our own words
 * @param items every item of either edition
 */
public record EditionMapping(String from, String to, String note, List<ItemMapping> items) {

    public EditionMapping {
        requireText(from, "from");
        requireText(to, "to");
        note = note == null ? "" : note.strip();
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** The entry for an item of the older edition. */
    public Optional<ItemMapping> fromItem(ItemId id) {
        return items.stream().filter(m -> id.equals(m.from())).findFirst();
    }

    /** The entry for an item of the newer edition. */
    public Optional<ItemMapping> toItem(ItemId id) {
        return items.stream().filter(m -> id.equals(m.to())).findFirst();
    }

    public long count(Change change) {
        return items.stream().filter(m -> m.change() == change).count();
    }

    /** Entries per kind of change, every kind present (zero when none). */
    public Map<Change, Long> counts() {
        Map<Change, Long> counts = new EnumMap<>(Change.class);
        for (Change change : Change.values()) {
            counts.put(change, count(change));
        }
        return counts;
    }

    /** Entries that rest on one source or on our reading. */
    public List<ItemMapping> unverified() {
        return items.stream().filter(m -> !m.verified()).toList();
    }

    /** The same mapping read from the newer edition to the older one: added and removed swap. */
    public EditionMapping reversed() {
        return new EditionMapping(
                to, from, note, items.stream().map(ItemMapping::reversed).toList());
    }

    /**
     * Chains this mapping ({@code A → B}) with the next ({@code B → C}) into {@code A → C}. Along the
     * way the most disruptive change wins, notes are kept with the edition they belong to, the
     * lowest confidence counts and an entry is verified only if every step is.
     */
    public EditionMapping then(EditionMapping next) {
        if (!to.equals(next.from())) {
            throw new IllegalArgumentException(
                    "cannot chain " + from + " → " + to + " with " + next.from() + " → " + next.to());
        }
        List<ItemMapping> chained = new ArrayList<>();
        Set<ItemId> reached = new LinkedHashSet<>();
        for (ItemMapping first : items) {
            if (first.to() == null) {
                chained.add(labelled(first, to));
                continue;
            }
            Optional<ItemMapping> second = next.fromItem(first.to());
            reached.add(first.to());
            if (second.isEmpty()) {
                chained.add(labelled(first, to));
                continue;
            }
            chain(first, second.get(), to, next.to()).ifPresent(chained::add);
        }
        for (ItemMapping second : next.items()) {
            if (second.from() == null || !reached.contains(second.from())) {
                chained.add(labelled(second, next.to()));
            }
        }
        String notes = join(edition(to) + ": " + note, edition(next.to()) + ": " + next.note());
        return new EditionMapping(from, next.to(), notes, chained);
    }

    /** Empty for an item that was added in the middle edition and removed again: it is in neither end. */
    private static Optional<ItemMapping> chain(ItemMapping first, ItemMapping second, String middle, String last) {
        ItemId start = first.from();
        ItemId end = second.to();
        if (start == null && end == null) {
            return Optional.empty();
        }
        Change change;
        if (start == null) {
            change = Change.ADDED;
        } else if (end == null) {
            change = Change.REMOVED;
        } else if (!start.equals(end)) {
            change = Change.RENAMED;
        } else {
            Change worst = first.change().compareTo(second.change()) >= 0 ? first.change() : second.change();
            change = worst == Change.RENAMED ? Change.CHANGED : worst; // renamed and back again
        }
        Set<Aspect> aspects = new LinkedHashSet<>(first.aspects());
        aspects.addAll(second.aspects());
        return Optional.of(new ItemMapping(
                start,
                end,
                change,
                List.copyOf(aspects),
                join(noted(first, middle), noted(second, last)),
                lower(first.confidence(), second.confidence()),
                first.verified() && second.verified()));
    }

    private static ItemMapping labelled(ItemMapping entry, String edition) {
        return new ItemMapping(
                entry.from(),
                entry.to(),
                entry.change(),
                entry.aspects(),
                noted(entry, edition),
                entry.confidence(),
                entry.verified());
    }

    private static String noted(ItemMapping entry, String edition) {
        return entry.note().isEmpty() ? "" : edition(edition) + ": " + entry.note();
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + " " + b;
    }

    private static Confidence lower(Confidence a, Confidence b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** The edition part of a catalogue reference: {@code 2023} of {@code iec-62443-2-4@2023}. */
    public static String edition(String reference) {
        int at = reference.indexOf('@');
        return at < 0 ? reference : reference.substring(at + 1);
    }

    /** The catalogue part of a reference: {@code iec-62443-2-4} of {@code iec-62443-2-4@2023}. */
    public static String catalogId(String reference) {
        int at = reference.indexOf('@');
        return at < 0 ? reference : reference.substring(0, at);
    }
}
