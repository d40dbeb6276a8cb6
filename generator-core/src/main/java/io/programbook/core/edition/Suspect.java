package io.programbook.core.edition;

import io.programbook.core.model.ItemId;
import java.util.Optional;
import java.util.stream.Collectors;

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

    /** What moved, with the mapping's change note: the detail of the gap. */
    public String detail() {
        String text =
                "The licensed text of the item differs from the text the statement was reviewed against (recorded "
                        + TextFingerprint.abbreviate(recordedFingerprint) + ", now "
                        + TextFingerprint.abbreviate(currentFingerprint)
                        + ").";
        String moved = switch (reason) {
            case EDITION_CHANGED -> {
                ItemMapping m = change.orElseThrow();
                String kind = m.change().label()
                        + (m.change() == Change.RENAMED ? " from " + m.from() : "")
                        + (m.aspects().isEmpty()
                                ? ""
                                : "; " + m.aspects().stream().map(Aspect::label).collect(Collectors.joining(", ")));
                yield "Last reviewed against " + reviewedEdition + "; the program now follows " + currentEdition
                        + ". Change (" + kind + "): " + m.note() + (m.verified() ? "" : " (unverified mapping)");
            }
            case ITEM_NEW ->
                "Last reviewed against " + reviewedEdition + ", which does not have this item; it is new in "
                        + currentEdition + change.map(m -> ": " + m.note()).orElse(".");
            case EDITION_UNMAPPED ->
                "Last reviewed against " + reviewedEdition + "; the program now follows " + currentEdition
                        + ", and no edition mapping tells whether the item changed between the two.";
            case TEXT_CHANGED -> text;
        };
        return reason != Reason.TEXT_CHANGED && textChanged() ? moved + " " + text : moved;
    }

    /** How to clear it: re-read, then record the review in the form to paste into the statement. */
    public String action() {
        return "Re-read the statement against the item as " + currentEdition + " has it"
                + (currentFingerprint.isEmpty() ? "" : " (licensed text)") + ", update it where needed, then record "
                + "the review in the statement: " + record() + ".";
    }

    /** The review record that clears this suspect, as YAML: {@code reviewed: {edition: "2023"}}. */
    public String record() {
        return "reviewed: {edition: \"" + currentEdition + "\""
                + (currentFingerprint.isEmpty() ? "" : ", fingerprint: \"" + currentFingerprint + "\"") + "}";
    }
}
