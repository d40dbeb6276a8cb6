package io.programbook.core.trace;

import io.programbook.core.diag.SourcePosition;
import io.programbook.core.table.Column;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The traceability matrix as plain text, one row per in-scope item in catalogue order: what an
 * assessor checks for each requirement item. Every matrix format (AsciiDoc, HTML, CSV, XLSX, JSON)
 * is made from these rows; escaping for a format is the format's business.
 */
public record TraceMatrix(List<Row> rows) {

    /**
     * The columns of the tabular formats (CSV, XLSX, JSON), in order, each declared once: its stable
     * id, the message key of its header, its width in characters and its value. {@link Row#cells()}
     * gives the values.
     */
    public static final List<Column<Row>> COLUMNS = List.of(
            new Column<>("item", "matrix.column.item", 16, Row::id),
            new Column<>("title", "matrix.column.title", 40, Row::title),
            new Column<>("area", "matrix.column.area", 8, Row::areaId),
            new Column<>("areaName", "matrix.column.areaName", 24, Row::areaName),
            new Column<>("status", "matrix.column.status", 14, Row::status),
            new Column<>("targetMaturity", "matrix.column.targetMaturity", 10, Row::target),
            new Column<>("claimedMaturity", "matrix.column.claimedMaturity", 10, Row::claimed),
            new Column<>("owner", "matrix.column.owner", 20, Row::owner),
            new Column<>("statement", "matrix.column.statement", 70, Row::statement),
            new Column<>("procedures", "matrix.column.procedures", 30, r -> String.join("; ", r.procedures())),
            new Column<>(
                    "evidence",
                    "matrix.column.evidence",
                    50,
                    r -> String.join(
                            "; ", r.evidence().stream().map(EvidenceCell::plain).toList())),
            new Column<>("lastVerification", "matrix.column.lastVerification", 36, Row::lastVerification),
            new Column<>("coverage", "matrix.column.coverage", 14, Row::coverage),
            new Column<>("gaps", "matrix.column.gaps", 24, r -> String.join("; ", r.gapKinds())),
            new Column<>("gapDetails", "matrix.column.gapDetails", 50, r -> String.join(" ", r.gapDetails())),
            new Column<>(
                    "verdict", "matrix.column.verdict", 14, r -> r.assessed().verdict()),
            new Column<>(
                    "assessed", "matrix.column.assessed", 30, r -> r.assessed().assessed()),
            new Column<>(
                    "findings", "matrix.column.findings", 60, r -> r.assessed().findings()));

    public TraceMatrix {
        rows = List.copyOf(rows);
    }

    /** The same matrix with what the program's assessments say about each row's item. */
    public TraceMatrix withAssessed(Function<Row, Assessed> assessed) {
        return new TraceMatrix(rows.stream().map(r -> r.with(assessed.apply(r))).toList());
    }

    /**
     * What the program's assessments say about an item, as plain text; empty where no assessment
     * judged it.
     *
     * @param verdict  the item's latest verdict, the worst of its rows (Fail, N/E, Pass, N/A), marked
     *                 when a statement judged has changed since
     * @param assessed when and by whom, e.g. {@code 2026-09-15 M. Okafor}
     * @param findings the item's open findings with their corrective actions
     */
    public record Assessed(String verdict, String assessed, String findings) {

        public static final Assessed NONE = new Assessed("", "", "");
    }

    /**
     * One item.
     *
     * @param anchor           the item's anchor in the handbook, e.g. {@code sp-01-01-br}
     * @param status           the statement's status, or {@code no statement}
     * @param claimed          the claimed maturity, or empty
     * @param owner            the owning role's name, or empty
     * @param statement        the statement text (parameters replaced, item links as plain ids), or for
     *                         a not-applicable item its justification
     * @param procedures       titles of the linked procedures, from both sides of the link
     * @param lastVerification e.g. {@code 2026-05-10 pass by Internal audit}, or empty
     * @param gapKinds         codes of the item's gaps, worst first, e.g. {@code no-evidence}
     * @param gapDetails       what is missing, one entry per gap, in the same order
     * @param source           where the statement's text (or justification) is written; empty without a statement
     */
    public record Row(
            String id,
            String anchor,
            String title,
            String areaId,
            String areaName,
            String status,
            String target,
            String claimed,
            String owner,
            String statement,
            List<String> procedures,
            List<EvidenceCell> evidence,
            String lastVerification,
            String coverage,
            List<String> gapKinds,
            List<String> gapDetails,
            Optional<SourcePosition> source,
            Assessed assessed) {

        public Row {
            Objects.requireNonNull(assessed, "assessed");
            procedures = List.copyOf(procedures);
            evidence = List.copyOf(evidence);
            gapKinds = List.copyOf(gapKinds);
            gapDetails = List.copyOf(gapDetails);
            Objects.requireNonNull(source, "source");
        }

        /** A row no assessment has judged. */
        public Row(
                String id,
                String anchor,
                String title,
                String areaId,
                String areaName,
                String status,
                String target,
                String claimed,
                String owner,
                String statement,
                List<String> procedures,
                List<EvidenceCell> evidence,
                String lastVerification,
                String coverage,
                List<String> gapKinds,
                List<String> gapDetails,
                Optional<SourcePosition> source) {
            this(
                    id,
                    anchor,
                    title,
                    areaId,
                    areaName,
                    status,
                    target,
                    claimed,
                    owner,
                    statement,
                    procedures,
                    evidence,
                    lastVerification,
                    coverage,
                    gapKinds,
                    gapDetails,
                    source,
                    Assessed.NONE);
        }

        /** The same row with what the assessments say. */
        public Row with(Assessed other) {
            return new Row(
                    id,
                    anchor,
                    title,
                    areaId,
                    areaName,
                    status,
                    target,
                    claimed,
                    owner,
                    statement,
                    procedures,
                    evidence,
                    lastVerification,
                    coverage,
                    gapKinds,
                    gapDetails,
                    source,
                    other);
        }

        /** The values of {@link TraceMatrix#COLUMNS}, lists joined with {@code "; "}. */
        public List<String> cells() {
            return COLUMNS.stream().map(c -> c.cell(this)).toList();
        }
    }

    /**
     * One evidence entry of an item.
     *
     * @param location the file path relative to the program folder, the URL, or the description of a
     *                 record kept elsewhere; empty where the reader is not shown it
     * @param url      an address
     * @param record   a record kept elsewhere ({@code record:}): neither a file nor an address
     * @param date     ISO date, or empty
     * @param missing  a file that does not exist
     * @param missingNote what {@link #plain()} says of a missing file, from the bundle
     * @param id       the record's id in the evidence register
     * @param href     where the documents link the record to: its file in the assessor package, or an
     *                 address anyone may open; empty when it is not linked (internal, missing)
     */
    public record EvidenceCell(
            String title,
            String location,
            boolean url,
            boolean record,
            String date,
            boolean missing,
            String missingNote,
            String id,
            String href) {

        /** {@code EV-file Title (evidence/file.csv, 2026-07-14)}, with {@code file missing} when it is. */
        public String plain() {
            String details = Stream.of(location, date, missing ? missingNote : "")
                    .filter(d -> !d.isEmpty())
                    .collect(Collectors.joining(", "));
            return (id.isEmpty() ? "" : id + " ") + (details.isEmpty() ? title : title + " (" + details + ")");
        }
    }
}
