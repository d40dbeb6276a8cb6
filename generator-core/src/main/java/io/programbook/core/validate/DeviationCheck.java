package io.programbook.core.validate;

import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.Rule;
import io.programbook.core.load.Located;
import io.programbook.core.load.ProgramInputs;
import io.programbook.core.model.Customer;
import io.programbook.core.model.Deviation;
import io.programbook.core.resolve.ResolvedItem;
import io.programbook.core.resolve.ResolvedProfile;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A customer edition's deviation register: each deviation is for an item in scope of the
 * customer's profile ({@code PB-DEVIATION-SCOPE}), and one that ran out before the program's date
 * is a warning ({@code PB-DEVIATION-EXPIRED}; the check goal's deviations gate fails on it). The
 * program's date, not the clock, decides, so that the same inputs give the same findings.
 */
final class DeviationCheck implements ProgramCheck {

    @Override
    public void check(ProgramInputs inputs, ResolvedProfile profile, Diagnostics diagnostics) {
        if (inputs.edition().isEmpty()) {
            return;
        }
        Located<Customer> customer = inputs.edition().get().customer();
        Optional<LocalDate> asOf =
                Optional.ofNullable(inputs.program().value().program().date());
        List<Deviation> deviations = customer.value().deviations();
        for (int i = 0; i < deviations.size(); i++) {
            Deviation deviation = deviations.get(i);
            boolean inScope =
                    profile.item(deviation.item()).map(ResolvedItem::inScope).orElse(false);
            if (!inScope) {
                diagnostics.error(
                        Rule.DEVIATION_SCOPE,
                        customer.position("deviations/" + i + "/item"),
                        "deviation for " + deviation.item() + ", which is "
                                + (profile.item(deviation.item()).isPresent()
                                        ? "not in scope of the profile of customer '"
                                                + customer.value().id() + "'"
                                        : "not an item of the catalogue of customer '"
                                                + customer.value().id() + "'"),
                        "correct the item id, or bring the item into the customer's scope in its profile");
            }
            if (asOf.isPresent() && deviation.expiredOn(asOf.get())) {
                diagnostics.warning(
                        Rule.DEVIATION_EXPIRED,
                        customer.position("deviations/" + i + "/validUntil"),
                        "the deviation for " + deviation.item() + " accepted by " + deviation.acceptedBy()
                                + " was valid until " + deviation.validUntil() + ", before the program's date "
                                + asOf.get(),
                        "agree a new acceptance with the asset owner and update 'validUntil', or close the"
                                + " deviation and remove it");
            }
        }
    }
}
