package io.programbook.core.diff;

import io.programbook.core.diff.Changes.EditionChanges;
import io.programbook.core.diff.Changes.ItemChange;
import io.programbook.core.diff.Changes.MaturityChange;
import io.programbook.core.diff.Changes.ProfileChanges;
import io.programbook.core.diff.Changes.ProfileSide;
import io.programbook.core.diff.Changes.ProgramChanges;
import io.programbook.core.diff.Changes.ScopeChange;
import io.programbook.core.diff.Changes.StatementChange;
import io.programbook.core.diff.ChangesView.CatalogView;
import io.programbook.core.diff.ChangesView.ChangeRow;
import io.programbook.core.diff.ChangesView.CoverageRow;
import io.programbook.core.diff.ChangesView.CustomerView;
import io.programbook.core.diff.ChangesView.DeviationRow;
import io.programbook.core.diff.ChangesView.Header;
import io.programbook.core.diff.ChangesView.LevelRow;
import io.programbook.core.diff.ChangesView.ParameterRow;
import io.programbook.core.diff.ChangesView.ProfileView;
import io.programbook.core.diff.ChangesView.ProgramView;
import io.programbook.core.diff.ChangesView.ReviewRow;
import io.programbook.core.diff.ChangesView.RewordGroup;
import io.programbook.core.diff.ChangesView.Row;
import io.programbook.core.diff.ChangesView.ScopeRow;
import io.programbook.core.diff.ChangesView.StatementRow;
import io.programbook.core.diff.ChangesView.TotalRow;
import io.programbook.core.diff.ProgramSnapshot.Totals;
import io.programbook.core.edition.Change;
import io.programbook.core.model.Deviation;
import io.programbook.core.render.Adoc;
import io.programbook.core.text.Message;
import io.programbook.core.text.Messages;
import io.programbook.core.trace.GapKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Prepares the changes document's view model: all grouping, counting and formatting happens here,
 * every word from the run's {@link Messages}.
 */
final class ChangesViewBuilder {

    private final Messages messages;

    private ChangesViewBuilder(Messages messages) {
        this.messages = messages;
    }

    static String title(Changes changes, Messages messages) {
        return messages.get(
                "changes.title." + changes.kind().label(),
                changes.customer().map(Changes.CustomerChanges::name).orElse(""));
    }

    static ChangesView build(Changes changes, Messages messages) {
        return new ChangesViewBuilder(messages).build(changes);
    }

    private ChangesView build(Changes changes) {
        List<Row> summary = new ArrayList<>();
        summary.add(new Row(messages.get("changes.summary.from"), Adoc.text(changes.from(messages))));
        summary.add(new Row(messages.get("changes.summary.to"), Adoc.text(changes.to(messages))));
        for (Changes.SummaryLine line : changes.summaryLines(messages)) {
            summary.add(new Row(line.topic(), Adoc.text(line.value(messages))));
        }
        return new ChangesView(
                new Header(
                        Adoc.text(title(changes, messages)),
                        changes.kind().label(),
                        Adoc.text(changes.from(messages)),
                        Adoc.text(changes.to(messages))),
                summary,
                changes.catalog().map(this::catalog).orElse(null),
                changes.profile().map(this::profile).orElse(null),
                changes.program().map(p -> program(p, outside(changes))).orElse(null),
                outside(changes),
                changes.customer().map(this::customer).orElse(null));
    }

    /** For a reader outside the provider: a customer edition's changes in the customer audience. */
    private static boolean outside(Changes changes) {
        return changes.customer().map(Changes.CustomerChanges::outside).orElse(false);
    }

    private CustomerView customer(Changes.CustomerChanges c) {
        Function<Changes.DeviationChange, DeviationRow> standing = d -> deviation(d, d.latest(), "", "", "");
        return new CustomerView(
                Adoc.text(c.name()),
                c.firstEdition() ? Adoc.text(messages.get("changes.customer.first-edition", c.name())) : "",
                c.added().stream().map(standing).toList(),
                c.removed().stream().map(standing).toList(),
                c.changed().stream()
                        .map(d -> deviation(
                                d,
                                d.latest(),
                                messages.get(Messages.list(d.aspects().stream()
                                        .map(a -> Message.of("changes.customer.deviation.aspect." + a))
                                        .toList())),
                                terms(d.was().orElseThrow(), d.aspects()),
                                terms(d.is().orElseThrow(), d.aspects())))
                        .toList());
    }

    private DeviationRow deviation(
            Changes.DeviationChange change, Deviation d, String aspects, String was, String now) {
        return new DeviationRow(
                change.item().toString(),
                Adoc.text(change.title()),
                Adoc.text(d.difference()),
                Adoc.text(d.compensation()),
                accepted(d),
                messages.date(d.validUntil()),
                aspects,
                was,
                now);
    }

    private String accepted(Deviation d) {
        return Adoc.text(
                messages.get("changes.customer.deviation.accepted-by", d.acceptedBy(), messages.date(d.acceptedOn())));
    }

    /** The terms of a deviation that moved, one after the other. */
    private String terms(Deviation d, List<String> aspects) {
        List<String> parts = new ArrayList<>();
        for (String aspect : aspects) {
            parts.add(
                    switch (aspect) {
                        case "difference" -> messages.get("changes.customer.deviation.term.difference", d.difference());
                        case "compensation" ->
                            messages.get("changes.customer.deviation.term.compensation", d.compensation());
                        case "accepted" ->
                            messages.get(
                                    "changes.customer.deviation.accepted",
                                    d.acceptedBy(),
                                    messages.date(d.acceptedOn()));
                        default ->
                            messages.get("changes.customer.deviation.term.valid-until", messages.date(d.validUntil()));
                    });
        }
        return Adoc.text(String.join(" ", parts));
    }

    private CatalogView catalog(EditionChanges c) {
        List<Row> counts = new ArrayList<>();
        for (Change change : List.of(
                Change.ADDED, Change.REMOVED, Change.RENAMED, Change.CHANGED, Change.REWORDED, Change.UNCHANGED)) {
            counts.add(new Row(messages.get("changes.change." + change.label()), String.valueOf(c.count(change))));
        }
        Map<String, List<ChangeRow>> reworded = new LinkedHashMap<>();
        for (ItemChange item : c.items(Change.REWORDED)) {
            reworded.computeIfAbsent(Changes.words(item.noteMessage(), messages), k -> new ArrayList<>())
                    .add(row(item));
        }
        List<RewordGroup> groups = reworded.entrySet().stream()
                .sorted(Map.Entry.<String, List<ChangeRow>>comparingByValue(Comparator.comparingInt(List::size))
                        .reversed())
                .map(e -> new RewordGroup(Adoc.text(e.getKey()), e.getValue()))
                .toList();
        return new CatalogView(
                c.from(),
                c.to(),
                Adoc.text(c.fromTitle()),
                Adoc.text(c.toTitle()),
                Adoc.text(Changes.words(c.noteMessage(), messages)),
                c.inferred(),
                c.scoped(),
                c.from().equals(c.to()),
                counts,
                c.unverified(),
                rows(c, Change.ADDED),
                rows(c, Change.REMOVED),
                rows(c, Change.RENAMED),
                rows(c, Change.CHANGED),
                groups,
                c.items(Change.REWORDED).size());
    }

    private List<ChangeRow> rows(EditionChanges c, Change change) {
        return c.items(change).stream().map(this::row).toList();
    }

    private ChangeRow row(ItemChange i) {
        return new ChangeRow(
                i.id().toString(),
                i.from().map(Object::toString).orElse(""),
                Adoc.text(i.title()),
                Adoc.text(i.area() + " " + i.areaName()),
                i.aspects().isEmpty()
                        ? ""
                        : messages.get(Messages.list(i.aspects().stream()
                                .map(a -> Message.of("changes.aspect." + a.label()))
                                .toList())),
                Adoc.text(Changes.words(i.noteMessage(), messages)),
                messages.get("changes.confidence." + i.confidence().name().toLowerCase(Locale.ROOT)),
                messages.get(i.verified() ? "changes.verified.yes" : "changes.verified.no"),
                Adoc.text(i.previousTitle()));
    }

    private ProfileView profile(ProfileChanges p) {
        Function<ScopeChange, ScopeRow> scope = s -> new ScopeRow(
                s.id().toString(), Adoc.text(s.title()), s.area(), Adoc.text(messages.get(s.reasonMessage())));
        Function<MaturityChange, LevelRow> level = m -> new LevelRow(
                m.id().toString(), Adoc.text(m.title()), m.from(), m.to(), Adoc.text(messages.get(m.ruleMessage())));
        return new ProfileView(
                Adoc.text(side(p.from())),
                Adoc.text(side(p.to())),
                p.isEmpty(),
                p.entering().stream().map(scope).toList(),
                p.leaving().stream().map(scope).toList(),
                p.raised().stream().map(level).toList(),
                p.lowered().stream().map(level).toList(),
                p.parameters().stream()
                        .map(x -> new ParameterRow(Adoc.text(x.name()), orDash(x.from()), orDash(x.to())))
                        .toList());
    }

    private String side(ProfileSide side) {
        return messages.get("changes.profile.side", side.name(), side.label(), side.catalog());
    }

    private ProgramView program(ProgramChanges p, boolean outside) {
        Function<StatementChange, StatementRow> status = s -> new StatementRow(
                s.id().toString(), Adoc.text(s.title()), label("status.", s.from()), label("status.", s.to()));
        Function<StatementChange, StatementRow> maturity =
                s -> new StatementRow(s.id().toString(), Adoc.text(s.title()), orDash(s.from()), orDash(s.to()));
        Totals from = p.fromTotals();
        Totals to = p.toTotals();
        Double delta = p.coverageDelta();
        List<TotalRow> totals = List.of(
                total("changes.coverage.in-scope", from.inScope(), to.inScope()),
                total("changes.coverage.covered", from.covered(), to.covered()),
                total("changes.coverage.gaps", from.gaps(), to.gaps()),
                total("changes.coverage.not-applicable", from.notApplicable(), to.notApplicable()),
                new TotalRow(
                        messages.get("changes.coverage.coverage"),
                        Changes.percent(from.coveragePercent(), messages),
                        Changes.percent(to.coveragePercent(), messages),
                        delta == null
                                ? messages.get("changes.none")
                                : messages.get(
                                        "changes.coverage.change.points",
                                        (delta < 0 ? "" : "+") + messages.decimal(delta, 1))));
        return new ProgramView(
                p.toReview().stream()
                        .map(r -> new ReviewRow(
                                r.id().toString(), Adoc.text(r.title()), Adoc.text(messages.get(r.reasonMessage()))))
                        .toList(),
                p.added().stream().map(status).toList(),
                p.removed().stream().map(status).toList(),
                p.statusChanged().stream().map(status).toList(),
                p.maturityChanged().stream().map(maturity).toList(),
                p.textChanged().stream().map(maturity).toList(),
                totals,
                p.coverageChanged().stream()
                        .map(c -> new CoverageRow(
                                c.id().toString(),
                                Adoc.text(c.title()),
                                label("coverage.", c.from()),
                                label("coverage.", c.to()),
                                c.gaps().isEmpty()
                                        ? messages.get("changes.none")
                                        : outside ? gapNames(c.gaps()) : String.join(", ", c.gaps())))
                        .toList(),
                p.verdictChanged().stream()
                        .map(v -> new StatementRow(
                                v.id().toString(), Adoc.text(v.title()), orDash(v.from()), orDash(v.to())))
                        .toList());
    }

    /** Gaps by their names, for a reader who does not know the codes. */
    private String gapNames(List<String> codes) {
        return Adoc.text(String.join(
                ", ",
                codes.stream()
                        .map(code -> GapKind.ofCode(code)
                                .map(k -> messages.get(k.title()))
                                .orElse(code))
                        .toList()));
    }

    private TotalRow total(String label, int from, int to) {
        return new TotalRow(
                messages.get(label),
                String.valueOf(from),
                String.valueOf(to),
                to > from ? "+" + (to - from) : String.valueOf(to - from));
    }

    /** The label of a token ({@code status.implemented}), or a dash where there is none. */
    private String label(String family, String token) {
        return token == null || token.isEmpty()
                ? messages.get("changes.none")
                : Adoc.text(messages.get(family + token));
    }

    private String orDash(String value) {
        return value == null || value.isEmpty() ? messages.get("changes.none") : Adoc.text(value);
    }
}
