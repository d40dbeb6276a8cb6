package io.programbook.core.validate;

import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.Rule;
import io.programbook.core.load.Located;
import io.programbook.core.load.ProgramInputs;
import io.programbook.core.model.Statement;
import io.programbook.core.resolve.ResolvedItem;
import io.programbook.core.resolve.ResolvedProfile;

/**
 * {@link Rule#ITEM_UNKNOWN} and {@link Rule#STATEMENT_OUT_OF_SCOPE}: a statement names an item of
 * the catalogue, and one the profile keeps in scope.
 */
final class StatementItemCheck implements ProgramCheck {

    @Override
    public void check(ProgramInputs inputs, ResolvedProfile profile, Diagnostics diagnostics) {
        for (Located<Statement> located : inputs.statements()) {
            Statement statement = located.value();
            var resolved = profile.item(statement.item());
            if (resolved.isEmpty()) {
                UnknownItems.report(
                        statement.item(), located.position("item"), "statement names", inputs.catalog(), diagnostics);
            } else if (!resolved.get().inScope()) {
                ResolvedItem item = resolved.get();
                diagnostics.warning(
                        Rule.STATEMENT_OUT_OF_SCOPE,
                        located.position("item"),
                        "statement for " + statement.item() + ", which the profile excludes ('"
                                + item.scopeDecision().rule() + "' at "
                                + item.scopeDecision().at() + ")",
                        null);
            }
        }
    }
}
