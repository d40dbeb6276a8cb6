package io.programbook.core.trace;

import io.programbook.core.load.Located;
import io.programbook.core.load.ProgramInputs;
import io.programbook.core.model.Catalog;
import io.programbook.core.model.Evidence;
import io.programbook.core.model.ItemId;
import io.programbook.core.model.Procedure;
import io.programbook.core.model.Statement;
import io.programbook.core.model.Status;
import io.programbook.core.model.VerificationResult;
import io.programbook.core.resolve.ResolvedItem;
import io.programbook.core.resolve.ResolvedProfile;
import java.nio.file.Files;
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
 * Links requirement ← statement ← procedure ← evidence for every item and finds the gaps.
 *
 * <p>Evidence age is measured against a reference date, never the clock, so the same inputs give
 * the same report: the program's date ({@code program.date} in program.yaml) when set. With an age
 * limit, evidence without any date is a gap too: nothing shows that it is current.
 *
 * <p>An unknown owner role is not a gap but an input error ({@code PB-ROLE-UNKNOWN}, reported by
 * the validator before a trace is built): a role id that names no declared role is almost always a
 * typo, and a handbook must not name an owner nobody holds.
 */
public final class TraceBuilder {

    /**
     * @param maxEvidenceAge evidence older than this (before the reference date) is stale; empty to
     *                       not check ages
     * @param asOf           the reference date; empty to not check ages
     */
    public Trace build(
            ProgramInputs inputs, ResolvedProfile profile, Optional<Period> maxEvidenceAge, Optional<LocalDate> asOf) {
        Catalog catalog = inputs.catalog();
        Map<ItemId, Statement> statements = new LinkedHashMap<>();
        for (Located<Statement> s : inputs.statements()) {
            statements.putIfAbsent(s.value().item(), s.value());
        }
        Map<String, Procedure> proceduresById = new LinkedHashMap<>();
        inputs.procedures().forEach(p -> proceduresById.put(p.id(), p));
        Map<ItemId, List<Procedure>> satisfying = new HashMap<>();
        for (Procedure p : inputs.procedures()) {
            p.satisfies()
                    .forEach(ref -> satisfying
                            .computeIfAbsent(ref.id(), k -> new ArrayList<>())
                            .add(p));
        }

        List<TraceRow> rows = new ArrayList<>();
        List<Gap> gaps = new ArrayList<>();
        Set<String> usedProcedures = new LinkedHashSet<>();
        for (ResolvedItem item : profile.items()) {
            ItemId id = item.item().id();
            Optional<Statement> statement = Optional.ofNullable(statements.get(id));
            Set<Procedure> procedures = new LinkedHashSet<>();
            statement.ifPresent(s -> s.procedures().stream()
                    .map(proceduresById::get)
                    .filter(java.util.Objects::nonNull)
                    .forEach(procedures::add));
            procedures.addAll(satisfying.getOrDefault(id, List.of()));
            List<String> missing = statement
                    .map(s -> s.evidence().stream()
                            .filter(Evidence::fileBased)
                            .map(Evidence::file)
                            .filter(f -> !Files.isRegularFile(
                                    inputs.programDir().resolve(f).normalize()))
                            .toList())
                    .orElse(List.of());
            List<Gap> itemGaps = new ArrayList<>();
            Coverage coverage;
            if (!item.inScope()) {
                coverage = Coverage.OUT_OF_SCOPE;
                statement.ifPresent(s -> itemGaps.add(gap(
                        GapKind.OUT_OF_SCOPE_STATEMENT,
                        item,
                        "The profile excludes this item ("
                                + item.scopeDecision().rule() + ") but the program has a statement for it.")));
            } else {
                procedures.forEach(p -> usedProcedures.add(p.id()));
                itemGaps.addAll(gaps(item, statement, missing, catalog, maxEvidenceAge, asOf));
                coverage = statement.map(Statement::status).orElse(null) == Status.NOT_APPLICABLE
                        ? Coverage.NOT_APPLICABLE
                        : itemGaps.isEmpty() ? Coverage.COVERED : Coverage.GAP;
            }
            gaps.addAll(itemGaps);
            rows.add(new TraceRow(item, statement, List.copyOf(procedures), missing, coverage, itemGaps));
        }
        for (Procedure procedure : inputs.procedures()) {
            if (!usedProcedures.contains(procedure.id())) {
                gaps.add(new Gap(
                        GapKind.PROCEDURE_UNUSED,
                        procedure.id(),
                        "",
                        "Procedure '" + procedure.title() + "' (" + procedure.source()
                                + ") is linked to no in-scope item.",
                        GapKind.PROCEDURE_UNUSED.action()));
            }
        }
        return new Trace(rows, gaps);
    }

    private static List<Gap> gaps(
            ResolvedItem item,
            Optional<Statement> found,
            List<String> missing,
            Catalog catalog,
            Optional<Period> maxAge,
            Optional<LocalDate> asOf) {
        List<Gap> gaps = new ArrayList<>();
        if (found.isEmpty()) {
            gaps.add(gap(GapKind.NO_STATEMENT, item, "The program says nothing about this item."));
            return gaps;
        }
        Statement s = found.get();
        switch (s.status()) {
            case NOT_APPLICABLE -> {
                return gaps;
            }
            case PLANNED -> gaps.add(gap(GapKind.PLANNED, item, "The measure is planned but not in place."));
            case PARTIAL -> gaps.add(gap(GapKind.PARTIAL, item, "The measure is only partly in place."));
            case IMPLEMENTED -> {
                // the checks below apply
            }
        }
        if (s.status() == Status.IMPLEMENTED) {
            s.lastVerification()
                    .filter(v -> v.result() != VerificationResult.PASS)
                    .ifPresent(v -> gaps.add(gap(
                            GapKind.VERIFICATION_FAILED,
                            item,
                            "Last verification on " + v.date() + " by " + v.by() + ": "
                                    + v.result().label() + "." + (v.note().isEmpty() ? "" : " " + v.note()))));
        }
        for (String file : missing) {
            gaps.add(gap(GapKind.EVIDENCE_MISSING, item, "Evidence file '" + file + "' does not exist."));
        }
        if (s.evidence().isEmpty() && s.status() == Status.IMPLEMENTED) {
            gaps.add(gap(GapKind.NO_EVIDENCE, item, "The statement names no evidence."));
        }
        int claimed = catalog.rank(s.maturity());
        int target = catalog.rank(item.targetMaturity());
        if (s.status() == Status.IMPLEMENTED && claimed < target) {
            gaps.add(gap(
                    GapKind.BELOW_TARGET, item, "Claimed " + s.maturity() + ", target " + item.targetMaturity() + "."));
        }
        if (maxAge.isPresent() && asOf.isPresent() && !s.evidence().isEmpty()) {
            LocalDate limit = asOf.get().minus(maxAge.get());
            Optional<LocalDate> newest = s.evidence().stream()
                    .map(Evidence::date)
                    .filter(java.util.Objects::nonNull)
                    .max(LocalDate::compareTo);
            if (newest.isPresent() && newest.get().isBefore(limit)) {
                gaps.add(gap(
                        GapKind.EVIDENCE_STALE,
                        item,
                        "Newest evidence is dated " + newest.get() + ", before " + limit + " (older than "
                                + describe(maxAge.get()) + ")."));
            } else if (newest.isEmpty()) {
                gaps.add(gap(
                        GapKind.EVIDENCE_STALE,
                        item,
                        "No evidence entry has a date, so it cannot be shown to be" + " younger than "
                                + describe(maxAge.get()) + "."));
            }
        }
        return gaps;
    }

    private static Gap gap(GapKind kind, ResolvedItem item, String detail) {
        return new Gap(kind, item.item().id().toString(), item.group().id(), detail, kind.action());
    }

    private static String describe(Period period) {
        return period.toTotalMonths() > 0 && period.getDays() == 0
                ? period.toTotalMonths() + " months"
                : period.getDays() + " days";
    }
}
