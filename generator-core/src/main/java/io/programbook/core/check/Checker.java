package io.programbook.core.check;

import io.programbook.core.api.CheckResult;
import io.programbook.core.api.GateResult;
import io.programbook.core.api.Gates;
import io.programbook.core.load.Located;
import io.programbook.core.load.ProgramInputs;
import io.programbook.core.model.DocumentStatus;
import io.programbook.core.model.Group;
import io.programbook.core.model.Placeholder;
import io.programbook.core.model.Statement;
import io.programbook.core.text.Messages;
import io.programbook.core.trace.Coverage;
import io.programbook.core.trace.CoverageSummary;
import io.programbook.core.trace.Gap;
import io.programbook.core.trace.GapKind;
import io.programbook.core.trace.Trace;
import io.programbook.core.trace.TraceRow;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks a traced program against {@link Gates}. Every gate is checked, so one run reports every
 * failure; the result lists what is behind each.
 */
public final class Checker {

    /** The build log stays English, like every diagnostic: it matches the docs. */
    private static final Messages LOG = Messages.english();

    /**
     * @param groups the catalogue's functional areas
     * @param asOf   the program's date, against which evidence age is measured; empty when unset
     */
    public CheckResult check(Trace trace, List<Group> groups, Gates gates, Optional<LocalDate> asOf) {
        return check(trace, groups, gates, asOf, List.of());
    }

    /**
     * As {@link #check(Trace, List, Gates, Optional)}, with the draft gate.
     *
     * @param draft why the program's documents are a draft, one line each; empty when they are final
     */
    public CheckResult check(
            Trace trace, List<Group> groups, Gates gates, Optional<LocalDate> asOf, List<String> draft) {
        CoverageSummary summary = CoverageSummary.of(trace, groups);
        List<GateResult> results = new ArrayList<>();
        gates.minimumCoverage()
                .ifPresent(minimum -> results.add(coverage("coverage", summary.overall(), minimum, trace.inScope())));
        checkAreas(trace, summary, gates, results);
        for (GapKind kind : gates.failOnGaps().stream()
                .map(code -> GapKind.ofCode(code).orElseThrow())
                .toList()) {
            List<Gap> gaps = trace.gaps().stream().filter(g -> g.kind() == kind).toList();
            String gate = "gap kind " + kind.code();
            results.add(
                    gaps.isEmpty()
                            ? GateResult.pass(gate, "none")
                            : GateResult.fail(
                                    gate,
                                    count(gaps.size(), "gap") + " (" + LOG.get(kind.title()) + "); "
                                            + LOG.get(kind.action()),
                                    gaps.stream()
                                            .map(g -> g.subject() + ": " + g.detail(LOG))
                                            .toList()));
        }
        gates.maxEvidenceAge().ifPresent(age -> results.add(evidenceAge(trace, age, asOf)));
        if (gates.failOnDraft()) {
            results.add(
                    draft.isEmpty()
                            ? GateResult.pass("draft", "released, no placeholder text")
                            : GateResult.fail(
                                    "draft",
                                    "the documents are a draft; a release build needs status 'released' under"
                                            + " 'documentControl:' in program.yaml and no statement with the"
                                            + " placeholder text of the scaffold",
                                    draft));
        }
        var overall = summary.overall();
        return new CheckResult(
                overall.inScope(), overall.covered(), overall.gaps(), overall.coveragePercent(), results, List.of());
    }

    /**
     * Why a program's documents are a draft, for the build log: its status, and every statement
     * that still holds the scaffold's placeholder text with its file and line. Empty when final.
     */
    public static List<String> draftReasons(ProgramInputs inputs) {
        List<String> reasons = new ArrayList<>();
        inputs.program()
                .value()
                .control()
                .filter(c -> c.status() != DocumentStatus.RELEASED)
                .ifPresent(c -> reasons.add("status '" + c.status().label() + "' at "
                        + inputs.program().position("documentControl/status")));
        inputs.statements().stream()
                .filter(s -> Placeholder.in(s.value()))
                .sorted(Comparator.comparing((Located<Statement> s) -> s.value().item()))
                .forEach(s -> reasons.add(s.value().item() + ": placeholder text at " + s.position("text")));
        return reasons;
    }

    private static void checkAreas(Trace trace, CoverageSummary summary, Gates gates, List<GateResult> results) {
        for (String named : gates.areaCoverage().keySet()) {
            if (summary.area(named).isEmpty()) {
                results.add(GateResult.fail(
                        "coverage of " + named,
                        "the catalogue has no functional area " + named
                                + "; areas: "
                                + summary.areas().stream()
                                        .map(CoverageSummary.AreaTotals::id)
                                        .collect(Collectors.joining(", ")),
                        List.of()));
            }
        }
        if (gates.minimumAreaCoverage().isEmpty() && gates.areaCoverage().isEmpty()) {
            return;
        }
        for (CoverageSummary.AreaTotals area : summary.areas()) {
            Optional<Double> minimum =
                    Optional.ofNullable(gates.areaCoverage().get(area.id())).or(gates::minimumAreaCoverage);
            if (minimum.isEmpty() || area.totals().applicable() == 0) {
                continue;
            }
            List<TraceRow> rows = trace.inScope().stream()
                    .filter(r -> r.resolved().group().id().equals(area.id()))
                    .toList();
            results.add(coverage("coverage of " + area.id() + " " + area.name(), area.totals(), minimum.get(), rows));
        }
    }

    private static GateResult coverage(
            String gate, CoverageSummary.Totals totals, double minimum, List<TraceRow> rows) {
        String covered = totals.covered() + " of " + count(totals.applicable(), "applicable item") + " covered";
        String found = percent(totals.coveragePercent()) + " (" + covered + ")";
        // the exact share, not the rounded one the documents show: 1,999 of 2,000 is 100.0 % there,
        // and still below a minimum of 100
        if (totals.applicable() == 0 || 100.0 * totals.covered() >= minimum * totals.applicable()) {
            return GateResult.pass(gate, found + ", minimum " + percent(minimum));
        }
        List<String> items = rows.stream()
                .filter(r -> r.coverage() == Coverage.GAP)
                .map(r -> r.resolved().item().id() + ": "
                        + r.gaps().stream().map(g -> g.kind().code()).collect(Collectors.joining(", ")))
                .toList();
        return GateResult.fail(
                gate,
                percent(totals.coveragePercent()) + " is below the minimum of " + percent(minimum) + " (" + covered
                        + "; " + count(items.size(), "item") + " with gaps)",
                items);
    }

    private static GateResult evidenceAge(Trace trace, Period age, Optional<LocalDate> asOf) {
        String gate = "evidence age";
        String limit = age.toTotalMonths() > 0 && age.getDays() == 0
                ? age.toTotalMonths() + " months"
                : age.getDays() + " days";
        if (asOf.isEmpty()) {
            return GateResult.fail(
                    gate,
                    "cannot be checked: program.yaml sets no program.date, the date evidence age"
                            + " is measured from; add 'date:' under 'program:'",
                    List.of());
        }
        List<Gap> stale = trace.gaps().stream()
                .filter(g -> g.kind() == GapKind.EVIDENCE_STALE)
                .toList();
        if (stale.isEmpty()) {
            return GateResult.pass(gate, "no evidence older than " + limit + " before " + asOf.get());
        }
        return GateResult.fail(
                gate,
                count(stale.size(), "item") + " with evidence older than " + limit + " before " + asOf.get()
                        + " or undated; " + LOG.get(GapKind.EVIDENCE_STALE.action()),
                stale.stream().map(g -> g.subject() + ": " + g.detail(LOG)).toList());
    }

    private static String percent(Double value) {
        return CoverageSummary.log(value);
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
