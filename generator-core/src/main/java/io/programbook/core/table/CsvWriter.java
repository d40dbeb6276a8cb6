package io.programbook.core.table;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a table as CSV the way spreadsheet programs open it cleanly: RFC 4180 (comma separated,
 * CRLF between records, fields quoted when they hold a comma, quote or line break), UTF-8 with a
 * byte order mark, formula-like cells neutralised.
 *
 * <p>The byte order mark is there for Excel: without it, Excel reads a double-clicked CSV in the
 * machine's legacy code page and garbles every non-ASCII letter (umlauts in names and addresses).
 * LibreOffice, Google Sheets, Python's {@code csv} with {@code utf-8-sig} and pandas read it as
 * well; tools that want raw data have {@code coverage.json}.
 */
public final class CsvWriter {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvWriter() {}

    public static byte[] write(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        record(out, header);
        rows.forEach(row -> record(out, row));
        byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, all, 0, BOM.length);
        System.arraycopy(text, 0, all, BOM.length, text.length);
        return all;
    }

    private static void record(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(SpreadsheetCells.forCsv(cells.get(i) == null ? "" : cells.get(i))));
        }
        out.append("\r\n");
    }

    static String field(String value) {
        String normalised = value.replace("\r\n", "\n").replace('\r', '\n');
        if (normalised.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n')
                && normalised.strip().equals(normalised)) {
            return normalised;
        }
        return '"' + normalised.replace("\"", "\"\"") + '"';
    }
}
