package io.programbook.core.validate;

import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.Rule;
import io.programbook.core.load.ProgramInputs;
import io.programbook.core.model.Role;
import io.programbook.core.resolve.ResolvedProfile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@link Rule#ID_DUPLICATE} for roles: each role of program.yaml has an id of its own. */
final class RoleIdCheck implements ProgramCheck {

    @Override
    public void check(ProgramInputs inputs, ResolvedProfile profile, Diagnostics diagnostics) {
        Map<String, Integer> first = new HashMap<>();
        List<Role> roles = inputs.program().value().roles();
        for (int i = 0; i < roles.size(); i++) {
            Integer previous = first.putIfAbsent(roles.get(i).id(), i);
            if (previous != null) {
                diagnostics.error(
                        Rule.ID_DUPLICATE,
                        inputs.program().position("roles/" + i + "/id"),
                        "duplicate role id '" + roles.get(i).id() + "' (first at "
                                + inputs.program().position("roles/" + previous + "/id") + ")");
            }
        }
    }
}
