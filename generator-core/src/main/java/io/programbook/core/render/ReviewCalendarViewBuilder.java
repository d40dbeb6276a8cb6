package io.programbook.core.render;

import io.programbook.core.load.ProgramInputs;
import io.programbook.core.model.ItemId;
import io.programbook.core.model.Role;
import io.programbook.core.plan.ReviewCalendar;
import io.programbook.core.resolve.ResolvedProfile;
import io.programbook.core.text.Messages;
import io.programbook.core.trace.CoverageSummary;
import io.programbook.core.trace.Trace;
import io.programbook.core.trace.TraceMatrix;
import java.time.Period;
import java.util.List;

/** Prepares the review calendar document: what expired or is overdue, and what falls due next. */
public final class ReviewCalendarViewBuilder {

    public ReviewCalendarView build(
            ProgramInputs inputs,
            ResolvedProfile profile,
            Trace trace,
            ReviewCalendar calendar,
            int months,
            Messages messages) {
        MatrixView.Header header = new MatrixViewBuilder()
                .build(
                        inputs,
                        profile,
                        new TraceMatrix(List.of()),
                        CoverageSummary.of(trace, inputs.catalog().groups()),
                        messages)
                .header();
        return new ReviewCalendarView(
                header,
                calendar.asOf().map(messages::date).orElse(""),
                months,
                calendar.past().stream().map(e -> row(e, inputs, messages)).toList(),
                calendar.upcoming(Period.ofMonths(months)).stream()
                        .map(e -> row(e, inputs, messages))
                        .toList(),
                calendar.dates().size());
    }

    private static ReviewCalendarView.Row row(ReviewCalendar.Entry e, ProgramInputs inputs, Messages messages) {
        String subject = switch (e.kind()) {
            case EVIDENCE_EXPIRES ->
                "xref:evidence-register.adoc#" + EvidenceRegisterViewBuilder.anchor(e.subject()) + "["
                        + Adoc.text(e.subject()) + "] " + Adoc.text(e.title());
            case ACTION_DUE ->
                ItemId.tryParse(e.subject())
                        .map(id -> "xref:handbook.adoc#" + id.anchor() + "[" + id + "]")
                        .orElse(Adoc.text(e.subject()));
            case PROGRAM_REVIEW -> Adoc.text(e.subject());
        };
        return new ReviewCalendarView.Row(
                messages.date(e.date()),
                messages.get("calendar.kind." + e.kind().code()),
                subject,
                inputs.program()
                        .value()
                        .role(e.owner())
                        .map(Role::name)
                        .map(Adoc::text)
                        .orElse(Adoc.text(e.owner())),
                e.at().map(p -> Adoc.text(p.toString())).orElse(""));
    }
}
