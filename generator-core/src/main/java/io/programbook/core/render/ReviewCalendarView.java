package io.programbook.core.render;

import java.util.List;

/**
 * The review calendar document, prepared in Java; plain-text fields are escaped for AsciiDoc.
 *
 * @param asOf     the program's date the calendar starts from; empty without one
 * @param months   how many months it looks ahead
 * @param past     dates before the program's date: expired evidence, overdue actions
 * @param upcoming dates in the horizon (every date without a program date)
 * @param total    how many dates the {@code .ics} holds
 */
public record ReviewCalendarView(
        MatrixView.Header header, String asOf, int months, List<Row> past, List<Row> upcoming, int total) {

    public ReviewCalendarView {
        past = List.copyOf(past);
        upcoming = List.copyOf(upcoming);
    }

    /**
     * One date.
     *
     * @param subject AsciiDoc: the evidence record (linked to the register), the item (linked to the
     *                handbook) or the program
     */
    public record Row(String date, String kind, String subject, String owner, String where) {}
}
