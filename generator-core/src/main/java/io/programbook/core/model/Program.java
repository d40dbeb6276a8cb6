package io.programbook.core.model;

import static io.programbook.core.model.MissingFieldException.require;
import static io.programbook.core.model.MissingFieldException.requireText;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The provider's security program as declared in {@code program.yaml}.
 *
 * @param catalog the catalogue edition the program follows, e.g. {@code iec-62443-2-4@2023}
 * @param profile a profile file relative to the program folder, or a bundled profile name
 * @param scope   AsciiDoc
 * @param reviewedEdition the catalogue edition statements without their own {@code reviewed} record
 *                        were last reviewed against; empty when not recorded
 * @param overlay where the licensed text of the standard is, and whose licence it is; null when none
 * @param services the services the provider offers and the program covers, {@value #INTEGRATION}
 *                 and {@value #MAINTENANCE}, in that order; both when not given
 * @param documentControl owner, reviewers, approvers, status and revisions of the documents; null
 *                        when {@code program.yaml} has none
 */
public record Program(
        Organisation organisation,
        ProgramInfo program,
        String catalog,
        String profile,
        String scope,
        List<Role> roles,
        String reviewedEdition,
        OverlayConfig overlay,
        List<String> services,
        DocumentControl documentControl) {

    /** The service of designing, building and commissioning an automation solution. */
    public static final String INTEGRATION = "integration";

    /** The service of maintaining and supporting an automation solution in operation. */
    public static final String MAINTENANCE = "maintenance";

    @JsonCreator
    public Program {
        require(organisation, "organisation");
        require(program, "program");
        requireText(catalog, "catalog");
        requireText(profile, "profile");
        scope = Lists.text(scope);
        roles = Lists.copy(roles);
        reviewedEdition = Lists.text(reviewedEdition);
        List<String> given = Lists.copy(services);
        services = given.isEmpty()
                ? List.of(INTEGRATION, MAINTENANCE)
                : Stream.of(INTEGRATION, MAINTENANCE).filter(given::contains).toList();
    }

    /** A program without a program-wide review edition and without a licensed text overlay. */
    public Program(
            Organisation organisation,
            ProgramInfo program,
            String catalog,
            String profile,
            String scope,
            List<Role> roles) {
        this(organisation, program, catalog, profile, scope, roles, "", null, List.of(), null);
    }

    /** A program without a licensed text overlay. */
    public Program(
            Organisation organisation,
            ProgramInfo program,
            String catalog,
            String profile,
            String scope,
            List<Role> roles,
            String reviewedEdition) {
        this(organisation, program, catalog, profile, scope, roles, reviewedEdition, null, List.of(), null);
    }

    @JsonIgnore
    public Optional<OverlayConfig> overlayConfig() {
        return Optional.ofNullable(overlay);
    }

    @JsonIgnore
    public Optional<DocumentControl> control() {
        return Optional.ofNullable(documentControl);
    }

    @JsonIgnore
    public Optional<Role> role(String roleId) {
        return roles.stream().filter(r -> r.id().equals(roleId)).findFirst();
    }
}
