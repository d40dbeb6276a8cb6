package io.programbook.core.validate;

import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.Rule;
import io.programbook.core.evidence.EvidenceRegister;
import io.programbook.core.load.Located;
import io.programbook.core.load.ProgramInputs;
import io.programbook.core.load.Suggestions;
import io.programbook.core.model.Role;
import io.programbook.core.model.Statement;
import io.programbook.core.resolve.ResolvedProfile;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The evidence register holds together (see {@link EvidenceRegister#build}: {@link Rule#EVIDENCE_ID},
 * {@link Rule#EVIDENCE_CONFLICT}, {@link Rule#EVIDENCE_VALIDITY}, {@link Rule#EVIDENCE_CHANGED},
 * {@link Rule#ROLE_UNKNOWN} for an evidence owner), and a statement's action is owned by a declared
 * role ({@link Rule#ROLE_UNKNOWN}).
 */
final class EvidenceRegisterCheck implements ProgramCheck {

    @Override
    public void check(ProgramInputs inputs, ResolvedProfile profile, Diagnostics diagnostics) {
        EvidenceRegister.build(inputs, diagnostics);
        Set<String> roles =
                inputs.program().value().roles().stream().map(Role::id).collect(Collectors.toSet());
        for (Located<Statement> located : inputs.statements()) {
            located.value().plannedAction().ifPresent(action -> {
                if (!roles.contains(action.owner())) {
                    diagnostics.error(
                            Rule.ROLE_UNKNOWN,
                            located.position("action/owner"),
                            "unknown role '" + action.owner() + "' as the owner of the action of "
                                    + located.value().item(),
                            Suggestions.nearest(action.owner(), roles)
                                            .map(r -> "did you mean '" + r + "'? ")
                                            .orElse("")
                                    + "an action is owned by a role of program.yaml; declared roles: "
                                    + String.join(", ", roles.stream().sorted().toList()));
                }
            });
        }
    }
}
