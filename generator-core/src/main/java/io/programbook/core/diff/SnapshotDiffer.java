package io.programbook.core.diff;

import io.programbook.core.diff.Changes.CoverageChange;
import io.programbook.core.diff.Changes.MaturityChange;
import io.programbook.core.diff.Changes.ParameterChange;
import io.programbook.core.diff.Changes.ProfileChanges;
import io.programbook.core.diff.Changes.ProfileSide;
import io.programbook.core.diff.Changes.ProgramChanges;
import io.programbook.core.diff.Changes.ReviewNeeded;
import io.programbook.core.diff.Changes.ScopeChange;
import io.programbook.core.diff.Changes.StatementChange;
import io.programbook.core.diff.ProgramSnapshot.ItemState;
import io.programbook.core.diff.ProgramSnapshot.StatementState;
import io.programbook.core.edition.EditionMapping;
import io.programbook.core.edition.ItemMapping;
import io.programbook.core.edition.MappingNotes;
import io.programbook.core.model.ItemId;
import io.programbook.core.text.Message;
import io.programbook.core.trace.GapKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares two sides item by item: the profile (scope, target maturity, parameters) and, for two
 * programs, the statements, what needs review and coverage. Items are matched through the edition
 * mapping when the sides follow different editions.
 */
final class SnapshotDiffer {

    private final ProgramSnapshot older;
    private final ProgramSnapshot newer;
    private final Correspondence match;

    SnapshotDiffer(ProgramSnapshot older, ProgramSnapshot newer, Optional<EditionMapping> mapping) {
        this.older = older;
        this.newer = newer;
        this.match = Correspondence.of(mapping);
    }

    private Optional<ItemState> olderOf(ItemState item) {
        return match.olderOf(item.id()).map(older.items()::get);
    }

    /** Older items the newer edition no longer has. */
    private List<ItemState> removedFromCatalogue() {
        return older.items().values().stream()
                .filter(i -> match.newerOf(i.id())
                        .map(id -> !newer.items().containsKey(id))
                        .orElse(true))
                .toList();
    }

    ProfileChanges profile() {
        List<ScopeChange> entering = new ArrayList<>();
        List<ScopeChange> leaving = new ArrayList<>();
        List<MaturityChange> raised = new ArrayList<>();
        List<MaturityChange> lowered = new ArrayList<>();
        String edition = EditionMapping.edition(newer.catalog());
        for (ItemState now : newer.items().values()) {
            Optional<ItemState> before = olderOf(now);
            boolean wasIn = before.map(ItemState::inScope).orElse(false);
            if (now.inScope() && !wasIn) {
                entering.add(new ScopeChange(
                        now.id(),
                        now.area(),
                        now.title(),
                        Message.of(
                                before.isEmpty() ? "changes.reason.entering.new" : "changes.reason.entering",
                                edition,
                                now.scopeRule(),
                                "")));
            } else if (!now.inScope() && wasIn) {
                leaving.add(new ScopeChange(
                        now.id(),
                        now.area(),
                        now.title(),
                        Message.of(
                                now.rationale().isEmpty()
                                        ? "changes.reason.leaving"
                                        : "changes.reason.leaving.rationale",
                                edition,
                                now.scopeRule(),
                                now.rationale().<Object>map(m -> m).orElse(""))));
            } else if (now.inScope()) {
                int from = older.rank(before.get().targetMaturity());
                int to = newer.rank(now.targetMaturity());
                MaturityChange change = new MaturityChange(
                        now.id(),
                        now.area(),
                        now.title(),
                        before.get().targetMaturity(),
                        now.targetMaturity(),
                        now.maturityRule());
                if (to > from) {
                    raised.add(change);
                } else if (to < from) {
                    lowered.add(change);
                }
            }
        }
        for (ItemState gone : removedFromCatalogue()) {
            if (gone.inScope()) {
                leaving.add(new ScopeChange(
                        gone.id(), gone.area(), gone.title(), Message.of("changes.reason.not-in-edition", edition)));
            }
        }
        List<ParameterChange> parameters = new ArrayList<>();
        for (String name : new TreeSet<>(
                union(older.parameters().keySet(), newer.parameters().keySet()))) {
            String from = older.parameters().getOrDefault(name, "");
            String to = newer.parameters().getOrDefault(name, "");
            if (!from.equals(to)) {
                parameters.add(new ParameterChange(name, from, to));
            }
        }
        return new ProfileChanges(side(older), side(newer), entering, leaving, raised, lowered, parameters);
    }

    private static ProfileSide side(ProgramSnapshot snapshot) {
        return new ProfileSide(
                snapshot.profileId(), snapshot.profileName(), snapshot.profileVersion(), snapshot.catalog());
    }

    private static List<String> union(Set<String> a, Set<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /**
     * Items whose latest assessment verdict differs between the two programs, e.g. from
     * {@code Fail (2026-09-15)} to {@code Pass (2026-12-01)}; a side no assessment judged is empty.
     */
    private List<StatementChange> verdicts() {
        Map<ItemId, String> was = older.program().orElseThrow().verdicts();
        Map<ItemId, String> is = newer.program().orElseThrow().verdicts();
        List<StatementChange> changed = new ArrayList<>();
        for (ItemState now : newer.items().values()) {
            String before = olderOf(now).map(b -> was.getOrDefault(b.id(), "")).orElse("");
            String after = is.getOrDefault(now.id(), "");
            if (!before.equals(after)) {
                changed.add(change(now, before, after));
            }
        }
        return changed;
    }

    /** Only for two whole programs. */
    ProgramChanges program() {
        List<StatementChange> added = new ArrayList<>();
        List<StatementChange> removed = new ArrayList<>();
        List<StatementChange> status = new ArrayList<>();
        List<StatementChange> maturity = new ArrayList<>();
        List<StatementChange> text = new ArrayList<>();
        List<ReviewNeeded> review = new ArrayList<>();
        List<CoverageChange> coverage = new ArrayList<>();
        String edition = EditionMapping.edition(newer.catalog());
        boolean editionMoved = !older.catalog().equals(newer.catalog());
        for (ItemState now : newer.items().values()) {
            Optional<ItemState> before = olderOf(now);
            Optional<StatementState> was = before.flatMap(ItemState::statement);
            Optional<StatementState> is = now.statement();
            if (is.isPresent() && was.isEmpty()) {
                added.add(change(now, "", is.get().status().label()));
            } else if (is.isEmpty() && was.isPresent()) {
                removed.add(change(now, was.get().status().label(), ""));
            } else if (is.isPresent()) {
                if (was.get().status() != is.get().status()) {
                    status.add(change(
                            now, was.get().status().label(), is.get().status().label()));
                }
                if (!was.get().maturity().equals(is.get().maturity())) {
                    maturity.add(change(now, was.get().maturity(), is.get().maturity()));
                }
                if (!was.get().text().strip().equals(is.get().text().strip())) {
                    text.add(change(now, "", ""));
                }
            }
            if (is.isPresent() && now.inScope()) {
                reviewReason(now, is.get(), editionMoved, edition)
                        .ifPresent(reason -> review.add(new ReviewNeeded(now.id(), now.area(), now.title(), reason)));
            }
            Optional<String> coverageBefore =
                    before.flatMap(ItemState::coverage).map(c -> c.label());
            String coverageNow = now.coverage().map(c -> c.label()).orElse("");
            if ((now.inScope() || before.map(ItemState::inScope).orElse(false))
                    && !coverageBefore.orElse("").equals(coverageNow)) {
                coverage.add(new CoverageChange(
                        now.id(),
                        now.area(),
                        now.title(),
                        coverageBefore.orElse(""),
                        coverageNow,
                        now.gaps().stream().map(GapKind::code).toList()));
            }
        }
        for (ItemState gone : removedFromCatalogue()) {
            gone.statement()
                    .ifPresent(s -> removed.add(new StatementChange(
                            gone.id(), gone.area(), gone.title(), s.status().label(), "")));
        }
        return new ProgramChanges(
                added,
                removed,
                status,
                maturity,
                text,
                review,
                older.program().orElseThrow().totals(),
                newer.program().orElseThrow().totals(),
                coverage,
                verdicts());
    }

    /**
     * Why a statement of the newer program needs a second look: the item moved between the two
     * editions and the statement was not reviewed against the newer one since, or review tracking
     * found it suspect (e.g. the overlay text changed).
     */
    private Optional<Message> reviewReason(
            ItemState now, StatementState statement, boolean editionMoved, String edition) {
        if (editionMoved && !statement.reviewedEdition().equals(edition)) {
            Optional<ItemMapping> entry = match.entry(now.id());
            if (entry.isPresent() && entry.get().change().needsReview()) {
                ItemMapping m = entry.get();
                return Optional.of(
                        Message.of("changes.review." + m.change().label(), edition, MappingNotes.of(m.note())));
            }
            if (entry.isEmpty() && !match.mapped()) {
                return Optional.of(Message.of("changes.review.unmapped", older.catalog(), newer.catalog()));
            }
        }
        if (now.gaps().contains(GapKind.SUSPECT)) {
            return Optional.of(Message.of("changes.review.suspect"));
        }
        return Optional.empty();
    }

    private static StatementChange change(ItemState item, String from, String to) {
        return new StatementChange(item.id(), item.area(), item.title(), from, to);
    }
}
