package io.programbook.core.edition;

import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.Rule;
import io.programbook.core.diag.SourcePosition;
import io.programbook.core.load.Located;
import io.programbook.core.load.ProgramInputs;
import io.programbook.core.model.Catalog;
import io.programbook.core.model.ItemId;
import io.programbook.core.model.Program;
import io.programbook.core.model.Review;
import io.programbook.core.model.Statement;
import io.programbook.core.resolve.ResolvedItem;
import io.programbook.core.resolve.ResolvedProfile;
import io.programbook.core.trace.Coverage;
import io.programbook.core.trace.Gap;
import io.programbook.core.trace.GapKind;
import io.programbook.core.trace.Trace;
import io.programbook.core.trace.TraceRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Review tracking: which statements were reviewed against which edition (and overlay text), and
 * which of them are suspect now because the requirement behind them moved.
 *
 * <p>A statement's edition is its own {@code reviewed.edition}, else the program's
 * {@code reviewedEdition}; without either, the statement is not tracked. It is suspect when the
 * program follows a newer edition and the edition mapping says the item was reworded, changed or
 * renamed (or no mapping connects the editions), or when its recorded text fingerprint differs
 * from the fingerprint of the item's current overlay text.
 */
public final class ReviewTracker {

    private final EditionMappings mappings;

    public ReviewTracker(EditionMappings mappings) {
        this.mappings = mappings;
    }

    /**
     * Checks the review records: every edition named must be one of the catalogue's; one newer than
     * the program's own edition is a warning (the program may have been moved back by mistake).
     */
    public void check(ProgramInputs inputs, Diagnostics diagnostics) {
        Program program = inputs.program().value();
        Catalog catalog = inputs.catalog();
        if (!program.reviewedEdition().isEmpty()) {
            checkEdition(
                    program.reviewedEdition(),
                    catalog,
                    inputs.program().position("reviewedEdition"),
                    "the program's 'reviewedEdition'",
                    diagnostics);
        }
        for (Located<Statement> located : inputs.statements()) {
            located.value()
                    .review()
                    .ifPresent(review -> checkEdition(
                            review.edition(),
                            catalog,
                            located.position("reviewed/edition"),
                            "statement for " + located.value().item(),
                            diagnostics));
        }
    }

    private void checkEdition(
            String edition, Catalog catalog, SourcePosition at, String what, Diagnostics diagnostics) {
        if (edition.equals(catalog.edition())) {
            return;
        }
        List<String> known = EditionMappings.editions(catalog.id());
        if (!known.contains(edition)) {
            List<String> valid = new ArrayList<>(known);
            if (!valid.contains(catalog.edition())) {
                valid.add(catalog.edition());
            }
            diagnostics.error(
                    Rule.REVIEW_EDITION,
                    at,
                    what + " names review edition '" + edition + "', which " + catalog.id() + " does not have",
                    "use one of: " + String.join(", ", valid));
        } else if (mappings.isNewer(catalog.id() + "@" + edition, catalog.reference())) {
            diagnostics.warning(
                    Rule.REVIEW_EDITION,
                    at,
                    what + " was reviewed against " + edition
                            + ", which is newer than the edition the program follows (" + catalog.edition() + ")",
                    "set 'catalog:' in program.yaml to " + catalog.id() + "@" + edition
                            + ", or correct the review edition");
        }
    }

    /**
     * Finds the suspect statements of the in-scope items.
     *
     * @param itemTexts   the licensed overlay text of each item, empty without an overlay
     * @param fingerprint how a text is fingerprinted, {@link TextFingerprint#sha256} in production
     */
    public List<Suspect> suspects(
            ProgramInputs inputs,
            ResolvedProfile profile,
            Map<ItemId, String> itemTexts,
            Function<String, String> fingerprint) {
        Catalog catalog = inputs.catalog();
        String programDefault = inputs.program().value().reviewedEdition();
        List<Suspect> suspects = new ArrayList<>();
        Set<ItemId> seen = new LinkedHashSet<>();
        for (Located<Statement> located : inputs.statements()) {
            Statement statement = located.value();
            Optional<ResolvedItem> item = profile.item(statement.item());
            if (item.isEmpty() || !item.get().inScope() || !seen.add(statement.item())) {
                continue;
            }
            if (!item.get().source().isEmpty() && !item.get().source().equals(catalog.reference())) {
                continue; // the organisation's own requirements change with no edition of the standard
            }
            String reviewed = statement.review().map(Review::edition).orElse(programDefault);
            String recorded = statement.review().map(Review::fingerprint).orElse("");
            String text = itemTexts.get(statement.item());
            String current = text == null ? "" : fingerprint.apply(text);
            String area = item.get().group().id();
            Optional<Suspect> byEdition = reviewed.isEmpty() || reviewed.equals(catalog.edition())
                    ? Optional.empty()
                    : byEdition(statement.item(), area, reviewed, catalog, recorded, current);
            if (byEdition.isPresent()) {
                suspects.add(byEdition.get());
            } else if (!recorded.isEmpty() && !current.isEmpty() && !recorded.equals(current)) {
                // the edition moved without changing the item, or did not move: either way the text did
                suspects.add(new Suspect(
                        statement.item(),
                        area,
                        reviewed,
                        catalog.edition(),
                        Suspect.Reason.TEXT_CHANGED,
                        Optional.empty(),
                        recorded,
                        current));
            }
        }
        return suspects;
    }

    private Optional<Suspect> byEdition(
            ItemId id, String area, String reviewed, Catalog catalog, String recorded, String current) {
        String reviewedRef = catalog.id() + "@" + reviewed;
        if (!EditionMappings.editions(catalog.id()).contains(reviewed)
                || mappings.isNewer(reviewedRef, catalog.reference())) {
            return Optional.empty(); // reported by check()
        }
        Optional<EditionMapping> mapping = mappings.between(reviewedRef, catalog.reference());
        if (mapping.isEmpty()) {
            return Optional.of(new Suspect(
                    id,
                    area,
                    reviewed,
                    catalog.edition(),
                    Suspect.Reason.EDITION_UNMAPPED,
                    Optional.empty(),
                    recorded,
                    current));
        }
        Optional<ItemMapping> entry = mapping.get().toItem(id);
        if (entry.isEmpty() || entry.get().change() == Change.ADDED) {
            return Optional.of(new Suspect(
                    id, area, reviewed, catalog.edition(), Suspect.Reason.ITEM_NEW, entry, recorded, current));
        }
        if (entry.get().change().needsReview()) {
            return Optional.of(new Suspect(
                    id, area, reviewed, catalog.edition(), Suspect.Reason.EDITION_CHANGED, entry, recorded, current));
        }
        return Optional.empty();
    }

    /**
     * The trace with a {@link GapKind#SUSPECT} gap for each suspect statement. An item that was
     * covered or not applicable becomes a gap: until the statement is reviewed again, neither claim
     * is established.
     */
    public static Trace mark(Trace trace, List<Suspect> suspects) {
        if (suspects.isEmpty()) {
            return trace;
        }
        Map<ItemId, Suspect> byItem = new LinkedHashMap<>();
        suspects.forEach(s -> byItem.putIfAbsent(s.item(), s));
        List<TraceRow> rows = new ArrayList<>();
        List<Gap> gaps = new ArrayList<>(trace.gaps());
        for (TraceRow row : trace.rows()) {
            Suspect suspect = byItem.get(row.resolved().item().id());
            if (suspect == null || row.coverage() == Coverage.OUT_OF_SCOPE) {
                rows.add(row);
                continue;
            }
            Gap gap = new Gap(
                    GapKind.SUSPECT,
                    suspect.item().toString(),
                    suspect.area(),
                    suspect.detailMessage(),
                    suspect.actionMessage(),
                    "reviewed");
            List<Gap> rowGaps = new ArrayList<>(row.gaps());
            rowGaps.add(gap);
            gaps.add(gap);
            rows.add(new TraceRow(
                    row.resolved(),
                    row.statement(),
                    row.procedures(),
                    row.missingEvidence(),
                    Coverage.GAP,
                    rowGaps.stream().sorted(Gap.ORDER).toList()));
        }
        return new Trace(rows, gaps);
    }
}
