package io.programbook.core.api;

import io.programbook.core.diag.Diagnostic;
import java.util.List;
import java.util.Locale;

/**
 * What a check found: the program's coverage and every gate's outcome, in the order the gates are
 * checked (overall coverage, area coverage, gap kinds, evidence age).
 *
 * @param coveragePercent covered items as a share of the applicable ones, rounded half up to one
 *                        decimal; null when nothing applies
 * @param warnings findings about the input that did not stop the check
 */
public record CheckResult(
        int inScope, int covered, int gaps, Double coveragePercent, List<GateResult> gates, List<Diagnostic> warnings) {

    /** The first line of a failed check's summary; ITs and CI logs grep for it. */
    public static final String FAILED = "Programbook check failed";

    public CheckResult {
        gates = List.copyOf(gates);
        warnings = List.copyOf(warnings);
    }

    public CheckResult withWarnings(List<Diagnostic> found) {
        return new CheckResult(inScope, covered, gaps, coveragePercent, gates, found);
    }

    public boolean passed() {
        return gates.stream().allMatch(GateResult::passed);
    }

    public List<GateResult> failed() {
        return gates.stream().filter(g -> !g.passed()).toList();
    }

    /**
     * One summary of every failed gate and the items behind each:
     *
     * <pre>
     * Programbook check failed: 2 of 4 gates failed
     *   coverage: 76.9 % is below the minimum of 90.0 % (24 items with gaps)
     *     SP.01.04 RE(1): partial, verification-failed
     *     …
     *   gap kind evidence-missing: 1 gap (Evidence file missing)
     *     SP.11.01 BR: Evidence file 'evidence/report.pdf' does not exist.
     * </pre>
     */
    public String summary() {
        List<GateResult> failed = failed();
        StringBuilder out = new StringBuilder(String.format(
                Locale.ROOT,
                "%s: %d of %d gate%s failed",
                FAILED,
                failed.size(),
                gates.size(),
                gates.size() == 1 ? "" : "s"));
        for (GateResult gate : failed) {
            out.append('\n').append("  ").append(gate.gate()).append(": ").append(gate.message());
            gate.items().forEach(item -> out.append('\n').append("    ").append(item));
        }
        return out.toString();
    }
}
