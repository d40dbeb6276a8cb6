package io.programbook.core.diff;

import io.programbook.core.assessment.Findings;
import io.programbook.core.load.ProgramInputs;
import io.programbook.core.model.Catalog;
import io.programbook.core.model.ItemId;
import io.programbook.core.model.MaturityLevel;
import io.programbook.core.model.Profile;
import io.programbook.core.model.Program;
import io.programbook.core.model.Review;
import io.programbook.core.model.Statement;
import io.programbook.core.model.Status;
import io.programbook.core.resolve.Decision;
import io.programbook.core.resolve.ResolvedItem;
import io.programbook.core.resolve.ResolvedProfile;
import io.programbook.core.text.Message;
import io.programbook.core.trace.Coverage;
import io.programbook.core.trace.Gap;
import io.programbook.core.trace.GapKind;
import io.programbook.core.trace.Trace;
import io.programbook.core.trace.TraceRow;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a diff compares of one side: a resolved profile and, for a whole program, its statements
 * and trace. Made from a loaded program folder or from a profile alone; a previous release's JSON
 * outputs could be read into the same shape.
 *
 * @param label      how the side is named in the changes, e.g. {@code baseline} or a profile file
 * @param levels     maturity level ids of the catalogue, lowest first
 * @param items      every catalogue item, in catalogue order
 * @param parameters the resolved profile parameters, sorted by name
 * @param program    the program's facts; empty when only a profile is compared
 */
public record ProgramSnapshot(
        String label,
        String catalog,
        String catalogTitle,
        String profileId,
        String profileName,
        String profileVersion,
        List<String> levels,
        Map<ItemId, ItemState> items,
        Map<String, String> parameters,
        Optional<ProgramFacts> program) {

    public ProgramSnapshot {
        levels = List.copyOf(levels);
        items = Collections.unmodifiableMap(new LinkedHashMap<>(items));
        parameters = Collections.unmodifiableMap(new TreeMap<>(parameters));
    }

    /** One catalogue item as the side sees it. */
    public record ItemState(
            ItemId id,
            String area,
            String areaName,
            String title,
            boolean inScope,
            Optional<Message> rationale,
            Message scopeRule,
            String targetMaturity,
            Message maturityRule,
            Optional<StatementState> statement,
            Optional<Coverage> coverage,
            List<GapKind> gaps) {

        public ItemState {
            gaps = List.copyOf(gaps);
        }
    }

    /** What a statement claims, as far as a diff compares it. */
    public record StatementState(Status status, String maturity, String text, String reviewedEdition) {}

    /** Facts of a whole program. */
    /**
     * Facts of a whole program.
     *
     * @param verdicts each assessed item's latest verdict and its date, e.g. {@code Fail (2026-09-15)}
     */
    public record ProgramFacts(
            String organisation,
            String title,
            String version,
            String date,
            Totals totals,
            Map<ItemId, String> verdicts) {

        public ProgramFacts {
            verdicts = Collections.unmodifiableMap(new TreeMap<>(verdicts));
        }
    }

    /**
     * Coverage counts of a program, as the generate goal reports them.
     *
     * @param coveragePercent null when nothing applies
     */
    public record Totals(int inScope, int covered, int gaps, int notApplicable, Double coveragePercent) {}

    /** A profile resolved without a program: scope and target maturity only. */
    public static ProgramSnapshot of(String label, ResolvedProfile profile) {
        return of(label, profile, Map.of(), Optional.empty(), Optional.empty(), false);
    }

    /** A whole program: its resolved profile, statements and trace. */
    public static ProgramSnapshot of(String label, ProgramInputs inputs, ResolvedProfile profile, Trace trace) {
        return of(label, inputs, profile, trace, false);
    }

    /**
     * A whole program, or one customer's edition of it.
     *
     * @param outside for a reader outside the provider (a customer edition's audience): each profile
     *                decision is cited by its rule and profile, not by the file and line that hold it
     */
    public static ProgramSnapshot of(
            String label, ProgramInputs inputs, ResolvedProfile profile, Trace trace, boolean outside) {
        Map<ItemId, Statement> statements = new LinkedHashMap<>();
        inputs.statements().forEach(s -> statements.putIfAbsent(s.value().item(), s.value()));
        Program program = inputs.program().value();
        Map<Coverage, Long> counts = trace.countByCoverage();
        Totals totals = new Totals(
                trace.inScope().size(),
                counts.get(Coverage.COVERED).intValue(),
                counts.get(Coverage.GAP).intValue(),
                counts.get(Coverage.NOT_APPLICABLE).intValue(),
                trace.coveragePercent());
        ProgramFacts facts = new ProgramFacts(
                program.organisation().name(),
                program.program().title(),
                program.program().version(),
                program.program().date() == null ? "" : program.program().date().toString(),
                totals,
                verdicts(inputs, profile));
        String programReview = program.reviewedEdition();
        Map<ItemId, StatementState> states = new LinkedHashMap<>();
        statements.forEach((id, s) -> states.put(
                id,
                new StatementState(
                        s.status(),
                        s.maturity(),
                        s.text(),
                        s.review().map(Review::edition).orElse(programReview))));
        return of(label, profile, states, Optional.of(trace), Optional.of(facts), outside);
    }

    private static ProgramSnapshot of(
            String label,
            ResolvedProfile profile,
            Map<ItemId, StatementState> statements,
            Optional<Trace> trace,
            Optional<ProgramFacts> facts,
            boolean outside) {
        Catalog catalog = profile.catalog();
        Map<ItemId, TraceRow> rows = new LinkedHashMap<>();
        trace.ifPresent(t -> t.rows().forEach(r -> rows.put(r.resolved().item().id(), r)));
        Map<ItemId, ItemState> items = new LinkedHashMap<>();
        for (ResolvedItem item : profile.items()) {
            ItemId id = item.item().id();
            Optional<TraceRow> row = Optional.ofNullable(rows.get(id));
            items.put(
                    id,
                    new ItemState(
                            id,
                            item.group().id(),
                            item.group().name(),
                            item.item().title(),
                            item.inScope(),
                            rationale(item),
                            rule(item.scopeDecision(), outside),
                            item.targetMaturity(),
                            rule(item.maturityDecision(), outside),
                            Optional.ofNullable(statements.get(id)),
                            row.map(TraceRow::coverage),
                            row.map(r -> r.gaps().stream()
                                            .map(Gap::kind)
                                            .distinct()
                                            .toList())
                                    .orElse(List.of())));
        }
        Profile own = profile.profile();
        return new ProgramSnapshot(
                label,
                catalog.reference(),
                catalog.title(),
                own.id(),
                own.name(),
                own.version(),
                catalog.maturityLevels().stream().map(MaturityLevel::id).toList(),
                items,
                profile.parameters(),
                facts);
    }

    /** The latest verdict of each assessed item, the worst of its rows, with the date it was given. */
    private static Map<ItemId, String> verdicts(ProgramInputs inputs, ResolvedProfile profile) {
        Findings findings = Findings.of(inputs, profile);
        Map<ItemId, String> verdicts = new TreeMap<>();
        for (Findings.Judged judged : findings.latest()) {
            ItemId id = judged.item();
            LocalDate newest = findings.of(id).stream()
                    .map(j -> j.assessment().date())
                    .max(Comparator.naturalOrder())
                    .orElseThrow();
            findings.verdict(id).ifPresent(v -> verdicts.put(id, v.label() + " (" + newest + ")"));
        }
        return verdicts;
    }

    /** Why an item is out of scope, when the profile says why. */
    private static Optional<Message> rationale(ResolvedItem item) {
        if (!item.inScope() && item.scopeDecision().kind() == Decision.Kind.NOT_SELECTED) {
            return Optional.of(ResolvedItem.notSelected(item.scopeDecision().profile()));
        }
        return item.rationale().isEmpty() ? Optional.empty() : Optional.of(Changes.verbatim(item.rationale()));
    }

    /** A profile rule and where it is written, e.g. {@code 'exclude SP.04' at profile.yaml:5:5}. */
    private static Message rule(Decision decision, boolean outside) {
        if (outside) {
            // for a reader outside the provider: the rule and its profile, as the customer's applicability cites it
            return Message.of("changes.rule.customer", decision.message(), decision.profile());
        }
        return Message.of("changes.rule", decision.message(), decision.at().toString());
    }

    /** 1 for the lowest maturity level, 0 for none or an unknown id. */
    public int rank(String level) {
        return levels.indexOf(level) + 1;
    }
}
