package io.programbook.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.programbook.core.text.Message;

/** Where a controlled document is in its life: only a released document is final. */
public enum DocumentStatus {
    @JsonProperty("draft")
    DRAFT("draft"),
    @JsonProperty("in-review")
    IN_REVIEW("in-review"),
    @JsonProperty("released")
    RELEASED("released");

    private final String label;

    DocumentStatus(String label) {
        this.label = label;
    }

    /** The spelling used in YAML. */
    public String label() {
        return label;
    }

    /** The word readers see ({@code control.status.<token>}). */
    public Message message() {
        return Message.of("control.status." + label);
    }
}
