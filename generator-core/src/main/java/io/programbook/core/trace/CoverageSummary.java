package io.programbook.core.trace;

import io.programbook.core.model.Group;
import io.programbook.core.model.Status;
import io.programbook.core.text.Messages;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Counts of a trace: overall, per functional area (in catalogue order) and per gap kind. What
 * {@code coverage.json}, the matrices and the {@code check} goal report.
 *
 * @param areas      one entry per functional area of the catalogue, in catalogue order
 * @param gapsByKind every kind, worst first, with how many gaps of it the program has (0 included)
 */
public record CoverageSummary(Totals overall, List<AreaTotals> areas, Map<GapKind, Integer> gapsByKind) {

    /** The spelling of "no statement" in the counts by status. */
    public static final String NO_STATEMENT = "none";

    public CoverageSummary {
        areas = List.copyOf(areas);
        gapsByKind = Collections.unmodifiableMap(new EnumMap<>(gapsByKind));
    }

    /**
     * Counts of a set of trace rows.
     *
     * @param items           catalogue items, in scope or not
     * @param applicable      in-scope items that apply: covered plus those with gaps
     * @param coveragePercent covered items as a share of the applicable ones, rounded half up to one
     *                        decimal ({@link #percent}); null when nothing applies (an area with
     *                        no applicable item has no percentage)
     * @param byStatus        in-scope items by the status of their statement: implemented, partial,
     *                        planned, not-applicable and {@value CoverageSummary#NO_STATEMENT}, in that order
     */
    public record Totals(
            int items,
            int inScope,
            int excluded,
            int applicable,
            int covered,
            int gaps,
            int notApplicable,
            Double coveragePercent,
            Map<String, Integer> byStatus) {

        public Totals {
            byStatus = Collections.unmodifiableMap(new LinkedHashMap<>(byStatus));
        }

        static Totals of(List<TraceRow> rows) {
            int covered = count(rows, Coverage.COVERED);
            int gaps = count(rows, Coverage.GAP);
            int notApplicable = count(rows, Coverage.NOT_APPLICABLE);
            int excluded = count(rows, Coverage.OUT_OF_SCOPE);
            Map<String, Integer> byStatus = new LinkedHashMap<>();
            for (Status status : Status.values()) {
                byStatus.put(status.label(), (int) rows.stream()
                        .filter(r -> r.coverage() != Coverage.OUT_OF_SCOPE)
                        .filter(r ->
                                r.statement().map(s -> s.status() == status).orElse(false))
                        .count());
            }
            byStatus.put(NO_STATEMENT, (int) rows.stream()
                    .filter(r -> r.coverage() != Coverage.OUT_OF_SCOPE
                            && r.statement().isEmpty())
                    .count());
            return new Totals(
                    rows.size(),
                    rows.size() - excluded,
                    excluded,
                    covered + gaps,
                    covered,
                    gaps,
                    notApplicable,
                    percent(covered, covered + gaps),
                    byStatus);
        }

        private static int count(List<TraceRow> rows, Coverage coverage) {
            return (int) rows.stream().filter(r -> r.coverage() == coverage).count();
        }
    }

    /** The counts of one functional area. */
    public record AreaTotals(String id, String name, Totals totals) {}

    /** Summarises a trace over the catalogue's functional areas. */
    public static CoverageSummary of(Trace trace, List<Group> groups) {
        List<AreaTotals> areas = groups.stream()
                .map(g -> new AreaTotals(
                        g.id(),
                        g.name(),
                        Totals.of(trace.rows().stream()
                                .filter(r -> r.resolved().group().id().equals(g.id()))
                                .toList())))
                .toList();
        Map<GapKind, Integer> byKind = new EnumMap<>(GapKind.class);
        for (GapKind kind : GapKind.values()) {
            byKind.put(kind, (int)
                    trace.gaps().stream().filter(g -> g.kind() == kind).count());
        }
        return new CoverageSummary(Totals.of(trace.rows()), areas, byKind);
    }

    /**
     * A share in percent, rounded half up to one decimal (16 of 23 is 69.6); null when there is
     * nothing to share. The one rounding of a percentage: every output and the {@code check} goal's
     * gates use it.
     */
    public static Double percent(long part, long whole) {
        return whole == 0 ? null : Messages.round(part * 100.0 / whole, 1);
    }

    /**
     * A percentage in the build log, the {@code check} goal's messages and the changes (English, as
     * diagnostics are), already rounded by {@link #percent}: {@code 69.6 %}, or
     * {@code no applicable items}. Documents use {@code Messages.percent} and {@code Messages.coverage}.
     */
    public static String log(Double value) {
        return value == null ? "no applicable items" : String.format(Locale.ROOT, "%.1f %%", value);
    }

    /** The totals of an area by its id, e.g. {@code SP.09}. */
    public Optional<AreaTotals> area(String id) {
        return areas.stream().filter(a -> a.id().equals(id)).findFirst();
    }
}
