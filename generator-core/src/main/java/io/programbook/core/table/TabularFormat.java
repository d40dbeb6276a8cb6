package io.programbook.core.table;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.Rule;
import io.programbook.core.diag.SourcePosition;
import io.programbook.core.json.JsonWriter;
import io.programbook.core.text.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The formats every {@link Table} is written in, in the style of JaCoCo's {@code ReportFormat}: a
 * table's output writes one file per constant, so a format added here is written for every table
 * (and its file name becomes an output's own, see {@link #fileNames}).
 */
public enum TabularFormat {

    /**
     * RFC 4180 with a byte order mark, for spreadsheet programs, separated as the documents' locale
     * expects (a semicolon where decimals have a comma); see {@link CsvWriter}.
     */
    CSV("csv") {
        @Override
        public byte[] write(Table table, Messages messages, Diagnostics diagnostics, String shownName) {
            return CsvWriter.write(table.headers(), table.cells(), CsvWriter.separator(messages.formatLocale()));
        }
    },

    /**
     * An Excel workbook; see {@link XlsxWriter}. A cell longer than a workbook holds is cut short
     * with a marked note, and a warning names the row's source.
     */
    XLSX("xlsx") {
        @Override
        public byte[] write(Table table, Messages messages, Diagnostics diagnostics, String shownName) {
            String note = "\n\n" + messages.get("table.cell.truncated");
            List<List<String>> cells = new ArrayList<>();
            for (Table.Row row : table.rows()) {
                List<String> values = new ArrayList<>(row.cells());
                for (int c = 0; c < values.size(); c++) {
                    String value = values.get(c);
                    if (value.length() > MAX_CELL) {
                        values.set(c, truncate(value, note));
                        diagnostics.warning(
                                Rule.CELL_TOO_LONG,
                                row.source().orElse(SourcePosition.wholeFile(shownName)),
                                String.format(
                                        Locale.ROOT,
                                        "%s: the %s is %,d characters long, more than the %,d a spreadsheet cell"
                                                + " holds; %s shows its start, marked as truncated (the handbook,"
                                                + " the CSV and the JSON have it whole)",
                                        row.cells().get(0),
                                        table.headings().get(c).header().toLowerCase(Locale.ROOT),
                                        value.length(),
                                        MAX_CELL,
                                        shownName),
                                null);
                    }
                }
                cells.add(values);
            }
            Table.About about = table.about();
            return XlsxWriter.write(
                    about.sheetName(),
                    table.headers(),
                    table.headings().stream().map(Table.Heading::width).toList(),
                    cells,
                    about.title(),
                    about.organisation(),
                    about.date());
        }
    },

    /**
     * JSON for tools: the table's title, organisation and date, its columns (stable id and header),
     * and one object per row whose keys are the columns' ids and whose values are the cells, exactly
     * as the CSV has them. Written by {@link JsonWriter}.
     */
    JSON("json") {
        @Override
        public byte[] write(Table table, Messages messages, Diagnostics diagnostics, String shownName) {
            JsonNodeFactory nodes = JsonNodeFactory.instance;
            Table.About about = table.about();
            ObjectNode root = nodes.objectNode();
            root.put("format", "programbook-" + about.id());
            root.put("formatVersion", JSON_FORMAT_VERSION);
            root.put("title", about.title());
            root.put("organisation", about.organisation());
            root.put("date", about.date().map(LocalDate::toString).orElse(null));
            root.put("language", messages.languageTag());
            ArrayNode columns = root.putArray("columns");
            for (Table.Heading heading : table.headings()) {
                columns.addObject().put("id", heading.id()).put("header", heading.header());
            }
            ArrayNode rows = root.putArray("rows");
            for (Table.Row row : table.rows()) {
                ObjectNode object = rows.addObject();
                for (int c = 0; c < table.headings().size(); c++) {
                    object.put(table.headings().get(c).id(), row.cells().get(c));
                }
            }
            return JsonWriter.standard().bytes(root);
        }
    };

    /** The most characters an XLSX cell holds (Excel's limit, which POI enforces). */
    public static final int MAX_CELL = 32_767;

    /** The version of the JSON format's shape, raised when a field changes meaning or goes away. */
    public static final int JSON_FORMAT_VERSION = 1;

    private final String extension;

    TabularFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The file of a table in this format, e.g. {@code traceability-matrix.csv}. */
    public String fileName(String stem) {
        return stem + "." + extension;
    }

    /** The files of a table in every format. */
    public static List<String> fileNames(String stem) {
        return Arrays.stream(values()).map(f -> f.fileName(stem)).toList();
    }

    /**
     * Writes a table in this format.
     *
     * @param messages    the run's words (notes a format adds to cells)
     * @param diagnostics receives what a format has to change (a cell cut short)
     * @param shownName   the file as findings name it, relative to the project
     */
    public abstract byte[] write(Table table, Messages messages, Diagnostics diagnostics, String shownName);

    /** The start of a value and the note, together exactly {@link #MAX_CELL} characters at most. */
    public static String truncate(String value, String note) {
        int keep = MAX_CELL - note.length();
        if (Character.isHighSurrogate(value.charAt(keep - 1))) {
            keep--; // never split a character outside the Basic Multilingual Plane
        }
        return value.substring(0, keep).stripTrailing() + note;
    }
}
