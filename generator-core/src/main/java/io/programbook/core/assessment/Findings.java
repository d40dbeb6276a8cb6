package io.programbook.core.assessment;

import io.programbook.core.diag.SourcePosition;
import io.programbook.core.load.Located;
import io.programbook.core.load.PerInputs;
import io.programbook.core.load.ProgramInputs;
import io.programbook.core.model.Action;
import io.programbook.core.model.Assessment;
import io.programbook.core.model.ItemId;
import io.programbook.core.model.Verdict;
import io.programbook.core.resolve.ResolvedProfile;
import io.programbook.core.text.Messages;
import io.programbook.core.trace.TraceMatrix;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What the program's assessments say now: the latest verdict per item, service role and component
 * (a later assessment replaces an earlier one's verdict on the same row), which of them are open
 * findings, and whether the statement judged has changed since.
 */
public final class Findings {

    private final List<Judged> latest;

    private Findings(List<Judged> latest) {
        this.latest = List.copyOf(latest);
    }

    /**
     * One row's latest verdict.
     *
     * @param at      where the result is written in its assessment record
     * @param changed the statement the row shows now differs from the one judged
     */
    public record Judged(Assessment assessment, Assessment.Result result, SourcePosition at, boolean changed) {

        public ItemId item() {
            return result.item();
        }

        public Verdict verdict() {
            return result.verdict();
        }

        /** An open finding whose corrective action was due before the date. */
        public boolean overdue(LocalDate asOf) {
            return result.isOpenFinding()
                    && result.correctiveAction()
                            .map(Action::due)
                            .filter(due -> due.isBefore(asOf))
                            .isPresent();
        }

        /** Role and component as the worksheet names them, e.g. {@code Maintenance Provider, PLC-based solutions}. */
        public String row(Messages messages, ProgramInputs inputs) {
            String role = messages.get("worksheet.role." + result.role());
            return result.component().isEmpty()
                    ? role
                    : role + ", "
                            + inputs.program()
                                    .value()
                                    .component(result.component())
                                    .map(c -> c.name())
                                    .orElse(result.component());
        }
    }

    /** The findings of a program: each row's latest verdict, in catalogue order. */
    public static Findings of(ProgramInputs inputs, ResolvedProfile profile) {
        return MADE.of(inputs, profile, () -> make(inputs, profile));
    }

    /**
     * The findings {@link #of} made, per loaded program and profile: the handbook, the gap report
     * and the matrix of an edition each ask, and each would build the whole worksheet again.
     */
    private static final PerInputs<Findings> MADE = new PerInputs<>();

    private static Findings make(ProgramInputs inputs, ResolvedProfile profile) {
        Worksheet current = new WorksheetBuilder().build(inputs, profile, Messages.english());
        Map<Worksheet.Key, Judged> latest = new LinkedHashMap<>();
        for (Located<Assessment> located : inputs.assessments()) {
            Assessment assessment = located.value();
            if (!assessment.catalog().equals(inputs.program().value().catalog())) {
                continue; // an assessment against another edition: its rows are not this program's
            }
            List<Assessment.Result> results = assessment.results();
            for (int i = 0; i < results.size(); i++) {
                Assessment.Result r = results.get(i);
                Worksheet.Key key = new Worksheet.Key(r.item(), r.role(), r.component());
                boolean changed = !r.statement().isEmpty()
                        && current.row(key)
                                .map(row -> !row.fingerprint().equals(r.statement()))
                                .orElse(false);
                latest.remove(key);
                latest.put(key, new Judged(assessment, r, located.position("results/" + i), changed));
            }
        }
        List<Judged> sorted = new ArrayList<>(latest.values());
        sorted.sort(Comparator.comparing(Judged::item));
        return new Findings(sorted);
    }

    /** Every row's latest verdict. */
    public List<Judged> latest() {
        return latest;
    }

    /** The latest verdicts that are open findings (Fail, N/E without a done action). */
    public List<Judged> open() {
        return latest.stream().filter(j -> j.result().isOpenFinding()).toList();
    }

    /** The latest verdicts of an item, per role and component. */
    public List<Judged> of(ItemId item) {
        return latest.stream().filter(j -> j.item().equals(item)).toList();
    }

    /**
     * The item's verdict in one word: the worst of its rows' latest verdicts (Fail, then N/E, then
     * Pass, then N/A); empty when no assessment judged it.
     */
    public Optional<Verdict> verdict(ItemId item) {
        List<Verdict> order = List.of(Verdict.FAIL, Verdict.NOT_EVALUATED, Verdict.PASS, Verdict.NOT_APPLICABLE);
        return of(item).stream().map(Judged::verdict).min(Comparator.comparingInt(order::indexOf));
    }

    /** The verdicts per item, for outputs that show one per item. */
    public Map<ItemId, Verdict> verdicts() {
        Map<ItemId, Verdict> verdicts = new TreeMap<>();
        latest.forEach(j -> verdict(j.item()).ifPresent(v -> verdicts.put(j.item(), v)));
        return verdicts;
    }

    /** What the matrix shows of an item: its verdict, when and by whom, its open findings. */
    public TraceMatrix.Assessed assessed(ItemId item, ProgramInputs inputs, Messages messages) {
        List<Judged> judged = of(item);
        if (judged.isEmpty()) {
            return TraceMatrix.Assessed.NONE;
        }
        String verdict = verdict(item).orElseThrow().label();
        if (judged.stream().anyMatch(Judged::changed)) {
            verdict = messages.get("assessment.verdict.changed", verdict);
        }
        Judged newest = judged.stream()
                .max(Comparator.comparing(j -> j.assessment().date()))
                .orElseThrow();
        String assessed = messages.get(
                "assessment.assessed",
                newest.assessment().date(),
                newest.assessment().assessor());
        String findings = judged.stream()
                .filter(j -> j.result().isOpenFinding())
                .map(j -> finding(j, inputs, messages))
                .collect(Collectors.joining("; "));
        return new TraceMatrix.Assessed(verdict, assessed, findings);
    }

    /** One finding as a sentence: {@code Fail, Maintenance Provider, PLC-based solutions: Lead engineer, due …}. */
    public static String finding(Judged j, ProgramInputs inputs, Messages messages) {
        return messages.get(
                "assessment.finding",
                j.verdict().label(),
                j.row(messages, inputs),
                j.result()
                        .correctiveAction()
                        .map(a -> action(a, inputs, messages))
                        .orElse(messages.get("assessment.action.none")));
    }

    /** A corrective action as text: owner, due date, state and ticket. */
    public static String action(Action action, ProgramInputs inputs, Messages messages) {
        String owner =
                inputs.program().value().role(action.owner()).map(r -> r.name()).orElse(action.owner());
        String due = action.due() == null ? messages.get("assessment.action.noDue") : messages.date(action.due());
        String text = messages.get(
                "assessment.action",
                owner,
                due,
                messages.get("assessment.action.state." + action.state().name().toLowerCase(Locale.ROOT)));
        return action.ticket().isEmpty() ? text : text + " (" + action.ticket() + ")";
    }

    /**
     * The handbook's line on an item: its rows' latest verdicts, grouped by verdict (Fail, N/E,
     * Pass, N/A), each row marked when its statement changed since; a single verdict when every
     * row has it. Empty when no assessment judged the item.
     */
    public Optional<String> summary(ItemId item, ProgramInputs inputs, Messages messages) {
        List<Judged> judged = of(item);
        if (judged.isEmpty()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        for (Verdict v : List.of(Verdict.FAIL, Verdict.NOT_EVALUATED, Verdict.PASS, Verdict.NOT_APPLICABLE)) {
            List<Judged> rows = judged.stream().filter(j -> j.verdict() == v).toList();
            if (rows.isEmpty()) {
                continue;
            }
            boolean all = rows.size() == judged.size() && rows.stream().noneMatch(Judged::changed);
            parts.add(
                    all
                            ? v.label()
                            : v.label() + " ("
                                    + rows.stream()
                                            .map(j -> j.changed()
                                                    ? messages.get(
                                                            "assessment.verdict.changed", j.row(messages, inputs))
                                                    : j.row(messages, inputs))
                                            .collect(Collectors.joining("; "))
                                    + ")");
        }
        Judged newest = judged.stream()
                .max(Comparator.comparing(j -> j.assessment().date()))
                .orElseThrow();
        return Optional.of(messages.get(
                "assessment.summary",
                String.join(", ", parts),
                newest.assessment().date(),
                newest.assessment().assessor()));
    }

    public boolean isEmpty() {
        return latest.isEmpty();
    }
}
