package io.programbook.core.model;

/** A required field is absent or blank. Thrown from compact constructors while binding YAML. */
public final class MissingFieldException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public MissingFieldException(String field) {
        super("missing required field '" + field + "'");
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** Returns the value, or throws when it is null or blank. */
    public static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new MissingFieldException(field);
        }
        return value;
    }

    public static <T> T require(T value, String field) {
        if (value == null) {
            throw new MissingFieldException(field);
        }
        return value;
    }
}
