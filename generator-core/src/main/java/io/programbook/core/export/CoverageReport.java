package io.programbook.core.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.programbook.core.json.JsonWriter;
import io.programbook.core.load.ProgramInputs;
import io.programbook.core.model.Procedure;
import io.programbook.core.model.Statement;
import io.programbook.core.resolve.ResolvedProfile;
import io.programbook.core.trace.CoverageSummary;
import io.programbook.core.trace.GapKind;
import io.programbook.core.trace.Trace;
import io.programbook.core.trace.TraceRow;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code coverage.json}: the trace's totals (overall, by functional area, by status and by gap
 * kind) and every item's status and gap kinds, for CI and dashboards. Described by the JSON Schema
 * {@value #SCHEMA_RESOURCE} in the programbook-catalog jar; {@link #FORMAT_VERSION} changes with
 * any change that is not an addition.
 */
@JsonPropertyOrder({
    "formatVersion",
    "program",
    "catalog",
    "profile",
    "evidence",
    "totals",
    "gapKinds",
    "areas",
    "items",
    "procedures"
})
public record CoverageReport(
        int formatVersion,
        ProgramRef program,
        String catalog,
        ProfileRef profile,
        EvidencePolicy evidence,
        Counts totals,
        Map<String, Integer> gapKinds,
        List<Area> areas,
        List<ItemEntry> items,
        List<ProcedureEntry> procedures) {

    public static final int FORMAT_VERSION = 1;
    public static final String SCHEMA_RESOURCE = "programbook/schemas/coverage.schema.json";

    /** The program the report is about; {@code date} is null when program.yaml sets none. */
    @JsonPropertyOrder({"organisation", "title", "version", "date"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ProgramRef(String organisation, String title, String version, String date) {}

    @JsonPropertyOrder({"id", "name", "version", "chain"})
    public record ProfileRef(String id, String name, String version, List<String> chain) {}

    /**
     * How evidence age was checked: the maximum age as an ISO-8601 period ({@code P12M}) measured
     * back from {@code asOf} (the program date); both null when ages were not checked.
     */
    @JsonPropertyOrder({"maxAge", "asOf"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record EvidencePolicy(String maxAge, String asOf) {}

    /** The counts of {@link CoverageSummary.Totals}. */
    @JsonPropertyOrder({
        "items",
        "inScope",
        "excluded",
        "applicable",
        "covered",
        "gaps",
        "notApplicable",
        "coveragePercent",
        "byStatus"
    })
    public record Counts(
            int items,
            int inScope,
            int excluded,
            int applicable,
            int covered,
            int gaps,
            int notApplicable,
            @JsonInclude(JsonInclude.Include.ALWAYS) Double coveragePercent,
            Map<String, Integer> byStatus) {

        static Counts of(CoverageSummary.Totals t) {
            return new Counts(
                    t.items(),
                    t.inScope(),
                    t.excluded(),
                    t.applicable(),
                    t.covered(),
                    t.gaps(),
                    t.notApplicable(),
                    t.coveragePercent(),
                    t.byStatus());
        }
    }

    @JsonPropertyOrder({"id", "name", "totals"})
    public record Area(String id, String name, Counts totals) {}

    /**
     * One catalogue item.
     *
     * @param status   the statement's status, or {@code none}
     * @param coverage covered, gap, not-applicable or out-of-scope
     * @param claimedMaturity null without a statement or claim
     * @param owner    the owning role id, null without a statement
     */
    @JsonPropertyOrder({
        "id",
        "area",
        "inScope",
        "status",
        "coverage",
        "targetMaturity",
        "claimedMaturity",
        "owner",
        "procedures",
        "gaps"
    })
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ItemEntry(
            String id,
            String area,
            boolean inScope,
            String status,
            String coverage,
            String targetMaturity,
            String claimedMaturity,
            String owner,
            List<String> procedures,
            List<String> gaps) {}

    /**
     * One procedure.
     *
     * @param items in-scope items it is linked to, from either side
     */
    @JsonPropertyOrder({"id", "title", "items", "gaps"})
    public record ProcedureEntry(String id, String title, List<String> items, List<String> gaps) {}

    /** The report of a traced program. */
    public static CoverageReport of(
            ProgramInputs inputs,
            ResolvedProfile profile,
            Trace trace,
            CoverageSummary summary,
            Optional<Period> maxEvidenceAge,
            Optional<LocalDate> asOf) {
        var program = inputs.program().value();
        Map<String, Integer> kinds = new LinkedHashMap<>();
        summary.gapsByKind().forEach((kind, count) -> kinds.put(kind.code(), count));
        List<ItemEntry> items = trace.rows().stream().map(CoverageReport::item).toList();
        Map<String, Set<String>> itemsByProcedure = new HashMap<>();
        for (TraceRow row : trace.inScope()) {
            row.procedures()
                    .forEach(p -> itemsByProcedure
                            .computeIfAbsent(p.id(), k -> new LinkedHashSet<>())
                            .add(row.resolved().item().id().toString()));
        }
        Map<String, List<String>> gapsByProcedure = new HashMap<>();
        trace.gaps().stream()
                .filter(g -> g.kind() == GapKind.PROCEDURE_UNUSED)
                .forEach(g -> gapsByProcedure
                        .computeIfAbsent(g.subject(), k -> new ArrayList<>())
                        .add(g.kind().code()));
        List<ProcedureEntry> procedures = inputs.procedures().stream()
                .map(p -> new ProcedureEntry(
                        p.id(),
                        p.title(),
                        List.copyOf(itemsByProcedure.getOrDefault(p.id(), Set.of())),
                        List.copyOf(gapsByProcedure.getOrDefault(p.id(), List.of()))))
                .toList();
        boolean agesChecked = maxEvidenceAge.isPresent() && asOf.isPresent();
        return new CoverageReport(
                FORMAT_VERSION,
                new ProgramRef(
                        program.organisation().name(),
                        program.program().title(),
                        program.program().version(),
                        program.program().date() == null
                                ? null
                                : program.program().date().toString()),
                inputs.catalog().reference(),
                new ProfileRef(
                        profile.profile().id(),
                        profile.profile().name(),
                        profile.profile().version(),
                        profile.profiles().stream().map(p -> p.id()).toList()),
                new EvidencePolicy(
                        agesChecked ? maxEvidenceAge.get().toString() : null,
                        agesChecked ? asOf.get().toString() : null),
                Counts.of(summary.overall()),
                kinds,
                summary.areas().stream()
                        .map(a -> new Area(a.id(), a.name(), Counts.of(a.totals())))
                        .toList(),
                items,
                procedures);
    }

    private static ItemEntry item(TraceRow row) {
        Optional<Statement> statement = row.statement();
        return new ItemEntry(
                row.resolved().item().id().toString(),
                row.resolved().group().id(),
                row.resolved().inScope(),
                statement.map(s -> s.status().label()).orElse(CoverageSummary.NO_STATEMENT),
                row.coverage().label(),
                row.resolved().targetMaturity(),
                statement.map(Statement::maturity).filter(m -> !m.isEmpty()).orElse(null),
                statement.map(Statement::owner).orElse(null),
                row.procedures().stream().map(Procedure::id).toList(),
                row.gaps().stream().map(g -> g.kind().code()).toList());
    }

    /** The report as indented JSON with {@code \n} line ends, the same bytes on every platform. */
    public String toJson() {
        return JsonWriter.standard().text(this);
    }
}
