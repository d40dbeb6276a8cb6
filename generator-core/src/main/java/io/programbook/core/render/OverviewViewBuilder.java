package io.programbook.core.render;

import io.programbook.core.history.History;
import io.programbook.core.history.Release;
import io.programbook.core.model.Catalog;
import io.programbook.core.model.Group;
import io.programbook.core.model.MaturityLevel;
import io.programbook.core.model.Statement;
import io.programbook.core.model.Status;
import io.programbook.core.text.Messages;
import io.programbook.core.trace.Coverage;
import io.programbook.core.trace.CoverageSummary;
import io.programbook.core.trace.Trace;
import io.programbook.core.trace.TraceRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prepares the overview: per functional area the items in scope, target and claimed maturity,
 * the items at or above their target, coverage and open gaps, and the charts drawn from the same
 * numbers ({@link Charts}).
 */
public final class OverviewViewBuilder {

    private static final Pattern SIZE = Pattern.compile("width=\"(\\d+)\" height=\"(\\d+)\"");

    public OverviewView build(Catalog catalog, Trace trace, History history, String currentVersion, Messages messages) {
        List<String> levels =
                catalog.maturityLevels().stream().map(MaturityLevel::id).toList();
        List<OverviewView.Row> rows = new ArrayList<>();
        List<Charts.Pair> pairs = new ArrayList<>();
        List<Charts.Bar> bars = new ArrayList<>();
        List<String> maturityText = new ArrayList<>();
        List<String> coverageText = new ArrayList<>();
        for (Group group : catalog.groups()) {
            List<TraceRow> inScope = trace.inScope().stream()
                    .filter(r -> r.resolved().group().id().equals(group.id()))
                    .toList();
            if (inScope.isEmpty()) {
                continue;
            }
            List<TraceRow> applicable = inScope.stream()
                    .filter(r -> r.coverage() != Coverage.NOT_APPLICABLE)
                    .toList();
            List<Integer> targets = applicable.stream()
                    .map(r -> catalog.rank(r.resolved().targetMaturity()))
                    .toList();
            List<Integer> claims =
                    applicable.stream().map(r -> claimed(r, catalog)).toList();
            int atTarget = 0;
            for (int i = 0; i < applicable.size(); i++) {
                if (claims.get(i) > 0 && claims.get(i) >= targets.get(i)) {
                    atTarget++;
                }
            }
            long covered = inScope.stream()
                    .filter(r -> r.coverage() == Coverage.COVERED)
                    .count();
            long gaps =
                    inScope.stream().filter(r -> r.coverage() == Coverage.GAP).count();
            Double percent = CoverageSummary.percent(covered, covered + gaps);
            int openGaps = inScope.stream().mapToInt(r -> r.gaps().size()).sum();
            rows.add(new OverviewView.Row(
                    group.id(),
                    Adoc.text(group.name()),
                    inScope.size(),
                    range(targets, levels),
                    range(claims.stream().filter(c -> c > 0).toList(), levels),
                    messages.get("overview.at-target.value", atTarget, applicable.size()),
                    messages.percent(percent),
                    openGaps));
            double target = mean(targets);
            double claimed = mean(claims);
            pairs.add(new Charts.Pair(group.id(), target, claimed));
            maturityText.add(messages.get(
                    "overview.chart.maturity.area",
                    group.id(),
                    messages.decimal(target, 1),
                    messages.decimal(claimed, 1)));
            bars.add(new Charts.Bar(group.id(), percent == null ? 0 : percent, messages.percent(percent)));
            coverageText.add(messages.get("overview.chart.value", group.id(), messages.percent(percent)));
        }
        String maturityTitle = messages.get("overview.chart.maturity.title");
        String maturityAlt = messages.get("overview.chart.maturity.alt") + " " + String.join("; ", maturityText);
        OverviewView.Chart maturity = chart(
                maturityTitle,
                maturityAlt,
                Charts.maturity(
                        maturityTitle,
                        maturityAlt,
                        pairs,
                        levels,
                        messages.get("overview.chart.maturity.target"),
                        messages.get("overview.chart.maturity.claimed")));
        String coverageTitle = messages.get("overview.chart.coverage.title");
        String coverageAlt = messages.get("overview.chart.coverage.alt") + " " + String.join("; ", coverageText);
        OverviewView.Chart coverage =
                chart(coverageTitle, coverageAlt, Charts.coverage(coverageTitle, coverageAlt, bars));
        return new OverviewView(rows, maturity, coverage, history(history, trace, currentVersion, messages));
    }

    /** Coverage per release, and of the program being built when it is not the last release. */
    private static OverviewView.Chart history(History history, Trace trace, String current, Messages messages) {
        List<Charts.Bar> bars = new ArrayList<>();
        List<String> text = new ArrayList<>();
        for (Release release : history.releases()) {
            release.totals().ifPresent(t -> {
                bars.add(new Charts.Bar(
                        release.version(),
                        t.coveragePercent() == null ? 0 : t.coveragePercent(),
                        messages.percent(t.coveragePercent())));
                text.add(
                        messages.get("overview.chart.value", release.version(), messages.percent(t.coveragePercent())));
            });
        }
        if (bars.isEmpty()) {
            return null;
        }
        if (history.unreleased()) {
            Double now = trace.coveragePercent();
            String label = messages.get("overview.chart.history.current", current);
            bars.add(new Charts.Bar(label, now == null ? 0 : now, messages.percent(now)));
            text.add(messages.get("overview.chart.value", label, messages.percent(now)));
        }
        String title = messages.get("overview.chart.history.title");
        String alt = messages.get("overview.chart.history.alt") + " " + String.join("; ", text);
        return chart(title, alt, Charts.coverage(title, alt, bars));
    }

    private static OverviewView.Chart chart(String title, String alt, String svg) {
        Matcher size = SIZE.matcher(svg);
        size.find();
        return new OverviewView.Chart(
                Adoc.text(title),
                Charts.dataUri(svg),
                Charts.xml(alt),
                Integer.parseInt(size.group(1)),
                Integer.parseInt(size.group(2)));
    }

    /** The rank of the maturity a statement claims; 0 without a statement, a maturity or when planned. */
    private static int claimed(TraceRow row, Catalog catalog) {
        Optional<Statement> statement = row.statement();
        if (statement.isEmpty() || statement.get().status() == Status.PLANNED) {
            return 0;
        }
        return catalog.rank(statement.get().maturity());
    }

    private static String range(List<Integer> ranks, List<String> levels) {
        List<Integer> known = ranks.stream().filter(r -> r > 0).toList();
        if (known.isEmpty()) {
            return "–";
        }
        int low = known.stream().mapToInt(Integer::intValue).min().orElseThrow();
        int high = known.stream().mapToInt(Integer::intValue).max().orElseThrow();
        return low == high ? levels.get(low - 1) : levels.get(low - 1) + "–" + levels.get(high - 1);
    }

    private static double mean(List<Integer> values) {
        return values.isEmpty()
                ? 0
                : values.stream().mapToInt(Integer::intValue).average().orElse(0);
    }
}
