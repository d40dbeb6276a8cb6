package io.programbook.core.trace;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The traceability of a whole program: one row per catalogue item, and every gap worst first.
 */
public record Trace(List<TraceRow> rows, List<Gap> gaps) {

    public Trace {
        rows = List.copyOf(rows);
        gaps = gaps.stream().sorted(Gap.ORDER).toList();
    }

    public List<TraceRow> inScope() {
        return rows.stream().filter(r -> r.coverage() != Coverage.OUT_OF_SCOPE).toList();
    }

    public Map<Coverage, Long> countByCoverage() {
        Map<Coverage, Long> counts = new EnumMap<>(Coverage.class);
        for (Coverage c : Coverage.values()) {
            counts.put(c, rows.stream().filter(r -> r.coverage() == c).count());
        }
        return counts;
    }

    /**
     * Covered items as a share of the in-scope items that apply (not-applicable ones are left out),
     * in percent rounded half up to one decimal ({@link CoverageSummary#percent}); null when
     * nothing applies.
     */
    public Double coveragePercent() {
        long applicable = rows.stream()
                .filter(r -> r.coverage() == Coverage.COVERED || r.coverage() == Coverage.GAP)
                .count();
        long covered =
                rows.stream().filter(r -> r.coverage() == Coverage.COVERED).count();
        return CoverageSummary.percent(covered, applicable);
    }
}
