package io.programbook.core.customer;

import io.programbook.core.model.Action;
import io.programbook.core.model.Customer;
import io.programbook.core.model.Deviation;
import io.programbook.core.table.Column;
import io.programbook.core.table.Table;
import io.programbook.core.text.Messages;
import io.programbook.core.trace.Coverage;
import io.programbook.core.trace.Trace;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The provider's overview of its customers: one row per customer edition with its coverage, open
 * gaps, accepted deviations, the deviations that run out within the notice period (or already ran
 * out), and its next review: the earliest day a deviation runs out or an open action of its
 * statements is due.
 */
public final class Portfolio {

    /** The file stem of the portfolio's files under the output folder. */
    public static final String ID = "portfolio";

    /** The profile parameter that sets how many days ahead a deviation counts as expiring. */
    public static final String NOTICE_PARAMETER = "deviation-notice-days";

    /** The notice period when the profile sets none. */
    public static final int DEFAULT_NOTICE_DAYS = 90;

    /** One customer as the portfolio shows it; texts formatted in the run's language. */
    public record Row(
            String id,
            String name,
            String language,
            int inScope,
            int covered,
            int gaps,
            String coverage,
            int deviations,
            int expiring,
            String nextReview) {}

    static final List<Column<Row>> COLUMNS = List.of(
            new Column<>("customer", "portfolio.column.customer", 14, Row::id),
            new Column<>("name", "portfolio.column.name", 30, Row::name),
            new Column<>("language", "portfolio.column.language", 8, Row::language),
            new Column<>("inScope", "portfolio.column.in-scope", 9, r -> String.valueOf(r.inScope())),
            new Column<>("covered", "portfolio.column.covered", 9, r -> String.valueOf(r.covered())),
            new Column<>("gaps", "portfolio.column.gaps", 9, r -> String.valueOf(r.gaps())),
            new Column<>("coverage", "portfolio.column.coverage", 24, Row::coverage),
            new Column<>("deviations", "portfolio.column.deviations", 10, r -> String.valueOf(r.deviations())),
            new Column<>("expiring", "portfolio.column.expiring", 12, r -> String.valueOf(r.expiring())),
            new Column<>("nextReview", "portfolio.column.next-review", 14, Row::nextReview));

    private Portfolio() {}

    /**
     * A customer's row.
     *
     * @param language the language of the customer's documents
     * @param asOf the program's date: deviations are expiring when they run out within the notice
     *             period after it; without a date none is counted as expiring
     */
    public static Row row(
            CustomerEdition edition, Trace trace, String language, Optional<LocalDate> asOf, Messages messages) {
        Customer customer = edition.source().customer().value();
        Map<Coverage, Long> counts = trace.countByCoverage();
        int covered = counts.get(Coverage.COVERED).intValue();
        int gaps = counts.get(Coverage.GAP).intValue();
        int notice = noticeDays(edition.profile().parameters());
        int expiring = asOf.map(day -> (int) customer.deviations().stream()
                        .filter(d -> d.validUntil().isBefore(day.plusDays(notice + 1L)))
                        .count())
                .orElse(0);
        Optional<LocalDate> next = Stream.concat(
                        customer.deviations().stream().map(Deviation::validUntil),
                        edition.inputs().statements().stream()
                                .flatMap(s -> s.value().plannedAction().stream())
                                .filter(a -> a.state() == Action.State.OPEN && a.due() != null)
                                .map(Action::due))
                .min(LocalDate::compareTo);
        return new Row(
                edition.id(),
                customer.name(),
                language,
                edition.profile().inScope().size(),
                covered,
                gaps,
                messages.coverage(trace.coveragePercent(), covered, covered + gaps),
                customer.deviations().size(),
                expiring,
                next.map(messages::date).orElse(""));
    }

    /** The portfolio's table. */
    public static Table table(
            List<Row> rows, String title, String organisation, Optional<LocalDate> date, Messages messages) {
        return Table.of(
                new Table.About(ID, messages.get("portfolio.sheet"), title, organisation, date),
                COLUMNS,
                rows,
                r -> Optional.empty(),
                messages);
    }

    /** The notice period of a profile's parameters; the default when it is absent or not a number of days. */
    static int noticeDays(Map<String, String> parameters) {
        String value = parameters.getOrDefault(NOTICE_PARAMETER, "").strip();
        return value.matches("\\d{1,4}") ? Integer.parseInt(value) : DEFAULT_NOTICE_DAYS;
    }
}
