package io.programbook.core.diff;

import io.programbook.core.edition.Aspect;
import io.programbook.core.edition.Change;
import io.programbook.core.model.Confidence;
import io.programbook.core.model.Deviation;
import io.programbook.core.model.ItemId;
import io.programbook.core.text.LocalText;
import io.programbook.core.text.Message;
import io.programbook.core.text.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What changed between two catalogue editions, two versions of a profile, or a program and a
 * baseline: the content of {@code changes.adoc}, {@code changes.html} and {@code changes.json}.
 * A section is empty when the diff does not compare it.
 *
 * @param fromSide     the older side, e.g. {@code iec-62443-2-4@2015+AMD1:2017} or {@code baseline}
 * @param fromVersion  the version of the older program when a baseline is compared and it has one, else empty
 * @param toSide       the newer side
 * @param toVersion    the version of the newer program, likewise
 * @param organisation the program's organisation when two programs are compared, else empty
 */
public record Changes(
        Kind kind,
        String fromSide,
        String fromVersion,
        String toSide,
        String toVersion,
        Optional<EditionChanges> catalog,
        Optional<ProfileChanges> profile,
        Optional<ProgramChanges> program,
        String organisation,
        Optional<CustomerChanges> customer) {

    public Changes {
        Objects.requireNonNull(customer, "customer");
    }

    /** The provider's changes: no customer's. */
    public Changes(
            Kind kind,
            String fromSide,
            String fromVersion,
            String toSide,
            String toVersion,
            Optional<EditionChanges> catalog,
            Optional<ProfileChanges> profile,
            Optional<ProgramChanges> program,
            String organisation) {
        this(kind, fromSide, fromVersion, toSide, toVersion, catalog, profile, program, organisation, Optional.empty());
    }

    /** Two sides without versions (two editions, two profiles). */
    public Changes(
            Kind kind,
            String from,
            String to,
            Optional<EditionChanges> catalog,
            Optional<ProfileChanges> profile,
            Optional<ProgramChanges> program,
            String organisation) {
        this(kind, from, "", to, "", catalog, profile, program, organisation);
    }

    /** The older side in English, as {@code changes.json} and the build log have it: {@code baseline (version 1.3)}. */
    public String from() {
        return from(ENGLISH);
    }

    /** The newer side in English. */
    public String to() {
        return to(ENGLISH);
    }

    /** The older side, named with its version in the words of a language. */
    public String from(Messages messages) {
        return side(fromSide, fromVersion, messages);
    }

    /** The newer side, named with its version in the words of a language. */
    public String to(Messages messages) {
        return side(toSide, toVersion, messages);
    }

    private static String side(String name, String version, Messages messages) {
        return version.isEmpty() ? name : messages.get("changes.side.version", name, version);
    }

    /** What was compared. */
    public enum Kind {
        EDITIONS("editions"),
        PROFILES("profiles"),
        BASELINE("baseline"),
        /** One customer's edition of the program and of its baseline: {@link Changes#customer()} says whose. */
        CUSTOMER("customer");

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
            Message noteMessage,
            boolean inferred,
            boolean scoped,
            Map<Change, Long> counts,
            long unverified,
            List<ItemChange> items) {

        public EditionChanges {
            counts = Map.copyOf(counts);
            items = List.copyOf(items);
        }

        /** The note in English, as {@code changes.json} has it. */
        public String note() {
            return english(noteMessage);
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
            Message noteMessage,
            Confidence confidence,
            boolean verified) {

        public ItemChange {
            aspects = List.copyOf(aspects);
        }

        public ItemId id() {
            return to.or(() -> from).orElseThrow();
        }

        /** The note in English, as {@code changes.json} has it. */
        public String note() {
            return english(noteMessage);
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
     * @param reasonMessage why, on the newer side: the profile rule and where it is written, the rationale of an
     *               exclusion, or that the catalogue edition added or removed the item
     */
    public record ScopeChange(ItemId id, String area, String title, Message reasonMessage) {

        /** The reason in English, as {@code changes.json} has it. */
        public String reason() {
            return english(reasonMessage);
        }
    }

    /** A target maturity raised or lowered, with the rule that sets it now. */
    public record MaturityChange(ItemId id, String area, String title, String from, String to, Message ruleMessage) {

        /** The rule in English, as {@code changes.json} has it. */
        public String rule() {
            return english(ruleMessage);
        }
    }

    /**
     * What changed for one customer besides its profile and statements: whether its edition is new
     * (the baseline has no such customer), and its accepted deviations.
     *
     * @param outside      its documents are for a reader outside the provider (the customer audience):
     *                     no source location, no token, nothing the provider tracks for itself
     * @param firstEdition the baseline has no customer of this id: the whole edition is new, and only
     *                     the deviations are listed (all of them added)
     * @param added        deviations of items the baseline's register did not have
     * @param removed      deviations the register no longer has
     * @param changed      deviations of the same item whose terms moved (what differs, the compensating
     *                     measure, who accepted it and when, until when)
     */
    public record CustomerChanges(
            String id,
            String name,
            boolean outside,
            boolean firstEdition,
            List<DeviationChange> added,
            List<DeviationChange> removed,
            List<DeviationChange> changed) {

        public CustomerChanges {
            added = List.copyOf(added);
            removed = List.copyOf(removed);
            changed = List.copyOf(changed);
        }

        public boolean deviationsUnchanged() {
            return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
        }
    }

    /**
     * One accepted deviation added, removed or changed.
     *
     * @param was     the deviation in the baseline; empty when added
     * @param is      the deviation now; empty when removed
     * @param aspects what moved of a changed deviation, in a fixed order: {@code difference},
     *                {@code compensation}, {@code accepted} (by whom or on which day), {@code validUntil}
     */
    public record DeviationChange(
            ItemId item, String title, Optional<Deviation> was, Optional<Deviation> is, List<String> aspects) {

        public DeviationChange {
            aspects = List.copyOf(aspects);
        }

        /** The deviation as it stands on the newer side, or as it stood when removed. */
        public Deviation latest() {
            return is.or(() -> was).orElseThrow();
        }
    }

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
            List<CoverageChange> coverageChanged,
            List<StatementChange> verdictChanged) {

        public ProgramChanges {
            verdictChanged = List.copyOf(verdictChanged);
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
    public record ReviewNeeded(ItemId id, String area, String title, Message reasonMessage) {

        /** The reason in English, as {@code changes.json} has it. */
        public String reason() {
            return english(reasonMessage);
        }
    }

    /** An item whose coverage moved, with the gaps it has now. */
    public record CoverageChange(ItemId id, String area, String title, String from, String to, List<String> gaps) {

        public CoverageChange {
            gaps = List.copyOf(gaps);
        }
    }

    /**
     * One line of the summary: what was compared ({@code Catalogue}), between what, and the counts,
     * in the words of a language.
     *
     * @param subject e.g. {@code iec-62443-2-4@2015+AMD1:2017 to iec-62443-2-4@2023}; may be empty
     */
    public record SummaryLine(String topic, String subject, String counts) {

        /** What the line says after its topic: the subject, if any, and the counts. */
        public String value(Messages messages) {
            return subject.isEmpty() ? counts : messages.get("changes.summary.subject", subject, counts);
        }

        /** As printed in the build log. */
        public String text() {
            return topic + (subject.isEmpty() ? "" : " " + subject) + ": " + counts;
        }
    }

    /** The summary, one line per compared aspect: the build log prints it, the documents start with it. */
    public List<SummaryLine> summaryLines(Messages messages) {
        List<SummaryLine> lines = new ArrayList<>();
        catalog.ifPresent(c -> lines.add(new SummaryLine(
                messages.get("changes.summary.catalog"),
                messages.get("changes.summary.between", c.from(), c.to()),
                c.from().equals(c.to()) ? messages.get("changes.summary.catalog.same") : catalogCounts(c, messages))));
        profile.ifPresent(p -> lines.add(new SummaryLine(
                messages.get("changes.summary.profile"),
                messages.get("changes.summary.between", p.from().label(), p.to().label()),
                messages.get(
                        "changes.summary.profile.counts",
                        p.entering().size(),
                        p.leaving().size(),
                        p.raised().size(),
                        p.lowered().size(),
                        p.parameters().size()))));
        customer.ifPresent(c -> lines.add(new SummaryLine(
                messages.get("changes.customer.summary.deviations"),
                "",
                messages.get(
                        "changes.customer.summary.deviations.counts",
                        c.added().size(),
                        c.removed().size(),
                        c.changed().size()))));
        program.ifPresent(p -> {
            lines.add(new SummaryLine(
                    messages.get("changes.summary.statements"),
                    "",
                    messages.get(
                            // a reader outside the provider is not told what the provider reviews
                            customer.map(CustomerChanges::outside).orElse(false)
                                    ? "changes.customer.summary.statements.counts"
                                    : "changes.summary.statements.counts",
                            p.added().size(),
                            p.removed().size(),
                            p.statusChanged().size(),
                            p.maturityChanged().size(),
                            p.textChanged().size(),
                            p.toReview().size())));
            Double delta = p.coverageDelta();
            lines.add(new SummaryLine(
                    messages.get("changes.summary.coverage"),
                    "",
                    messages.get(
                            "changes.summary.coverage.counts",
                            percent(p.fromTotals().coveragePercent(), messages),
                            percent(p.toTotals().coveragePercent(), messages),
                            delta == null
                                    ? messages.get("changes.summary.coverage.no-delta")
                                    : delta > 0
                                            ? messages.get("changes.summary.coverage.up", messages.decimal(delta, 1))
                                            : delta < 0
                                                    ? messages.get(
                                                            "changes.summary.coverage.down",
                                                            messages.decimal(-delta, 1))
                                                    : messages.get("changes.summary.coverage.unchanged"),
                            p.fromTotals().covered(),
                            p.toTotals().covered(),
                            p.fromTotals().gaps(),
                            p.toTotals().gaps())));
        });
        return lines;
    }

    private static String catalogCounts(EditionChanges c, Messages messages) {
        String counts = messages.get(
                "changes.summary.catalog.counts",
                c.count(Change.ADDED),
                c.count(Change.REMOVED),
                c.count(Change.RENAMED),
                c.count(Change.CHANGED),
                c.count(Change.REWORDED),
                c.count(Change.UNCHANGED));
        if (c.inferred()) {
            return messages.get("changes.summary.catalog.inferred", counts);
        }
        return c.unverified() > 0 ? messages.get("changes.summary.catalog.unverified", counts, c.unverified()) : counts;
    }

    /** A percentage with one decimal, as the locale writes it: {@code 76.6 %}; words when nothing applies. */
    static String percent(Double value, Messages messages) {
        return value == null
                ? messages.get("changes.coverage.none")
                : messages.get("common.percent", messages.decimal(value, 1));
    }

    /**
     * A few lines for the build log, in English like every build message: what was compared, then
     * one line per compared aspect.
     */
    public List<String> summary() {
        Messages english = Messages.english();
        List<String> lines = new ArrayList<>();
        lines.add(english.get("changes.summary", from(), to()));
        summaryLines(english).forEach(l -> lines.add(l.text()));
        return lines;
    }

    /** Text shown as it is (a rationale from the profile), where a message is expected. */
    public static Message verbatim(String text) {
        return Message.of(VERBATIM, text);
    }

    /**
     * Shipped text shown in the documents' language (a note of an edition mapping), where a
     * message is expected; English for tools and the build log.
     */
    public static Message verbatim(LocalText text) {
        return Message.of(VERBATIM, text);
    }

    /**
     * A message's words; text held by {@link #verbatim} comes back as it is in every language, or,
     * for shipped text with translations, in the words of the messages' language.
     */
    public static String words(Message message, Messages messages) {
        if (!message.key().equals(VERBATIM)) {
            return messages.get(message);
        }
        Object text = message.arguments().get(0);
        return text instanceof LocalText local ? local.in(messages.locale()) : (String) text;
    }

    private static final String VERBATIM = "changes.verbatim";

    /** Words for tools and the build log: English, whatever the documents' language. */
    static String english(Message message) {
        return words(message, ENGLISH);
    }

    private static final Messages ENGLISH = Messages.english();
}
