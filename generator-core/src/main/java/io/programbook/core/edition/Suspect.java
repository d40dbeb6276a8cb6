package io.programbook.core.edition;

import io.programbook.core.model.ItemId;
import io.programbook.core.text.Message;
import io.programbook.core.text.Messages;
import java.util.Optional;

/**
 * A statement that needs a second look because the requirement behind it moved since it was last
 * reviewed: the program follows a newer edition in which the item changed, or the licensed
 * overlay text of the item is not the text the review recorded.
 *
 * @param area                the functional area id, e.g. {@code SP.03}
 * @param reviewedEdition     the edition of the last review; empty when only the text moved
 * @param currentEdition      the edition the program follows
 * @param reason              why the statement is suspect
 * @param change              the mapping entry of the item, when a mapping connects the editions
 * @param recordedFingerprint the fingerprint the review recorded, or empty
 * @param currentFingerprint  the fingerprint of the current overlay text, or empty without an overlay
 */
public record Suspect(
        ItemId item,
        String area,
        String reviewedEdition,
        String currentEdition,
        Reason reason,
        Optional<ItemMapping> change,
        String recordedFingerprint,
        String currentFingerprint) {

    /** Why a statement is suspect. */
    public enum Reason {
        /** The mapping says the item was reworded, changed or renamed between the two editions. */
        EDITION_CHANGED,
        /** The item is new in the program's edition: the review was against an edition without it. */
        ITEM_NEW,
        /** No mapping connects the two editions, so whether the item changed is unknown. */
        EDITION_UNMAPPED,
        /** Same edition, but the overlay text of the item differs from the reviewed one. */
        TEXT_CHANGED
    }

    /** Whether, besides the edition, the overlay text also differs from the reviewed one. */
    public boolean textChanged() {
        return !recordedFingerprint.isEmpty()
                && !currentFingerprint.isEmpty()
                && !recordedFingerprint.equals(currentFingerprint);
    }

    /** What moved, with the mapping's change note, in English: the detail of the gap. */
    public String detail() {
        return Messages.english().get(detailMessage());
    }

    /** What moved, with the mapping's change note: the detail of the gap, as data. */
    public Message detailMessage() {
        Message text = Message.of(
                "gap.detail.suspect.text-changed",
                TextFingerprint.abbreviate(recordedFingerprint),
                TextFingerprint.abbreviate(currentFingerprint));
        Message moved = switch (reason) {
            case EDITION_CHANGED -> {
                ItemMapping m = change.orElseThrow();
                Message kind = m.change() == Change.RENAMED
                        ? Message.of("gap.suspect.change.renamed", m.change().message(), m.from())
                        : m.change().message();
                if (!m.aspects().isEmpty()) {
                    kind = Message.of(
                            "gap.suspect.change.aspects",
                            kind,
                            Messages.list(
                                    m.aspects().stream().map(Aspect::message).toList()));
                }
                yield Message.of(
                        m.verified()
                                ? "gap.detail.suspect.edition-changed"
                                : "gap.detail.suspect.edition-changed.unverified",
                        reviewedEdition,
                        currentEdition,
                        kind,
                        MappingNotes.of(m.note()));
            }
            case ITEM_NEW ->
                change.map(m -> Message.of(
                                "gap.detail.suspect.item-new.note",
                                reviewedEdition,
                                currentEdition,
                                MappingNotes.of(m.note())))
                        .orElse(Message.of("gap.detail.suspect.item-new", reviewedEdition, currentEdition));
            case EDITION_UNMAPPED -> Message.of("gap.detail.suspect.edition-unmapped", reviewedEdition, currentEdition);
            case TEXT_CHANGED -> text;
        };
        return reason != Reason.TEXT_CHANGED && textChanged()
                ? Message.of("gap.detail.suspect.and-text-changed", moved, text)
                : moved;
    }

    /** How to clear it, in English. */
    public String action() {
        return Messages.english().get(actionMessage());
    }

    /** How to clear it: re-read, then record the review in the form to paste into the statement. */
    public Message actionMessage() {
        return Message.of(
                currentFingerprint.isEmpty() ? "gap.action.suspect.edition" : "gap.action.suspect.text",
                currentEdition,
                record());
    }

    /** The review record that clears this suspect, as YAML: {@code reviewed: {edition: "2023"}}. */
    public String record() {
        return "reviewed: {edition: \"" + currentEdition + "\""
                + (currentFingerprint.isEmpty() ? "" : ", fingerprint: \"" + currentFingerprint + "\"") + "}";
    }
}
