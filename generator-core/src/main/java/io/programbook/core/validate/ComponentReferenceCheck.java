package io.programbook.core.validate;

import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.Rule;
import io.programbook.core.load.Located;
import io.programbook.core.load.ProgramInputs;
import io.programbook.core.model.Assessment;
import io.programbook.core.model.Component;
import io.programbook.core.model.Program;
import io.programbook.core.model.Statement;
import io.programbook.core.resolve.ResolvedProfile;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The assessment dimensions: statements and assessment records name only service roles the
 * program is assessed in ({@link Rule#SERVICE_ROLE_UNASSESSED}) and components program.yaml declares
 * ({@link Rule#COMPONENT_UNKNOWN}); component ids are unique; assessment results name items of the
 * catalogue and owners that are roles of the program.
 */
final class ComponentReferenceCheck implements ProgramCheck {

    @Override
    public void check(ProgramInputs inputs, ResolvedProfile profile, Diagnostics diagnostics) {
        Program program = inputs.program().value();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < program.components().size(); i++) {
            Component component = program.components().get(i);
            if (!ids.add(component.id())) {
                diagnostics.error(
                        Rule.COMPONENT_UNKNOWN,
                        inputs.program().position("components/" + i + "/id"),
                        "the component id '" + component.id() + "' is declared twice",
                        "give each component its own id");
            }
        }
        String declared = ids.isEmpty()
                ? "program.yaml declares no components"
                : "program.yaml declares only " + String.join(", ", new TreeSet<>(ids));
        for (Located<Statement> located : inputs.statements()) {
            Statement s = located.value();
            roles(s.roles(), program, located, "roles", diagnostics);
            List<String> components = s.components();
            for (int i = 0; i < components.size(); i++) {
                if (!ids.contains(components.get(i))) {
                    diagnostics.error(
                            Rule.COMPONENT_UNKNOWN,
                            located.position("components/" + i),
                            "statement for " + s.item() + " names the component '" + components.get(i) + "', which "
                                    + declared);
                }
            }
        }
        Set<Object> items = inputs.catalog().items().stream().map(i -> i.id()).collect(Collectors.toSet());
        for (Located<Assessment> located : inputs.assessments()) {
            if (!located.value().catalog().equals(program.catalog())) {
                continue; // of another edition: kept as history, not shown, so not checked against this one
            }
            List<Assessment.Result> results = located.value().results();
            for (int i = 0; i < results.size(); i++) {
                Assessment.Result r = results.get(i);
                String at = "results/" + i;
                if (!items.contains(r.item())) {
                    diagnostics.error(
                            Rule.ITEM_UNKNOWN,
                            located.position(at + "/item"),
                            "assessment result names item '" + r.item() + "', which " + program.catalog()
                                    + " does not have");
                }
                roles(List.of(r.role()), program, located, at + "/role", diagnostics);
                if (!r.component().isEmpty() && !ids.contains(r.component())) {
                    diagnostics.error(
                            Rule.COMPONENT_UNKNOWN,
                            located.position(at + "/component"),
                            "assessment result names the component '" + r.component() + "', which " + declared);
                }
                if (r.action() != null && program.role(r.action().owner()).isEmpty()) {
                    diagnostics.error(
                            Rule.ROLE_UNKNOWN,
                            located.position(at + "/action/owner"),
                            "corrective action is owned by '" + r.action().owner() + "', which is not a role of"
                                    + " program.yaml");
                }
            }
        }
    }

    private static void roles(
            List<String> roles, Program program, Located<?> located, String pointer, Diagnostics diagnostics) {
        for (int i = 0; i < roles.size(); i++) {
            if (!program.services().contains(roles.get(i))) {
                diagnostics.error(
                        Rule.SERVICE_ROLE_UNASSESSED,
                        located.position(pointer.equals("roles") ? "roles/" + i : pointer),
                        "names the service role '" + roles.get(i) + "', but program.yaml 'services' lists only "
                                + String.join(", ", program.services()));
            }
        }
    }
}
