package io.programbook.core.model;

/**
 * The text {@code init} writes into every statement it scaffolds. A statement that still holds it
 * is unfinished: the documents carry the DRAFT mark until none does.
 */
public final class Placeholder {

    /** The scaffold's statement text, one line. */
    public static final String TEXT = "To do: how the organisation meets this item.";

    private Placeholder() {}

    /** Whether the statement's text still holds the placeholder. */
    public static boolean in(Statement statement) {
        return statement.text().contains(TEXT);
    }
}
