package io.programbook.core.plan;

import io.programbook.core.diag.SourcePosition;
import io.programbook.core.load.Located;
import io.programbook.core.load.ProgramInputs;
import io.programbook.core.model.Action;
import io.programbook.core.model.ItemId;
import io.programbook.core.model.Statement;
import io.programbook.core.trace.Coverage;
import io.programbook.core.trace.GapKind;
import io.programbook.core.trace.Trace;
import io.programbook.core.trace.TraceRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who closes which gap by when: every open action of a statement ({@code action:}), by the role
 * that owns it, each owner's actions ordered by due date (undated last); and the in-scope items
 * that have a gap but no open action, which nobody has yet taken on.
 *
 * <p>An action is overdue when its due date is before the reference date: the program's date
 * ({@code program.date}), never the clock, so that the same inputs give the same plan. Without a
 * program date no action is overdue.
 *
 * @param owners  the owners with open actions, by role id, in the order of {@code program.yaml}'s roles
 * @param without the in-scope items with gaps and no open action, in catalogue order
 * @param asOf    the reference date; empty when the program has no date
 */
public record ActionPlan(List<Owner> owners, List<Entry> without, Optional<LocalDate> asOf) {

    public ActionPlan {
        owners = List.copyOf(owners);
        without = List.copyOf(without);
    }

    /** One role's open actions, ordered by due date. */
    public record Owner(String role, List<Entry> actions) {

        public Owner {
            actions = List.copyOf(actions);
        }
    }

    /**
     * One item of the plan.
     *
     * @param action  its open action; empty for an item without one
     * @param gaps    the kinds of the item's gaps, worst first
     * @param overdue whether the action is due before the reference date
     * @param at      the statement's action (or the statement, without one), for the reader to change
     */
    public record Entry(
            ItemId item,
            String area,
            Optional<Action> action,
            List<GapKind> gaps,
            boolean overdue,
            Optional<SourcePosition> at) {

        public Entry {
            gaps = List.copyOf(gaps);
        }
    }

    /** Every open action, overdue ones first within an owner, in the plan's order. */
    public List<Entry> actions() {
        return owners.stream().flatMap(o -> o.actions().stream()).toList();
    }

    /** The open actions due before the reference date. */
    public List<Entry> overdue() {
        return actions().stream().filter(Entry::overdue).toList();
    }

    /** The plan of a traced program. */
    public static ActionPlan of(ProgramInputs inputs, Trace trace, Optional<LocalDate> asOf) {
        Map<ItemId, Located<Statement>> statements = new LinkedHashMap<>();
        inputs.statements().forEach(s -> statements.putIfAbsent(s.value().item(), s));
        Map<String, List<Entry>> byOwner = new LinkedHashMap<>();
        inputs.program().value().roles().forEach(r -> byOwner.put(r.id(), new ArrayList<>()));
        List<Entry> without = new ArrayList<>();
        for (TraceRow row : trace.rows()) {
            if (!row.resolved().inScope()) {
                continue;
            }
            ItemId id = row.resolved().item().id();
            Optional<Located<Statement>> statement = Optional.ofNullable(statements.get(id));
            Optional<Action> action =
                    statement.flatMap(s -> s.value().plannedAction()).filter(a -> a.state() == Action.State.OPEN);
            List<GapKind> gaps =
                    row.gaps().stream().map(g -> g.kind()).distinct().sorted().toList();
            if (action.isPresent()) {
                Action a = action.get();
                boolean overdue = a.due() != null && asOf.isPresent() && a.due().isBefore(asOf.get());
                byOwner.computeIfAbsent(a.owner(), k -> new ArrayList<>())
                        .add(new Entry(
                                id,
                                row.resolved().group().id(),
                                action,
                                gaps,
                                overdue,
                                statement.map(s -> s.position("action"))));
            } else if (row.coverage() == Coverage.GAP) {
                without.add(new Entry(
                        id,
                        row.resolved().group().id(),
                        Optional.empty(),
                        gaps,
                        false,
                        statement.map(Located::position)));
            }
        }
        Comparator<Entry> byDue = Comparator.comparing(
                        (Entry e) -> e.action().map(Action::due).orElse(null),
                        Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(
                        e -> e.action().map(Action::priority).orElse(null),
                        Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Entry::item);
        List<Owner> owners = new ArrayList<>();
        byOwner.forEach((role, entries) -> {
            if (!entries.isEmpty()) {
                entries.sort(byDue);
                owners.add(new Owner(role, entries));
            }
        });
        return new ActionPlan(owners, without, asOf);
    }
}
