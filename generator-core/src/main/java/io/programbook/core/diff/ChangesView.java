package io.programbook.core.diff;

import java.util.List;

/**
 * Everything the changes template prints, prepared in Java; plain text is escaped for AsciiDoc.
 * A section the diff does not compare is null.
 */
public record ChangesView(
        Header header,
        List<Row> summary,
        CatalogView catalog,
        ProfileView profile,
        ProgramView program,
        boolean outside,
        CustomerView customer) {

    /** The provider's changes: for its own readers, with no customer section. */
    public ChangesView(
            Header header, List<Row> summary, CatalogView catalog, ProfileView profile, ProgramView program) {
        this(header, summary, catalog, profile, program, false, null);
    }

    /**
     * One customer's section: whether its edition is new, and its accepted deviations.
     *
     * @param firstEdition the note that the baseline has no edition for the customer, or empty
     */
    public record CustomerView(
            String name,
            String firstEdition,
            List<DeviationRow> added,
            List<DeviationRow> removed,
            List<DeviationRow> changed) {}

    /**
     * An accepted deviation: as it stands (added, removed), or, when changed, what moved of it
     * before and now.
     */
    public record DeviationRow(
            String id,
            String title,
            String difference,
            String compensation,
            String accepted,
            String validUntil,
            String aspects,
            String was,
            String now) {}

    public record Header(String title, String kind, String from, String to) {}

    public record Row(String label, String value) {}

    /**
     * @param counts     one row per kind of change, over the whole catalogue
     * @param reworded   items whose wording moved, grouped by their shared note
     */
    public record CatalogView(
            String from,
            String to,
            String fromTitle,
            String toTitle,
            String note,
            boolean inferred,
            boolean scoped,
            boolean same,
            List<Row> counts,
            long unverified,
            List<ChangeRow> added,
            List<ChangeRow> removed,
            List<ChangeRow> renamed,
            List<ChangeRow> changed,
            List<RewordGroup> reworded,
            int rewordedCount) {}

    /**
     * @param previousTitle our short title in the older edition, when it differs
     * @param verified      {@code yes} or {@code no}
     */
    public record ChangeRow(
            String id,
            String from,
            String title,
            String area,
            String aspects,
            String note,
            String confidence,
            String verified,
            String previousTitle) {}

    public record RewordGroup(String note, List<ChangeRow> items) {}

    public record ProfileView(
            String from,
            String to,
            boolean empty,
            List<ScopeRow> entering,
            List<ScopeRow> leaving,
            List<LevelRow> raised,
            List<LevelRow> lowered,
            List<ParameterRow> parameters) {}

    public record ScopeRow(String id, String title, String area, String reason) {}

    public record LevelRow(String id, String title, String from, String to, String rule) {}

    public record ParameterRow(String name, String from, String to) {}

    public record ProgramView(
            List<ReviewRow> toReview,
            List<StatementRow> added,
            List<StatementRow> removed,
            List<StatementRow> status,
            List<StatementRow> maturity,
            List<StatementRow> text,
            List<TotalRow> totals,
            List<CoverageRow> coverage,
            List<StatementRow> verdicts) {}

    public record ReviewRow(String id, String title, String reason) {}

    public record StatementRow(String id, String title, String from, String to) {}

    public record TotalRow(String label, String from, String to, String change) {}

    public record CoverageRow(String id, String title, String from, String to, String gaps) {}
}
