package io.programbook.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.programbook.core.text.Message;

/** Implementation status a statement claims for its item. */
public enum Status {
    @JsonProperty("implemented")
    IMPLEMENTED("implemented"),
    @JsonProperty("partial")
    PARTIAL("partial"),
    @JsonProperty("planned")
    PLANNED("planned"),
    @JsonProperty("not-applicable")
    NOT_APPLICABLE("not-applicable");

    private final String label;

    Status(String label) {
        this.label = label;
    }

    /** The spelling used in YAML and in every output. */
    public String label() {
        return label;
    }

    /** The word readers see, from the message bundle ({@code status.<token>}); YAML keeps the token. */
    public Message message() {
        return Message.of("status." + label);
    }
}
