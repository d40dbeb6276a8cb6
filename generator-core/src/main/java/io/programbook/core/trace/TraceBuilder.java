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
import io.programbook.core.text.Message;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Links requirement ← statement ← procedure ← evidence for every item and finds the gaps.
 *
 * <p>Evidence age is measured against a reference date, never the clock, so the same inputs give
 * the same report: the program's date ({@code program.date} in program.yaml) when set. With an age
 * limit, evidence without any date is a gap too: nothing shows that it is current. An entry whose
 * {@code validUntil} is before the reference date is out of date whatever the age limit.
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
                    .filter(Objects::nonNull)
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
                        item.scopeDecision().message())));
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
                        Message.of(detailKey(GapKind.PROCEDURE_UNUSED), procedure.title(), procedure.source())));
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
            gaps.add(gap(GapKind.NO_STATEMENT, item));
            return gaps;
        }
        Statement s = found.get();
        switch (s.status()) {
            case NOT_APPLICABLE -> {
                return gaps;
            }
            case PLANNED -> gaps.add(gap(GapKind.PLANNED, item));
            case PARTIAL -> gaps.add(gap(GapKind.PARTIAL, item));
            case IMPLEMENTED -> {
                // the checks below apply
            }
        }
        if (s.status() == Status.IMPLEMENTED) {
            s.lastVerification()
                    .filter(v -> v.result() != VerificationResult.PASS)
                    .ifPresent(v -> gaps.add(
                            v.note().isEmpty()
                                    ? gap(
                                            GapKind.VERIFICATION_FAILED,
                                            item,
                                            v.date(),
                                            v.by(),
                                            v.result().message())
                                    : new Gap(
                                            GapKind.VERIFICATION_FAILED,
                                            item.item().id().toString(),
                                            item.group().id(),
                                            Message.of(
                                                    detailKey(GapKind.VERIFICATION_FAILED) + ".note",
                                                    v.date(),
                                                    v.by(),
                                                    v.result().message(),
                                                    v.note()))));
        }
        for (String file : missing) {
            gaps.add(
                    gap(GapKind.EVIDENCE_MISSING, item, file).at(evidenceEntry(s, e -> file.equals(e.file()), "file")));
        }
        if (s.evidence().isEmpty() && s.status() == Status.IMPLEMENTED) {
            gaps.add(gap(GapKind.NO_EVIDENCE, item));
        }
        int claimed = catalog.rank(s.maturity());
        int target = catalog.rank(item.targetMaturity());
        if (s.status() == Status.IMPLEMENTED && claimed < target) {
            gaps.add(gap(GapKind.BELOW_TARGET, item, s.maturity(), item.targetMaturity()));
        }
        // issue 15: a record whose declared validity ended before the reference date no longer counts
        if (asOf.isPresent()) {
            for (int i = 0; i < s.evidence().size(); i++) {
                Evidence e = s.evidence().get(i);
                if (e.validUntil() != null && e.validUntil().isBefore(asOf.get())) {
                    gaps.add(new Gap(
                                    GapKind.EVIDENCE_STALE,
                                    item.item().id().toString(),
                                    item.group().id(),
                                    Message.of("gap.detail.evidence-expired", e.title(), e.validUntil(), asOf.get()))
                            .at("evidence/" + i + "/validUntil"));
                }
            }
        }
        if (maxAge.isPresent() && asOf.isPresent() && !s.evidence().isEmpty()) {
            LocalDate limit = asOf.get().minus(maxAge.get());
            Optional<LocalDate> newest = s.evidence().stream()
                    .map(Evidence::date)
                    .filter(Objects::nonNull)
                    .max(LocalDate::compareTo);
            if (newest.isPresent() && newest.get().isBefore(limit)) {
                gaps.add(gap(GapKind.EVIDENCE_STALE, item, newest.get(), limit, describe(maxAge.get()))
                        .at(evidenceEntry(s, e -> newest.get().equals(e.date()), "date")));
            } else if (newest.isEmpty()) {
                gaps.add(new Gap(
                        GapKind.EVIDENCE_STALE,
                        item.item().id().toString(),
                        item.group().id(),
                        Message.of("gap.detail.evidence-undated", describe(maxAge.get()))));
            }
        }
        return gaps;
    }

    /**
     * The first evidence entry of the statement that matches, as a pointer to one of its fields
     * ({@code evidence/2/file}); the evidence list when none does.
     */
    private static String evidenceEntry(Statement s, Predicate<Evidence> matches, String field) {
        for (int i = 0; i < s.evidence().size(); i++) {
            if (matches.test(s.evidence().get(i))) {
                return "evidence/" + i + "/" + field;
            }
        }
        return "evidence";
    }

    /** A gap of an item, explained by the kind's {@code gap.detail.<code>} message with these values. */
    private static Gap gap(GapKind kind, ResolvedItem item, Object... values) {
        return new Gap(kind, item.item().id().toString(), item.group().id(), Message.of(detailKey(kind), values));
    }

    static String detailKey(GapKind kind) {
        return "gap.detail." + kind.code();
    }

    /** An age limit as words: {@code 12 months}, or {@code 90 days}. */
    private static Message describe(Period period) {
        return period.toTotalMonths() > 0 && period.getDays() == 0
                ? Message.of("gap.period.months", Long.toString(period.toTotalMonths()))
                : Message.of("gap.period.days", Integer.toString(period.getDays()));
    }
}
