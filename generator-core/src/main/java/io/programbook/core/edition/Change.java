package io.programbook.core.edition;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.programbook.core.text.Message;

/** How an item moved from one catalogue edition to the next, least to most disruptive for a statement. */
public enum Change {
    /** Same id, nothing reported as changed. */
    @JsonProperty("unchanged")
    UNCHANGED("unchanged", "Unchanged"),
    /** Same id; the wording moved (e.g. "capability" became "process") but no change of substance is reported. */
    @JsonProperty("reworded")
    REWORDED("reworded", "Reworded"),
    /** Same id; the substance moved: relaxed, tightened, more evidence expected, new references or scope. */
    @JsonProperty("changed")
    CHANGED("changed", "Changed"),
    /** The item has a new id; its note says whether its content moved too. */
    @JsonProperty("renamed")
    RENAMED("renamed", "Renamed"),
    /** The item exists only in the newer edition. */
    @JsonProperty("added")
    ADDED("added", "Added"),
    /** The item exists only in the older edition. */
    @JsonProperty("removed")
    REMOVED("removed", "Removed");

    private final String label;
    private final String title;

    Change(String label, String title) {
        this.label = label;
        this.title = title;
    }

    /** The spelling in mapping files and in changes.json. */
    public String label() {
        return label;
    }

    public String title() {
        return title;
    }

    /** Whether a statement written against the older edition has to be read again. */
    public boolean needsReview() {
        return this == REWORDED || this == CHANGED || this == RENAMED;
    }

    /** The same step read from the newer edition to the older one. */
    Change reversed() {
        return switch (this) {
            case ADDED -> REMOVED;
            case REMOVED -> ADDED;
            default -> this;
        };
    }

    /** The word readers see for this token in running text (today's English: the token itself). */
    public Message message() {
        return Message.of("edition.change." + label);
    }
}
