package io.programbook.core.render;

import java.util.List;

/**
 * The overview at the front of the handbook and the gap report: one row per functional area with
 * items in scope, and the charts, each an SVG data URI with its text alternative. Plain-text fields
 * are escaped for AsciiDoc; {@code alt} and {@code src} are HTML attribute values, escaped for HTML.
 *
 * @param history the coverage-per-release chart; null without a revision history from Git
 */
public record OverviewView(List<Row> rows, Chart maturity, Chart coverage, Chart history) {

    public OverviewView {
        rows = List.copyOf(rows);
    }

    /**
     * One functional area.
     *
     * @param target   the target maturity of its items, e.g. {@code ML2} or {@code ML2–ML3}
     * @param claimed  the maturity its statements claim, likewise; a dash when none claims one
     * @param atTarget how many applicable items claim their target maturity or more, "4 of 5"
     */
    public record Row(
            String id,
            String name,
            int inScope,
            String target,
            String claimed,
            String atTarget,
            String coverage,
            int openGaps) {}

    /** A chart: its title, the image's address (an SVG data URI) and its text alternative. */
    public record Chart(String title, String src, String alt, int width, int height) {}
}
