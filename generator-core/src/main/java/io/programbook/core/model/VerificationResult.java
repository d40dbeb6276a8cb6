package io.programbook.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.programbook.core.text.Message;
import java.util.Locale;

/** Outcome of a verification of a statement (an internal audit, an assessor's check). */
public enum VerificationResult {
    @JsonProperty("pass")
    PASS,
    @JsonProperty("partial")
    PARTIAL,
    @JsonProperty("fail")
    FAIL;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The word readers see, from the message bundle ({@code verification.result.<token>}). */
    public Message message() {
        return Message.of("verification.result." + label());
    }
}
