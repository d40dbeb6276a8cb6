package io.programbook.core.validate;

import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.Rule;
import io.programbook.core.load.Located;
import io.programbook.core.load.ProgramInputs;
import io.programbook.core.model.ItemId;
import io.programbook.core.model.Statement;
import io.programbook.core.resolve.ResolvedProfile;
import java.util.HashMap;
import java.util.Map;

/** {@link Rule#STATEMENT_DUPLICATE}: one statement per requirement item, across every statements file. */
final class StatementDuplicateCheck implements ProgramCheck {

    @Override
    public void check(ProgramInputs inputs, ResolvedProfile profile, Diagnostics diagnostics) {
        Map<ItemId, Located<Statement>> seen = new HashMap<>();
        for (Located<Statement> located : inputs.statements()) {
            Located<Statement> first = seen.putIfAbsent(located.value().item(), located);
            if (first != null) {
                diagnostics.error(
                        Rule.STATEMENT_DUPLICATE,
                        located.position("item"),
                        "second statement for " + located.value().item() + " (first at " + first.position("item")
                                + ")");
            }
        }
    }
}
