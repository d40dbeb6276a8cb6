package io.programbook.core.trace;

import java.util.List;

/**
 * The traceability matrix as plain text, one row per in-scope item in catalogue order: what an
 * assessor checks for each requirement item. Every matrix format (AsciiDoc, HTML, CSV, XLSX) is
 * made from these rows; escaping for a format is the format's business.
 */
public record TraceMatrix(List<Row> rows) {

    /** The columns of the spreadsheet formats, in order; {@link Row#cells()} gives the values. */
    public static final List<String> COLUMNS = List.of(
            "Item",
            "Title",
            "Area",
            "Area name",
            "Status",
            "Target maturity",
            "Claimed maturity",
            "Owner",
            "Statement",
            "Procedures",
            "Evidence",
            "Last verification",
            "Coverage",
            "Gaps",
            "Gap details");

    public TraceMatrix {
        rows = List.copyOf(rows);
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
            List<String> gapDetails) {

        public Row {
            procedures = List.copyOf(procedures);
            evidence = List.copyOf(evidence);
            gapKinds = List.copyOf(gapKinds);
            gapDetails = List.copyOf(gapDetails);
        }

        /** The values of {@link TraceMatrix#COLUMNS}, lists joined with {@code "; "}. */
        public List<String> cells() {
            return List.of(
                    id,
                    title,
                    areaId,
                    areaName,
                    status,
                    target,
                    claimed,
                    owner,
                    statement,
                    String.join("; ", procedures),
                    String.join("; ", evidence.stream().map(EvidenceCell::plain).toList()),
                    lastVerification,
                    coverage,
                    String.join("; ", gapKinds),
                    String.join(" ", gapDetails));
        }
    }

    /**
     * One evidence entry of an item.
     *
     * @param location the file path relative to the program folder, or the URL
     * @param date     ISO date, or empty
     * @param missing  a file that does not exist
     * @param missingNote what {@link #plain()} says of a missing file, from the bundle
     */
    public record EvidenceCell(
            String title, String location, boolean url, String date, boolean missing, String missingNote) {

        /** {@code Title (evidence/file.csv, 2026-07-14)}, with {@code file missing} when it is. */
        public String plain() {
            return title + " (" + location + (date.isEmpty() ? "" : ", " + date) + (missing ? ", " + missingNote : "")
                    + ")";
        }
    }
}
