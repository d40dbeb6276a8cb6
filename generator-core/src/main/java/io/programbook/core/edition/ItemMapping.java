package io.programbook.core.edition;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.programbook.core.model.Confidence;
import io.programbook.core.model.InvalidValueException;
import io.programbook.core.model.ItemId;
import io.programbook.core.model.MissingFieldException;
import java.util.List;
import java.util.Optional;

/**
 * Where one item went from one edition to the next. In a mapping file {@code id:} names an item
 * that keeps its id; {@code from:} and {@code to:} name a renamed one; an added item has only
 * {@code to:}, a removed one only {@code from:}.
 *
 * @param from       the item in the older edition; null when added
 * @param to         the item in the newer edition; null when removed
 * @param aspects    what kind of change of substance, for {@link Change#CHANGED} and {@link Change#RENAMED}
 * @param note       what changed, in Programbook's own words; required unless unchanged
 * @param confidence how well public sources support the entry
 * @param verified   false when the entry rests on one source or on our reading
 */
public record ItemMapping(
        ItemId from,
        ItemId to,
        Change change,
        List<Aspect> aspects,
        String note,
        Confidence confidence,
        boolean verified) {

    public ItemMapping {
        MissingFieldException.require(change, "change");
        aspects = aspects == null ? List.of() : List.copyOf(aspects);
        note = note == null ? "" : note.strip();
        confidence = confidence == null ? Confidence.MEDIUM : confidence;
        switch (change) {
            case ADDED -> {
                if (from != null || to == null) {
                    throw new InvalidValueException(
                            "an added item has only 'to:'", "write 'to: <id in the newer edition>'");
                }
            }
            case REMOVED -> {
                if (from == null || to != null) {
                    throw new InvalidValueException(
                            "a removed item has only 'from:'", "write 'from: <id in the older edition>'");
                }
            }
            case RENAMED -> {
                if (from == null || to == null || from.equals(to)) {
                    throw new InvalidValueException(
                            "a renamed item has 'from:' and 'to:' with different ids",
                            "use 'id:' with change 'reworded' or 'changed' when the id stays the same");
                }
            }
            default -> {
                if (from == null || to == null || !from.equals(to)) {
                    throw new InvalidValueException(
                            "a " + change.label() + " item keeps its id: write it as 'id:'",
                            "use change 'renamed' with 'from:' and 'to:' when the id moved");
                }
            }
        }
        if (change != Change.UNCHANGED && note.isEmpty()) {
            throw new MissingFieldException("note");
        }
    }

    /** Binds a mapping-file entry, where {@code id:} stands for the same {@code from:} and {@code to:}. */
    @JsonCreator
    static ItemMapping bind(
            @JsonProperty("id") ItemId id,
            @JsonProperty("from") ItemId from,
            @JsonProperty("to") ItemId to,
            @JsonProperty("change") Change change,
            @JsonProperty("aspects") List<Aspect> aspects,
            @JsonProperty("note") String note,
            @JsonProperty("confidence") Confidence confidence,
            @JsonProperty("verified") Boolean verified) {
        if (id != null && (from != null || to != null)) {
            throw new InvalidValueException(
                    "write either 'id:' or 'from:'/'to:', not both", "'id:' is for an item that keeps its id");
        }
        MissingFieldException.require(verified, "verified");
        return new ItemMapping(
                id != null ? id : from, id != null ? id : to, change, aspects, note, confidence, verified);
    }

    public Optional<ItemId> source() {
        return Optional.ofNullable(from);
    }

    public Optional<ItemId> target() {
        return Optional.ofNullable(to);
    }

    /** The id the item is known by in either edition, the newer one first. */
    public ItemId anyId() {
        return to != null ? to : from;
    }

    /** The same entry read from the newer edition to the older one. */
    ItemMapping reversed() {
        return new ItemMapping(to, from, change.reversed(), aspects, note, confidence, verified);
    }
}
