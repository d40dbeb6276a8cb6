package io.programbook.core.table;

import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One column of a table, declared once: every {@link TabularFormat} writes it. The header's words
 * come from the message bundle, so a column has no English of its own.
 *
 * @param id        the stable name of the column in formats that name fields ({@code traceability-matrix.json}):
 *                  lower camel case, never translated, never changed once published
 * @param headerKey the message key of the header, e.g. {@code matrix.column.item}
 * @param width     the column's width in formats that have widths (XLSX), in characters
 * @param value     the cell's plain text for a row; never null (empty for nothing)
 * @param <R>       the row type
 */
public record Column<R>(String id, String headerKey, int width, Function<R, String> value) {

    private static final Pattern ID = Pattern.compile("[a-z][A-Za-z0-9]*");

    public Column {
        Objects.requireNonNull(headerKey, "headerKey");
        Objects.requireNonNull(value, "value");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a column id is lower camel case: " + id);
        }
        if (width < 1 || width > 255) {
            throw new IllegalArgumentException("a column is 1 to 255 characters wide: " + id);
        }
    }

    /** The cell of a row: the value function's text, empty for null. */
    public String cell(R row) {
        String text = value.apply(row);
        return text == null ? "" : text;
    }
}
