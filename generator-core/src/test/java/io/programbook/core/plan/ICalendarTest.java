package io.programbook.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** review-calendar.ics as a calendar client reads it (ical4j): folded, escaped, deterministic. */
class ICalendarTest {

    private static final ICalendar.Words WORDS = new ICalendar.Words() {
        @Override
        public String summary(ReviewCalendar.Entry entry) {
            return "Evidence " + entry.subject() + " expires: " + entry.title();
        }

        @Override
        public String description(ReviewCalendar.Entry entry) {
            return "Owner: " + entry.owner();
        }
    };

    private static final String HOSTILE = "Report; part 1, \\ final\r\nEND:VCALENDAR\nBEGIN:VEVENT "
            + "Prüfbericht über Zugänge – ".repeat(4) + "Ende\u0007";

    private static ReviewCalendar calendar() {
        return new ReviewCalendar(
                List.of(
                        new ReviewCalendar.Entry(
                                LocalDate.of(2026, 11, 30),
                                ReviewCalendar.Kind.EVIDENCE_EXPIRES,
                                "EV-log",
                                HOSTILE,
                                "it-operations",
                                Optional.empty()),
                        new ReviewCalendar.Entry(
                                LocalDate.of(2027, 1, 15),
                                ReviewCalendar.Kind.ACTION_DUE,
                                "SP.08.04 BR",
                                "",
                                "security-lead",
                                Optional.empty())),
                Optional.of(LocalDate.of(2026, 10, 1)));
    }

    @Test
    void should_be_read_by_a_calendar_library_with_every_text_as_written() throws Exception {
        // given
        String ics =
                new String(ICalendar.write(calendar(), "Nordwind, Program", "nordwind", WORDS), StandardCharsets.UTF_8);

        // when
        Calendar parsed = new CalendarBuilder().build(new StringReader(ics));

        // then
        List<VEvent> events = parsed.getComponents(VEvent.VEVENT);
        assertThat(events).hasSize(2);
        VEvent first = events.get(0);
        assertThat(first.getSummary().orElseThrow().getValue())
                .isEqualTo("Evidence EV-log expires: "
                        + HOSTILE.replace("\r\n", "\n").replace("\u0007", ""));
        assertThat(first.getUid().orElseThrow().getValue()).isEqualTo("evidence-EV-log@nordwind.programbook");
        assertThat(first.getDateTimeStart().orElseThrow().getValue()).isEqualTo("20261130");
        assertThat(first.getDateTimeStamp().orElseThrow().getValue()).isEqualTo("20261001T000000Z");
        assertThat(events.get(1).getUid().orElseThrow().getValue())
                .isEqualTo("action-SP.08.04-BR@nordwind.programbook");
        assertThat(parsed.getComponents()).hasSize(2);
    }

    @Test
    void should_fold_every_line_at_75_octets_and_end_it_with_crlf() {
        // given
        byte[] ics = ICalendar.write(calendar(), "Nordwind", "nordwind", WORDS);
        String text = new String(ics, StandardCharsets.UTF_8);

        // then
        assertThat(text).endsWith("END:VCALENDAR\r\n").doesNotContain("\n\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        for (String line : text.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(text.split("\r\n")).filteredOn(l -> l.startsWith(" ")).isNotEmpty();
        assertThat(ICalendar.write(calendar(), "Nordwind", "nordwind", WORDS)).isEqualTo(ics);
    }
}
