package io.programbook.core.plan;

import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.Rule;
import io.programbook.core.diag.SourcePosition;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The {@code check} goal's early warning ({@link Rule#DUE_SOON}): every date of the review calendar
 * up to {@code days} after the program's date, located at the entry or action to update. Dates
 * before the program's date are warned about too: an expired record or an overdue action is no
 * less due. Nothing without a program date.
 */
public final class DueSoon {

    private DueSoon() {}

    public static void warn(ReviewCalendar calendar, int days, Diagnostics diagnostics) {
        if (calendar.asOf().isEmpty()) {
            return;
        }
        LocalDate asOf = calendar.asOf().get();
        LocalDate until = asOf.plusDays(days);
        for (ReviewCalendar.Entry e : calendar.dates()) {
            if (e.date().isAfter(until) || e.at().isEmpty()) {
                continue;
            }
            long in = ChronoUnit.DAYS.between(asOf, e.date());
            String when = in < 0
                    ? (-in) + (in == -1 ? " day" : " days") + " before the program's date " + asOf
                    : in == 0
                            ? "on the program's date " + asOf
                            : "in " + in + (in == 1 ? " day" : " days") + " after the program's date " + asOf;
            SourcePosition at = e.at().get();
            switch (e.kind()) {
                case EVIDENCE_EXPIRES ->
                    diagnostics.warning(
                            Rule.DUE_SOON,
                            at,
                            "evidence " + e.subject() + " counts until " + e.date() + ", " + when,
                            "renew the record and update this entry's date (and validUntil, sha256 if it has them)");
                case ACTION_DUE ->
                    diagnostics.warning(
                            Rule.DUE_SOON,
                            at,
                            "the action of " + e.subject() + " is due " + e.date() + ", " + when,
                            "finish it and write 'state: done', or agree a new 'due:' date");
                case PROGRAM_REVIEW -> {
                    // has no entry to point at: the calendar document shows it
                }
            }
        }
    }
}
