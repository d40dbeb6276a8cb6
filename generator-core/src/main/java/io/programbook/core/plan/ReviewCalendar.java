package io.programbook.core.plan;

import io.programbook.core.diag.SourcePosition;
import io.programbook.core.evidence.EvidenceRecord;
import io.programbook.core.evidence.EvidenceRegister;
import io.programbook.core.load.Located;
import io.programbook.core.load.ProgramInputs;
import io.programbook.core.model.Action;
import io.programbook.core.model.Statement;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What falls due when: the last day each evidence record counts (its {@code validUntil}, else its
 * date plus the maximum evidence age), each open action's due date, and the program's next review
 * (its date plus the review interval). Sorted by date, then kind, then subject.
 *
 * @param dates every date, sorted
 * @param asOf  the reference date (the program's date); empty when the program has none
 */
public record ReviewCalendar(List<Entry> dates, Optional<LocalDate> asOf) {

    public ReviewCalendar {
        dates = List.copyOf(dates);
    }

    /** What falls due. */
    public enum Kind {
        /** An evidence record stops counting after this day. */
        EVIDENCE_EXPIRES("evidence"),
        /** An open action is due. */
        ACTION_DUE("action"),
        /** The program is due for its periodic review. */
        PROGRAM_REVIEW("review");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        /** Its stable spelling: in event UIDs and message keys. */
        public String code() {
            return code;
        }
    }

    /**
     * One date.
     *
     * @param subject the evidence id, the item id, or the program's title
     * @param title   the evidence title; empty for others
     * @param owner   the role id responsible; empty when none is declared
     * @param at      where the date is written (the entry, the action), for a warning; empty for the
     *                program review
     */
    public record Entry(
            LocalDate date, Kind kind, String subject, String title, String owner, Optional<SourcePosition> at) {

        /** A stable id of the entry: the same subject keeps it when its date moves. */
        public String uid() {
            return kind.code() + "-" + subject.replaceAll("[^A-Za-z0-9._-]+", "-");
        }
    }

    /**
     * The calendar of a program.
     *
     * @param maxAge         the maximum evidence age in force (goal parameter or the profile's review
     *                       interval); empty when none
     * @param reviewInterval the program's review interval; empty when none
     */
    public static ReviewCalendar of(
            ProgramInputs inputs, EvidenceRegister register, Optional<Period> maxAge, Optional<Period> reviewInterval) {
        Optional<LocalDate> asOf =
                Optional.ofNullable(inputs.program().value().program().date());
        List<Entry> dates = new ArrayList<>();
        for (EvidenceRecord r : register.records()) {
            LocalDate until = r.validUntil() != null
                    ? r.validUntil()
                    : r.date() != null && maxAge.isPresent() ? r.date().plus(maxAge.get()) : null;
            if (until != null) {
                dates.add(new Entry(until, Kind.EVIDENCE_EXPIRES, r.id(), r.title(), r.owner(), Optional.of(r.at())));
            }
        }
        for (Located<Statement> s : inputs.statements()) {
            Optional<Action> action =
                    s.value().plannedAction().filter(a -> a.state() == Action.State.OPEN && a.due() != null);
            action.ifPresent(a -> dates.add(new Entry(
                    a.due(),
                    Kind.ACTION_DUE,
                    s.value().item().toString(),
                    "",
                    a.owner(),
                    Optional.of(s.position("action/due")))));
        }
        if (asOf.isPresent() && reviewInterval.isPresent()) {
            dates.add(new Entry(
                    asOf.get().plus(reviewInterval.get()),
                    Kind.PROGRAM_REVIEW,
                    inputs.program().value().program().title(),
                    "",
                    "",
                    Optional.empty()));
        }
        dates.sort(Comparator.comparing(Entry::date).thenComparing(Entry::kind).thenComparing(Entry::subject));
        return new ReviewCalendar(dates, asOf);
    }

    /** The dates before the reference date: expired evidence, overdue actions, a missed review. */
    public List<Entry> past() {
        return asOf.map(d -> dates.stream().filter(e -> e.date().isBefore(d)).toList())
                .orElse(List.of());
    }

    /** The dates from the reference date to the end of the horizon; every date without a reference date. */
    public List<Entry> upcoming(Period horizon) {
        return asOf.map(d -> dates.stream()
                        .filter(e -> !e.date().isBefore(d) && !e.date().isAfter(d.plus(horizon)))
                        .toList())
                .orElse(dates);
    }
}
