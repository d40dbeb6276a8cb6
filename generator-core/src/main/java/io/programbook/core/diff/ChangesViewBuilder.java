package io.programbook.core.diff;

import io.programbook.core.diff.Changes.EditionChanges;
import io.programbook.core.diff.Changes.ItemChange;
import io.programbook.core.diff.Changes.MaturityChange;
import io.programbook.core.diff.Changes.ProfileChanges;
import io.programbook.core.diff.Changes.ProgramChanges;
import io.programbook.core.diff.Changes.ScopeChange;
import io.programbook.core.diff.Changes.StatementChange;
import io.programbook.core.diff.ChangesView.CatalogView;
import io.programbook.core.diff.ChangesView.ChangeRow;
import io.programbook.core.diff.ChangesView.CoverageRow;
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
import io.programbook.core.edition.Aspect;
import io.programbook.core.edition.Change;
import io.programbook.core.render.Adoc;
import io.programbook.core.trace.CoverageSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Prepares the changes document's view model: all grouping, counting and formatting happens here. */
final class ChangesViewBuilder {

    private ChangesViewBuilder() {}

    static String title(Changes changes) {
        return switch (changes.kind()) {
            case EDITIONS -> "Changes between catalogue editions";
            case PROFILES -> "Changes between two profiles";
            case BASELINE -> "Changes since the baseline";
        };
    }

    static ChangesView build(Changes changes) {
        List<Row> summary = new ArrayList<>();
        summary.add(new Row("From", Adoc.text(changes.from())));
        summary.add(new Row("To", Adoc.text(changes.to())));
        for (Changes.SummaryLine line : changes.summaryLines()) {
            summary.add(new Row(
                    line.topic(), Adoc.text((line.subject().isEmpty() ? "" : line.subject() + ": ") + line.counts())));
        }
        return new ChangesView(
                new Header(
                        Adoc.text(title(changes)),
                        changes.kind().label(),
                        Adoc.text(changes.from()),
                        Adoc.text(changes.to())),
                summary,
                changes.catalog().map(ChangesViewBuilder::catalog).orElse(null),
                changes.profile().map(ChangesViewBuilder::profile).orElse(null),
                changes.program().map(ChangesViewBuilder::program).orElse(null));
    }

    private static CatalogView catalog(EditionChanges c) {
        List<Row> counts = new ArrayList<>();
        for (Change change : List.of(
                Change.ADDED, Change.REMOVED, Change.RENAMED, Change.CHANGED, Change.REWORDED, Change.UNCHANGED)) {
            counts.add(new Row(change.title(), String.valueOf(c.count(change))));
        }
        Map<String, List<ChangeRow>> reworded = new LinkedHashMap<>();
        for (ItemChange item : c.items(Change.REWORDED)) {
            reworded.computeIfAbsent(item.note(), k -> new ArrayList<>()).add(row(item));
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
                Adoc.text(c.note()),
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

    private static List<ChangeRow> rows(EditionChanges c, Change change) {
        return c.items(change).stream().map(ChangesViewBuilder::row).toList();
    }

    private static ChangeRow row(ItemChange i) {
        return new ChangeRow(
                i.id().toString(),
                i.from().map(Object::toString).orElse(""),
                Adoc.text(i.title()),
                Adoc.text(i.area() + " " + i.areaName()),
                i.aspects().stream().map(Aspect::title).collect(Collectors.joining(", ")),
                Adoc.text(i.note()),
                i.confidence().name().toLowerCase(Locale.ROOT),
                i.verified() ? "yes" : "no",
                Adoc.text(i.previousTitle()));
    }

    private static ProfileView profile(ProfileChanges p) {
        Function<ScopeChange, ScopeRow> scope =
                s -> new ScopeRow(s.id().toString(), Adoc.text(s.title()), s.area(), Adoc.text(s.reason()));
        Function<MaturityChange, LevelRow> level =
                m -> new LevelRow(m.id().toString(), Adoc.text(m.title()), m.from(), m.to(), Adoc.text(m.rule()));
        return new ProfileView(
                Adoc.text(p.from().name() + " (" + p.from().label() + ", "
                        + p.from().catalog() + ")"),
                Adoc.text(p.to().name() + " (" + p.to().label() + ", " + p.to().catalog() + ")"),
                p.isEmpty(),
                p.entering().stream().map(scope).toList(),
                p.leaving().stream().map(scope).toList(),
                p.raised().stream().map(level).toList(),
                p.lowered().stream().map(level).toList(),
                p.parameters().stream()
                        .map(x -> new ParameterRow(Adoc.text(x.name()), orDash(x.from()), orDash(x.to())))
                        .toList());
    }

    private static ProgramView program(ProgramChanges p) {
        Function<StatementChange, StatementRow> statement =
                s -> new StatementRow(s.id().toString(), Adoc.text(s.title()), orDash(s.from()), orDash(s.to()));
        Totals from = p.fromTotals();
        Totals to = p.toTotals();
        List<TotalRow> totals = List.of(
                total("In scope", from.inScope(), to.inScope()),
                total("Covered", from.covered(), to.covered()),
                total("With gaps", from.gaps(), to.gaps()),
                total("Not applicable", from.notApplicable(), to.notApplicable()),
                new TotalRow(
                        "Coverage",
                        percent(from.coveragePercent()),
                        percent(to.coveragePercent()),
                        p.coverageDelta() == null
                                ? "–"
                                : String.format(Locale.ROOT, "%+.1f points", p.coverageDelta())));
        return new ProgramView(
                p.toReview().stream()
                        .map(r -> new ReviewRow(r.id().toString(), Adoc.text(r.title()), Adoc.text(r.reason())))
                        .toList(),
                p.added().stream().map(statement).toList(),
                p.removed().stream().map(statement).toList(),
                p.statusChanged().stream().map(statement).toList(),
                p.maturityChanged().stream().map(statement).toList(),
                p.textChanged().stream().map(statement).toList(),
                totals,
                p.coverageChanged().stream()
                        .map(c -> new CoverageRow(
                                c.id().toString(),
                                Adoc.text(c.title()),
                                orDash(c.from()),
                                orDash(c.to()),
                                c.gaps().isEmpty() ? "–" : String.join(", ", c.gaps())))
                        .toList());
    }

    private static TotalRow total(String label, int from, int to) {
        return new TotalRow(
                label,
                String.valueOf(from),
                String.valueOf(to),
                to > from ? "+" + (to - from) : String.valueOf(to - from));
    }

    private static String percent(Double value) {
        return CoverageSummary.log(value);
    }

    private static String orDash(String value) {
        return value == null || value.isEmpty() ? "–" : Adoc.text(value);
    }
}
