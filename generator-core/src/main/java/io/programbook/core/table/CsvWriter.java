package io.programbook.core.table;

import java.nio.charset.StandardCharsets;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

/**
 * Writes a table as CSV the way spreadsheet programs open it cleanly: RFC 4180 (comma separated,
 * CRLF between records, fields quoted when they hold a comma, quote or line break), UTF-8 with a
 * byte order mark, formula-like cells neutralised.
 *
 * <p>The byte order mark is there for Excel: without it, Excel reads a double-clicked CSV in the
 * machine's legacy code page and garbles every non-ASCII letter (umlauts in names and addresses).
 * LibreOffice, Google Sheets, Python's {@code csv} with {@code utf-8-sig} and pandas read it as
 * well; tools that want raw data have {@code coverage.json}.
 *
 * <p>The separator follows the documents' language as Excel does: a comma where the locale writes
 * decimals with a point (English), a semicolon where it writes them with a comma (German: Excel in
 * a German locale splits a double-clicked CSV at semicolons, see {@link #separator}).
 */
public final class CsvWriter {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvWriter() {}

    public static byte[] write(List<String> header, List<List<String>> rows) {
        return write(header, rows, ',');
    }

    /** The CSV with this separator between fields (a comma or a semicolon). */
    public static byte[] write(List<String> header, List<List<String>> rows, char separator) {
        StringBuilder out = new StringBuilder();
        record(out, header, separator);
        rows.forEach(row -> record(out, row, separator));
        byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, all, 0, BOM.length);
        System.arraycopy(text, 0, all, BOM.length, text.length);
        return all;
    }

    /**
     * The separator spreadsheet programs expect in the locale: a semicolon where the decimal
     * separator is a comma (de, fr, …), else a comma.
     */
    public static char separator(Locale locale) {
        return DecimalFormatSymbols.getInstance(locale).getDecimalSeparator() == ',' ? ';' : ',';
    }

    private static void record(StringBuilder out, List<String> cells, char separator) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(separator);
            }
            out.append(field(SpreadsheetCells.forCsv(cells.get(i) == null ? "" : cells.get(i)), separator));
        }
        out.append("\r\n");
    }

    static String field(String value) {
        return field(value, ',');
    }

    static String field(String value, char separator) {
        String normalised = value.replace("\r\n", "\n").replace('\r', '\n');
        if (normalised.chars().noneMatch(c -> c == ',' || c == ';' && separator == ';' || c == '"' || c == '\n')
                && normalised.strip().equals(normalised)) {
            return normalised;
        }
        return '"' + normalised.replace("\"", "\"\"") + '"';
    }
}
