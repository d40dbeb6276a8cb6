package io.programbook.core.model;

/**
 * A value in the user's input breaks an invariant of the model. The loader turns it into a
 * diagnostic with the position of the offending node; {@link #suggestion()} feeds the hint.
 */
public class InvalidValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String suggestion;

    public InvalidValueException(String message, String suggestion) {
        super(message);
        this.suggestion = suggestion == null ? "" : suggestion;
    }

    public String suggestion() {
        return suggestion;
    }
}
