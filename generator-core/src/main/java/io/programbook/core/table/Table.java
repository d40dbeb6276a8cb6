package io.programbook.core.table;

import io.programbook.core.diag.SourcePosition;
import io.programbook.core.text.Messages;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A table ready for any {@link TabularFormat}: headers in the run's language, widths, and each row's
 * cells as plain text, made from rows and their {@link Column}s. Escaping and limits are the
 * format's business.
 *
 * @param about    what the table is and who publishes it
 * @param headings one per column, in order
 * @param rows     the rows, in order
 */
public record Table(About about, List<Heading> headings, List<Row> rows) {

    public Table {
        Objects.requireNonNull(about, "about");
        headings = List.copyOf(headings);
        rows = List.copyOf(rows);
        Set<String> ids = new HashSet<>();
        for (Heading heading : headings) {
            if (!ids.add(heading.id())) {
                throw new IllegalArgumentException("two columns have the id " + heading.id());
            }
        }
        for (Row row : rows) {
            if (row.cells().size() != headings.size()) {
                throw new IllegalArgumentException(
                        "a row has " + row.cells().size() + " cells for " + headings.size() + " columns");
            }
        }
    }

    /**
     * What a table is.
     *
     * @param id           the file stem, e.g. {@code traceability-matrix}; formats that carry a format name
     *                     call it {@code programbook-<id>}
     * @param sheetName    the name of the sheet in a workbook
     * @param title        the document title a format records (XLSX and JSON)
     * @param organisation who publishes it
     * @param date         the document date, empty when it has none
     */
    public record About(String id, String sheetName, String title, String organisation, Optional<LocalDate> date) {

        public About {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(sheetName, "sheetName");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(organisation, "organisation");
            Objects.requireNonNull(date, "date");
        }
    }

    /** A column as the table shows it: its stable id, its header in the run's language, its width. */
    public record Heading(String id, String header, int width) {}

    /**
     * One row.
     *
     * @param source where the row's text was written (a statement's file and line), for findings
     *               about a cell; empty when the row has no source of its own
     */
    public record Row(List<String> cells, Optional<SourcePosition> source) {

        public Row {
            cells = List.copyOf(cells);
            Objects.requireNonNull(source, "source");
        }
    }

    /**
     * The table of some rows.
     *
     * @param sources where each row was written
     */
    public static <R> Table of(
            About about,
            List<Column<R>> columns,
            List<R> rows,
            Function<R, Optional<SourcePosition>> sources,
            Messages messages) {
        List<Heading> headings = columns.stream()
                .map(c -> new Heading(c.id(), messages.get(c.headerKey()), c.width()))
                .toList();
        List<Row> cells = rows.stream()
                .map(r -> new Row(columns.stream().map(c -> c.cell(r)).toList(), sources.apply(r)))
                .toList();
        return new Table(about, headings, cells);
    }

    /** The header row. */
    public List<String> headers() {
        return headings.stream().map(Heading::header).toList();
    }

    /** The rows' cells. */
    public List<List<String>> cells() {
        return rows.stream().map(Row::cells).toList();
    }
}
