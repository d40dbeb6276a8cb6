package io.programbook.core.render;

import java.util.List;

/**
 * Everything the traceability matrix and the gap report print, prepared in Java. Plain-text fields
 * are already escaped for AsciiDoc.
 */
public record MatrixView(Header header, Totals totals, List<Row> rows, List<KindView> kinds) {

    public MatrixView {
        rows = List.copyOf(rows);
        kinds = List.copyOf(kinds);
    }

    /** Document title block. */
    public record Header(
            String title,
            String organisation,
            String version,
            String date,
            String catalogTitle,
            String catalogReference,
            String profileName,
            String profileId) {}

    /** Counts over the in-scope items. */
    public record Totals(
            int inScope,
            int excluded,
            int covered,
            int gaps,
            int notApplicable,
            String coveragePercent,
            int gapCount) {}

    /**
     * One in-scope item.
     *
     * @param area       {@code SP.01 Solution staffing}
     * @param evidence   one AsciiDoc line per evidence entry
     * @param statusCode the status token for styles, e.g. {@code not-applicable}, {@code no-statement}
     * @param status     the status as readers see it
     * @param gaps       gap kind codes, worst first
     */
    public record Row(
            String id,
            String anchor,
            String title,
            String area,
            String statusCode,
            String status,
            String target,
            String claimed,
            String owner,
            List<String> procedures,
            List<String> evidence,
            String lastVerification,
            String coverage,
            List<String> gaps) {

        public Row {
            procedures = List.copyOf(procedures);
            evidence = List.copyOf(evidence);
            gaps = List.copyOf(gaps);
        }
    }

    /** A gap kind with how often the program has it. */
    public record KindView(String code, String title, String action, int count) {}
}
