package io.programbook.core.edition;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.programbook.core.text.Message;

/** What kind of change of substance an item went through, so that a provider can see where to act. */
public enum Aspect {
    /** Less is asked: goal-based wording, fewer prescribed means, more left to the asset owner. */
    @JsonProperty("relaxed")
    RELAXED("relaxed", "Relaxed"),
    /** More is asked than before. */
    @JsonProperty("tightened")
    TIGHTENED("tightened", "Tightened"),
    /** More testing, demonstration or records are expected as evidence. */
    @JsonProperty("evidence")
    EVIDENCE("evidence", "More evidence"),
    /** New or different references to other standards. */
    @JsonProperty("reference")
    REFERENCE("reference", "References"),
    /** What the item applies to moved. */
    @JsonProperty("scope")
    SCOPE("scope", "Scope"),
    /** The meaning is spelled out more explicitly. */
    @JsonProperty("clarified")
    CLARIFIED("clarified", "Clarified");

    private final String label;
    private final String title;

    Aspect(String label, String title) {
        this.label = label;
        this.title = title;
    }

    public String label() {
        return label;
    }

    public String title() {
        return title;
    }

    /** The word readers see for this token in running text (today's English: the token itself). */
    public Message message() {
        return Message.of("edition.aspect." + label);
    }
}
