package io.programbook.core.output;

import io.programbook.core.api.OutputFormat;
import io.programbook.core.evidence.EvidenceRegister;
import io.programbook.core.model.Role;
import io.programbook.core.plan.ICalendar;
import io.programbook.core.plan.ReviewCalendar;
import io.programbook.core.render.ReviewCalendarViewBuilder;
import io.programbook.core.text.Messages;
import io.programbook.core.trace.EvidenceAge;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The review calendar: {@code review-calendar.adoc} (and {@code .html}, {@code .pdf} when asked),
 * which lists what expired or is overdue and what falls due in the next months
 * ({@link io.programbook.core.api.EvidenceOptions#calendarMonths()}); and {@value #ICS}, every date
 * as an event to subscribe to, always.
 */
public final class ReviewCalendarOutput extends GeneratedDocument {

    public static final String ID = "review-calendar";
    public static final String ICS = "review-calendar.ics";

    private final ReviewCalendarViewBuilder views = new ReviewCalendarViewBuilder();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Set<OutputFormat> formats() {
        return Set.of(OutputFormat.ADOC, OutputFormat.HTML, OutputFormat.PDF);
    }

    /** The calendar of the run: the age limit in force and the profile's review interval. */
    public static ReviewCalendar calendar(OutputContext context) {
        return ReviewCalendar.of(
                context.inputs(),
                EvidenceRegister.of(context.inputs()),
                EvidenceAge.effective(context.request().maxEvidenceAge(), context.profile()),
                EvidenceAge.effective(Optional.empty(), context.profile()));
    }

    @Override
    public Map<String, Object> model(OutputContext context) {
        return Map.of(
                "calendar",
                views.build(
                        context.inputs(),
                        context.profile(),
                        context.trace(),
                        calendar(context),
                        context.request().evidence().calendarMonths(),
                        context.messages()));
    }

    @Override
    public List<String> fileNames() {
        return Stream.concat(super.fileNames().stream(), Stream.of(ICS)).toList();
    }

    @Override
    protected List<String> dataFiles() {
        return List.of(ICS);
    }

    /** Internal: the calendar plans the provider's own reviews by the program's files and lines. */
    @Override
    public boolean internal() {
        return true;
    }

    @Override
    public void write(OutputContext context, OutputFiles files) {
        if (!writtenFor(context)) {
            return;
        }
        super.write(context, files);
        Messages messages = context.messages();
        var program = context.inputs().program().value();
        files.bytes(
                ICS,
                ICalendar.write(
                        calendar(context),
                        messages.get(
                                "calendar.name",
                                program.organisation().name(),
                                program.program().title()),
                        program.organisation()
                                .name()
                                .toLowerCase(Locale.ROOT)
                                .replaceAll("[^a-z0-9]+", "-")
                                .replaceAll("^-|-$", ""),
                        new ICalendar.Words() {
                            @Override
                            public String summary(ReviewCalendar.Entry entry) {
                                return messages.get(
                                        "calendar.summary." + entry.kind().code(), entry.subject(), entry.title());
                            }

                            @Override
                            public String description(ReviewCalendar.Entry entry) {
                                return entry.owner().isEmpty()
                                        ? ""
                                        : messages.get(
                                                "calendar.description.owner",
                                                program.role(entry.owner())
                                                        .map(Role::name)
                                                        .orElse(entry.owner()));
                            }
                        }));
    }
}
