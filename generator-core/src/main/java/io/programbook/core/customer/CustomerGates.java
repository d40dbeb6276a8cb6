package io.programbook.core.customer;

import io.programbook.core.api.GateResult;
import io.programbook.core.model.Customer;
import io.programbook.core.model.Deviation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The check goal's gates of a customer edition: no accepted deviation of the customer has run out. */
public final class CustomerGates {

    private CustomerGates() {}

    /**
     * The deviations gate of one customer.
     *
     * @param asOf the program's date; without one no deviation counts as expired
     */
    public static GateResult deviations(CustomerEdition edition, Optional<LocalDate> asOf) {
        Customer customer = edition.source().customer().value();
        String gate = "deviations of customer " + customer.id();
        List<String> expired = asOf.map(day -> customer.deviations().stream()
                        .filter(d -> d.expiredOn(day))
                        .map(CustomerGates::line)
                        .toList())
                .orElse(List.of());
        int count = customer.deviations().size();
        if (expired.isEmpty()) {
            return GateResult.pass(
                    gate,
                    count == 0
                            ? "no accepted deviation"
                            : count == 1 ? "1 accepted deviation, valid" : count + " accepted deviations, all valid");
        }
        return GateResult.fail(
                gate,
                expired.size() + " of " + count + " accepted deviation" + (count == 1 ? "" : "s")
                        + " expired before the program's date " + asOf.orElseThrow(),
                expired);
    }

    private static String line(Deviation d) {
        return d.item() + ": valid until " + d.validUntil() + ", accepted by " + d.acceptedBy();
    }
}
