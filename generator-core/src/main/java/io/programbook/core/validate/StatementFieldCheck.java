package io.programbook.core.validate;

import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.Rule;
import io.programbook.core.load.Located;
import io.programbook.core.load.ProgramInputs;
import io.programbook.core.model.Catalog;
import io.programbook.core.model.Statement;
import io.programbook.core.model.Status;
import io.programbook.core.resolve.ResolvedProfile;

/**
 * {@link Rule#MATURITY_UNKNOWN} and {@link Rule#JUSTIFICATION_MISSING}: a statement's claimed
 * maturity is a level of the catalogue, and a not-applicable statement says why.
 */
final class StatementFieldCheck implements ProgramCheck {

    @Override
    public void check(ProgramInputs inputs, ResolvedProfile profile, Diagnostics diagnostics) {
        Catalog catalog = inputs.catalog();
        for (Located<Statement> located : inputs.statements()) {
            Statement statement = located.value();
            if (!statement.maturity().isEmpty() && catalog.rank(statement.maturity()) == 0) {
                diagnostics.error(
                        Rule.MATURITY_UNKNOWN,
                        located.position("maturity"),
                        "unknown maturity level '" + statement.maturity() + "'",
                        "use one of: "
                                + String.join(
                                        ", ",
                                        catalog.maturityLevels().stream()
                                                .map(l -> l.id())
                                                .toList()));
            }
            if (statement.status() == Status.NOT_APPLICABLE
                    && statement.justification().isEmpty()) {
                diagnostics.error(
                        Rule.JUSTIFICATION_MISSING,
                        located.position("status"),
                        "statement for " + statement.item() + " is not-applicable without a justification");
            }
        }
    }
}
