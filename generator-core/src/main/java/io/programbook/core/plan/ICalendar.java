package io.programbook.core.plan;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Writes a {@link ReviewCalendar} as an iCalendar file (RFC 5545) any calendar can subscribe to:
 * one all-day event per date. Deterministic: each event's UID comes from what falls due (the same
 * evidence record or item keeps its UID when its date moves, so a subscribed calendar moves the
 * event), and DTSTAMP is the program's date (1980-01-01 without one), never the clock. Text from
 * the program is escaped (backslash, semicolon, comma, line breaks) and every line is folded at 75
 * octets, as the RFC asks.
 */
public final class ICalendar {

    /** The text of each event, in the documents' language. */
    public interface Words {
        /** The event's one-line summary. */
        String summary(ReviewCalendar.Entry entry);

        /** The event's description. */
        String description(ReviewCalendar.Entry entry);
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final String CRLF = "\r\n";

    private ICalendar() {}

    /**
     * @param name   the calendar's name, e.g. the organisation and program
     * @param domain what makes the UIDs unique to this program, e.g. {@code nordwind-automation}
     */
    public static byte[] write(ReviewCalendar calendar, String name, String domain, Words words) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Programbook//Review calendar//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text(name));
        String stamp = calendar.asOf().orElse(LocalDate.of(1980, 1, 1)).format(DATE) + "T000000Z";
        for (ReviewCalendar.Entry entry : calendar.dates()) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + text(entry.uid() + "@" + domain + ".programbook"));
            line(out, "DTSTAMP:" + stamp);
            line(out, "DTSTART;VALUE=DATE:" + entry.date().format(DATE));
            line(out, "DTEND;VALUE=DATE:" + entry.date().plusDays(1).format(DATE));
            line(out, "SUMMARY:" + text(words.summary(entry)));
            String description = words.description(entry);
            if (!description.isEmpty()) {
                line(out, "DESCRIPTION:" + text(description));
            }
            line(out, "CATEGORIES:" + text(entry.kind().code()));
            line(out, "TRANSP:TRANSPARENT");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks escaped; control characters dropped. */
    static String text(String value) {
        StringBuilder out = new StringBuilder();
        String normal = value.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < normal.length(); i++) {
            char c = normal.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c >= 0x20 && c != 0x7f) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Adds a content line, folded so that no line is longer than 75 octets (never inside a character). */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append(CRLF);
    }
}
