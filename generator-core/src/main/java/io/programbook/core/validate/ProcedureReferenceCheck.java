package io.programbook.core.validate;

import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.Rule;
import io.programbook.core.load.Located;
import io.programbook.core.load.ProgramInputs;
import io.programbook.core.load.Suggestions;
import io.programbook.core.model.Procedure;
import io.programbook.core.model.Statement;
import io.programbook.core.resolve.ResolvedProfile;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** {@link Rule#PROCEDURE_UNKNOWN}: a statement's procedures are files of {@code procedures/}. */
final class ProcedureReferenceCheck implements ProgramCheck {

    @Override
    public void check(ProgramInputs inputs, ResolvedProfile profile, Diagnostics diagnostics) {
        Set<String> procedures = inputs.procedures().stream().map(Procedure::id).collect(Collectors.toSet());
        for (Located<Statement> located : inputs.statements()) {
            List<String> named = located.value().procedures();
            for (int i = 0; i < named.size(); i++) {
                String id = named.get(i);
                if (!procedures.contains(id)) {
                    diagnostics.error(
                            Rule.PROCEDURE_UNKNOWN,
                            located.position("procedures/" + i),
                            "unknown procedure '" + id + "'",
                            Suggestions.nearest(id, procedures)
                                    .map(s -> "did you mean '" + s + "'?")
                                    .orElse(
                                            "procedures are the .adoc files of procedures/, named without the extension"));
                }
            }
        }
    }
}
