package io.programbook.core.validate;

import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.Rule;
import io.programbook.core.diag.SourcePosition;
import io.programbook.core.load.Located;
import io.programbook.core.load.ProgramInputs;
import io.programbook.core.load.Suggestions;
import io.programbook.core.model.Procedure;
import io.programbook.core.model.Role;
import io.programbook.core.model.Statement;
import io.programbook.core.resolve.ResolvedProfile;
import java.util.Set;
import java.util.stream.Collectors;

/** {@link Rule#ROLE_UNKNOWN}: a statement's owner and a procedure's {@code :pb-owner:} are declared roles. */
final class RoleReferenceCheck implements ProgramCheck {

    @Override
    public void check(ProgramInputs inputs, ResolvedProfile profile, Diagnostics diagnostics) {
        Set<String> roles =
                inputs.program().value().roles().stream().map(Role::id).collect(Collectors.toSet());
        for (Located<Statement> located : inputs.statements()) {
            if (!roles.contains(located.value().owner())) {
                report(located.value().owner(), located.position("owner"), roles, diagnostics);
            }
        }
        for (Procedure procedure : inputs.procedures()) {
            if (!procedure.owner().isEmpty() && !roles.contains(procedure.owner())) {
                report(procedure.owner(), procedure.ownerAt(), roles, diagnostics);
            }
        }
    }

    private static void report(String role, SourcePosition at, Set<String> roles, Diagnostics diagnostics) {
        diagnostics.error(
                Rule.ROLE_UNKNOWN,
                at,
                "unknown role '" + role + "'",
                Suggestions.nearest(role, roles)
                                .map(s -> "did you mean '" + s + "'? ")
                                .orElse("") + "declared roles: "
                        + String.join(", ", roles.stream().sorted().toList()));
    }
}
