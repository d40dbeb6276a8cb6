package io.programbook.core.trace;

import io.programbook.core.text.Message;

/** Where an item stands. */
public enum Coverage {
    /** In scope, implemented at or above target maturity, with evidence that exists and is current. */
    COVERED("covered"),
    /** In scope with at least one gap. */
    GAP("gap"),
    /** In scope, but the program states with a justification that it does not apply. */
    NOT_APPLICABLE("not-applicable"),
    /** Excluded by the profile. */
    OUT_OF_SCOPE("out-of-scope");

    private final String label;

    Coverage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The word readers see, from the message bundle ({@code coverage.<token>}). */
    public Message message() {
        return Message.of("coverage." + label);
    }
}
