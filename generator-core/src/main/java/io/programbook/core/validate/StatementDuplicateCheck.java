package io.programbook.core.validate;

import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.Rule;
import io.programbook.core.load.Located;
import io.programbook.core.load.ProgramInputs;
import io.programbook.core.model.Statement;
import io.programbook.core.resolve.ResolvedProfile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * {@link Rule#STATEMENT_DUPLICATE}: one statement per requirement item, across every statements file;
 * or, where statements differ per service role or solution component, one per item, roles and
 * components.
 */
final class StatementDuplicateCheck implements ProgramCheck {

    @Override
    public void check(ProgramInputs inputs, ResolvedProfile profile, Diagnostics diagnostics) {
        Map<List<Object>, Located<Statement>> seen = new HashMap<>();
        for (Located<Statement> located : inputs.statements()) {
            Statement s = located.value();
            List<Object> scope = List.of(s.item(), new TreeSet<>(s.roles()), new TreeSet<>(s.components()));
            Located<Statement> first = seen.putIfAbsent(scope, located);
            if (first != null) {
                diagnostics.error(
                        Rule.STATEMENT_DUPLICATE,
                        located.position("item"),
                        "second statement for " + s.item()
                                + (s.roles().isEmpty() && s.components().isEmpty()
                                        ? ""
                                        : " for the same service roles and components")
                                + " (first at " + first.position("item") + ")");
            }
        }
    }
}
