package io.programbook.core.edition;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.programbook.core.text.Message;

/** What kind of change of substance an item went through, so that a provider can see where to act. */
public enum Aspect {
    /** Less is asked: goal-based wording, fewer prescribed means, more left to the asset owner. */
    @JsonProperty("relaxed")
    RELAXED("relaxed"),
    /** More is asked than before. */
    @JsonProperty("tightened")
    TIGHTENED("tightened"),
    /** More testing, demonstration or records are expected as evidence. */
    @JsonProperty("evidence")
    EVIDENCE("evidence"),
    /** New or different references to other standards. */
    @JsonProperty("reference")
    REFERENCE("reference"),
    /** What the item applies to moved. */
    @JsonProperty("scope")
    SCOPE("scope"),
    /** The meaning is spelled out more explicitly. */
    @JsonProperty("clarified")
    CLARIFIED("clarified");

    private final String label;

    Aspect(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The word readers see for this token in running text (today's English: the token itself). */
    public Message message() {
        return Message.of("edition.aspect." + label);
    }
}
