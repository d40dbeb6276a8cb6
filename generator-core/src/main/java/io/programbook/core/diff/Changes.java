package io.programbook.core.diff;

import io.programbook.core.edition.Aspect;
import io.programbook.core.edition.Change;
import io.programbook.core.model.Confidence;
import io.programbook.core.model.ItemId;
import io.programbook.core.text.Messages;
import io.programbook.core.trace.CoverageSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What changed between two catalogue editions, two versions of a profile, or a program and a
 * baseline: the content of {@code changes.adoc}, {@code changes.html} and {@code changes.json}.
 * A section is empty when the diff does not compare it.
 *
 * @param from         the older side, e.g. {@code iec-62443-2-4@2015+AMD1:2017} or {@code baseline}
 * @param to           the newer side
 * @param organisation the program's organisation when two programs are compared, else empty
 */
public record Changes(
        Kind kind,
        String from,
        String to,
        Optional<EditionChanges> catalog,
        Optional<ProfileChanges> profile,
        Optional<ProgramChanges> program,
        String organisation) {

    /** What was compared. */
    public enum Kind {
        EDITIONS("editions"),
        PROFILES("profiles"),
        BASELINE("baseline");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * How the catalogue moved between the two editions.
     *
     * @param inferred   no edition mapping connects the editions: changes are inferred from ids and titles
     * @param scoped     only items in scope on either side are listed (a program diff); counts cover all
     * @param counts     entries per kind of change, over the whole catalogue
     * @param unverified entries of the mapping that rest on one source or on our reading
     * @param items      every item that did not stay unchanged, in id order
     */
    public record EditionChanges(
            String from,
            String to,
            String fromTitle,
            String toTitle,
            String note,
            boolean inferred,
            boolean scoped,
            Map<Change, Long> counts,
            long unverified,
            List<ItemChange> items) {

        public EditionChanges {
            counts = Map.copyOf(counts);
            items = List.copyOf(items);
        }

        public long count(Change change) {
            return counts.getOrDefault(change, 0L);
        }

        public List<ItemChange> items(Change change) {
            return items.stream().filter(i -> i.change() == change).toList();
        }
    }

    /**
     * One item that moved between editions.
     *
     * @param from          its id in the older edition; empty when added
     * @param to            its id in the newer edition; empty when removed
     * @param title         our short title, in the newer edition when it has the item
     * @param previousTitle our short title in the older edition when it differs, else empty
     */
    public record ItemChange(
            Change change,
            Optional<ItemId> from,
            Optional<ItemId> to,
            String area,
            String areaName,
            String title,
            String previousTitle,
            List<Aspect> aspects,
            String note,
            Confidence confidence,
            boolean verified) {

        public ItemChange {
            aspects = List.copyOf(aspects);
        }

        public ItemId id() {
            return to.or(() -> from).orElseThrow();
        }
    }

    /** How the profile moved: scope, target maturity and parameters. */
    public record ProfileChanges(
            ProfileSide from,
            ProfileSide to,
            List<ScopeChange> entering,
            List<ScopeChange> leaving,
            List<MaturityChange> raised,
            List<MaturityChange> lowered,
            List<ParameterChange> parameters) {

        public ProfileChanges {
            entering = List.copyOf(entering);
            leaving = List.copyOf(leaving);
            raised = List.copyOf(raised);
            lowered = List.copyOf(lowered);
            parameters = List.copyOf(parameters);
        }

        public boolean isEmpty() {
            return entering.isEmpty()
                    && leaving.isEmpty()
                    && raised.isEmpty()
                    && lowered.isEmpty()
                    && parameters.isEmpty();
        }
    }

    public record ProfileSide(String id, String name, String version, String catalog) {

        /** {@code nordwind-integration 1.0} */
        public String label() {
            return version.isEmpty() ? id : id + " " + version;
        }
    }

    /**
     * An item entering or leaving scope.
     *
     * @param reason why, on the newer side: the profile rule and where it is written, the rationale of an
     *               exclusion, or that the catalogue edition added or removed the item
     */
    public record ScopeChange(ItemId id, String area, String title, String reason) {}

    /** A target maturity raised or lowered, with the rule that sets it now. */
    public record MaturityChange(ItemId id, String area, String title, String from, String to, String rule) {}

    /** A profile parameter added, removed (empty value) or changed. */
    public record ParameterChange(String name, String from, String to) {}

    /** How the program moved: its statements, what needs a second look, and coverage. */
    public record ProgramChanges(
            List<StatementChange> added,
            List<StatementChange> removed,
            List<StatementChange> statusChanged,
            List<StatementChange> maturityChanged,
            List<StatementChange> textChanged,
            List<ReviewNeeded> toReview,
            ProgramSnapshot.Totals fromTotals,
            ProgramSnapshot.Totals toTotals,
            List<CoverageChange> coverageChanged) {

        public ProgramChanges {
            added = List.copyOf(added);
            removed = List.copyOf(removed);
            statusChanged = List.copyOf(statusChanged);
            maturityChanged = List.copyOf(maturityChanged);
            textChanged = List.copyOf(textChanged);
            toReview = List.copyOf(toReview);
            coverageChanged = List.copyOf(coverageChanged);
        }

        /**
         * Coverage moved by this many percentage points (positive is up); null when either side has
         * no percentage (nothing applies).
         */
        public Double coverageDelta() {
            if (toTotals.coveragePercent() == null || fromTotals.coveragePercent() == null) {
                return null;
            }
            return Messages.round(toTotals.coveragePercent() - fromTotals.coveragePercent(), 1);
        }
    }

    /**
     * A statement added, removed or changed.
     *
     * @param from the older value (status, maturity), empty when added
     * @param to   the newer value, empty when removed
     */
    public record StatementChange(ItemId id, String area, String title, String from, String to) {}

    /** A statement that needs a second look because the requirement behind it moved. */
    public record ReviewNeeded(ItemId id, String area, String title, String reason) {}

    /** An item whose coverage moved, with the gaps it has now. */
    public record CoverageChange(ItemId id, String area, String title, String from, String to, List<String> gaps) {

        public CoverageChange {
            gaps = List.copyOf(gaps);
        }
    }

    /**
     * One line of the summary: what was compared ({@code Catalogue}), between what, and the counts.
     *
     * @param subject e.g. {@code iec-62443-2-4@2015+AMD1:2017 to iec-62443-2-4@2023}; may be empty
     */
    public record SummaryLine(String topic, String subject, String counts) {

        /** As printed in the build log. */
        public String text() {
            return topic + (subject.isEmpty() ? "" : " " + subject) + ": " + counts;
        }
    }

    /** The summary, one line per compared aspect: the build log prints it, the documents start with it. */
    public List<SummaryLine> summaryLines() {
        List<SummaryLine> lines = new ArrayList<>();
        catalog.ifPresent(c -> lines.add(new SummaryLine(
                "Catalogue",
                c.from() + " to " + c.to(),
                c.from().equals(c.to())
                        ? "same edition"
                        : c.count(Change.ADDED) + " added, " + c.count(Change.REMOVED) + " removed, "
                                + c.count(Change.RENAMED) + " renamed, " + c.count(Change.CHANGED) + " changed, "
                                + c.count(Change.REWORDED) + " reworded, " + c.count(Change.UNCHANGED) + " unchanged"
                                + (c.inferred()
                                        ? " (no edition mapping: inferred from ids and titles)"
                                        : c.unverified() > 0
                                                ? " (" + c.unverified() + " of the mapping's entries unverified)"
                                                : ""))));
        profile.ifPresent(p -> lines.add(new SummaryLine(
                "Profile",
                p.from().label() + " to " + p.to().label(),
                count(p.entering().size(), "item enters", "items enter") + " scope, "
                        + p.leaving().size() + " leave"
                        + (p.leaving().size() == 1 ? "s" : "") + "; target maturity raised for "
                        + p.raised().size()
                        + ", lowered for " + p.lowered().size() + "; "
                        + count(p.parameters().size(), "parameter", "parameters") + " changed")));
        program.ifPresent(p -> {
            lines.add(new SummaryLine(
                    "Statements",
                    "",
                    p.added().size() + " added, " + p.removed().size() + " removed, "
                            + p.statusChanged().size() + " changed in status, "
                            + p.maturityChanged().size()
                            + " changed in maturity, " + p.textChanged().size() + " changed in text; "
                            + p.toReview().size()
                            + " to review"));
            Double delta = p.coverageDelta();
            lines.add(new SummaryLine(
                    "Coverage",
                    "",
                    String.format(
                            Locale.ROOT,
                            "%s to %s (%s); covered %d to %d, with gaps %d to %d",
                            CoverageSummary.log(p.fromTotals().coveragePercent()),
                            CoverageSummary.log(p.toTotals().coveragePercent()),
                            delta == null
                                    ? "no percentage to compare"
                                    : delta > 0
                                            ? String.format(Locale.ROOT, "up %.1f points", delta)
                                            : delta < 0
                                                    ? String.format(Locale.ROOT, "down %.1f points", -delta)
                                                    : "unchanged",
                            p.fromTotals().covered(),
                            p.toTotals().covered(),
                            p.fromTotals().gaps(),
                            p.toTotals().gaps())));
        });
        return lines;
    }

    /** A few lines for the build log: what was compared, then one line per compared aspect. */
    public List<String> summary() {
        List<String> lines = new ArrayList<>();
        lines.add("Changes from " + from + " to " + to);
        summaryLines().forEach(l -> lines.add(l.text()));
        return lines;
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
