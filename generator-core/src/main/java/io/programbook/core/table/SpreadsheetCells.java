package io.programbook.core.table;

/**
 * Keeps what users wrote from running as a spreadsheet formula (CSV or formula injection, OWASP).
 * Excel, LibreOffice and Google Sheets treat a cell that starts with {@code = + - @} (and, in some
 * versions, a tab or carriage return, or the full-width forms of those signs) as a formula or
 * command, even in a CSV file.
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {}

    /** Whether a spreadsheet program could read the value as a formula. */
    public static boolean formulaLike(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r', '\n', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> true;
            default -> false;
        };
    }

    /**
     * The value for a CSV cell: a formula-like value gets a leading apostrophe, which spreadsheet
     * programs show as text and never evaluate. Other values are returned unchanged.
     */
    public static String forCsv(String value) {
        return formulaLike(value) ? "'" + value : value;
    }
}
