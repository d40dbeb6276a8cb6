package io.programbook.core.render;

import java.util.List;

/**
 * Everything the gap report prints, prepared in Java. Plain-text fields are already escaped for
 * AsciiDoc.
 *
 * @param areas       every functional area with its counts, in catalogue order
 * @param areaGaps    the areas that have gaps, in catalogue order, each with its gaps worst first
 * @param programGaps gaps that belong to no item (procedures that satisfy nothing), worst first
 * @param plan        the action plan: open actions by owner, and the gaps nobody has taken on
 * @param outside     the report is for a reader outside the provider (a customer edition): no gap
 *                    says where in the program's files it is
 */
public record GapReportView(
        MatrixView.Header header,
        MatrixView.Totals totals,
        List<MatrixView.KindView> kinds,
        List<AreaCounts> areas,
        List<AreaGaps> areaGaps,
        List<GapRow> programGaps,
        ActionPlanView plan,
        boolean outside) {

    public GapReportView {
        kinds = List.copyOf(kinds);
        areas = List.copyOf(areas);
        areaGaps = List.copyOf(areaGaps);
        programGaps = List.copyOf(programGaps);
    }

    /**
     * One line of the coverage-by-area table.
     *
     * @param anchor the area's section of the report, empty when the area has no gaps
     */
    public record AreaCounts(
            String id,
            String anchor,
            String name,
            int inScope,
            int covered,
            int gaps,
            int notApplicable,
            String coveragePercent,
            int gapCount) {}

    /** The gaps of one functional area. */
    public record AreaGaps(String id, String anchor, String name, List<GapRow> gaps) {

        public AreaGaps {
            gaps = List.copyOf(gaps);
        }
    }

    /**
     * One gap.
     *
     * @param subject AsciiDoc: the item or procedure, linked into the handbook
     * @param where   the file (and line) to change, relative to the project, or empty
     */
    public record GapRow(String kind, String kindTitle, String subject, String detail, String action, String where) {}
}
