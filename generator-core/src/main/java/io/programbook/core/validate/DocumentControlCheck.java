package io.programbook.core.validate;

import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.Rule;
import io.programbook.core.diag.SourcePosition;
import io.programbook.core.load.Located;
import io.programbook.core.load.ProgramInputs;
import io.programbook.core.load.Suggestions;
import io.programbook.core.model.DocumentControl;
import io.programbook.core.model.Program;
import io.programbook.core.model.Role;
import io.programbook.core.model.Signoff;
import io.programbook.core.resolve.ResolvedProfile;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@link Rule#CONTROL_ROLE_UNKNOWN} and {@link Rule#SIGNOFF_AFTER_PROGRAM}: the owner, reviewers
 * and approvers of {@code documentControl:} sign for declared roles, and nobody signed a version
 * after its date.
 */
final class DocumentControlCheck implements ProgramCheck {

    @Override
    public void check(ProgramInputs inputs, ResolvedProfile profile, Diagnostics diagnostics) {
        Located<Program> program = inputs.program();
        DocumentControl control = program.value().control().orElse(null);
        if (control == null) {
            return;
        }
        Set<String> roles = program.value().roles().stream().map(Role::id).collect(Collectors.toSet());
        if (!control.owner().isEmpty() && !roles.contains(control.owner())) {
            unknownRole("owner", control.owner(), program.position("documentControl/owner"), roles, diagnostics);
        }
        LocalDate programDate = program.value().program().date();
        signoffs("reviewer", "reviewers", control.reviewers(), program, roles, programDate, diagnostics);
        signoffs("approver", "approvers", control.approvers(), program, roles, programDate, diagnostics);
    }

    private static void signoffs(
            String what,
            String field,
            List<Signoff> signoffs,
            Located<Program> program,
            Set<String> roles,
            LocalDate programDate,
            Diagnostics diagnostics) {
        for (int i = 0; i < signoffs.size(); i++) {
            Signoff signoff = signoffs.get(i);
            String pointer = "documentControl/" + field + "/" + i;
            if (!roles.contains(signoff.role())) {
                unknownRole(
                        what + " " + signoff.name() + "'s",
                        signoff.role(),
                        program.position(pointer + "/role"),
                        roles,
                        diagnostics);
            }
            if (programDate != null && signoff.date() != null && signoff.date().isAfter(programDate)) {
                diagnostics.error(
                        Rule.SIGNOFF_AFTER_PROGRAM,
                        program.position(pointer + "/date"),
                        what + " " + signoff.name() + " signed on " + signoff.date() + ", after the program's date "
                                + programDate + " (version "
                                + program.value().program().version() + ")",
                        Rule.SIGNOFF_AFTER_PROGRAM.hint());
            }
        }
    }

    private static void unknownRole(
            String whose, String role, SourcePosition at, Set<String> roles, Diagnostics diagnostics) {
        diagnostics.error(
                Rule.CONTROL_ROLE_UNKNOWN,
                at,
                "the " + whose + " role '" + role + "' is not a role of the program",
                Suggestions.nearest(role, roles)
                                .map(s -> "did you mean '" + s + "'? ")
                                .orElse("declare it under 'roles:' in program.yaml; ")
                        + "declared roles: "
                        + String.join(", ", roles.stream().sorted().toList()));
    }
}
