package io.programbook.core.load;

import io.programbook.core.model.Assessment;
import io.programbook.core.model.Catalog;
import io.programbook.core.model.Customer;
import io.programbook.core.model.Overlay;
import io.programbook.core.model.Procedure;
import io.programbook.core.model.Profile;
import io.programbook.core.model.Program;
import io.programbook.core.model.Statement;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Everything a program consists of, loaded and bound but not yet cross-checked.
 *
 * @param catalog   the catalogue the program follows, with the groups of the organisation's own
 *                  requirements (the profiles' {@code additions}) after the standard's
 * @param profiles  the profile chain, parents first, the program's own profile last
 * @param additions the organisation's requirement catalogues the chain adds, in chain order
 * @param overlay   the licensed text of the standard, when {@code program.yaml} configures one
 * @param customers the customers declared under {@code customers/}, by id
 * @param declared  every statement as written, common and customer-scoped; {@code statements} is
 *                  the edition's view of them (the provider's edition: the common statements with
 *                  all their evidence; a customer's: see {@code customer.Editions})
 * @param edition   the customer whose edition these inputs are; empty for the provider's edition
 * @param assessments the program's assessment records ({@code assessments/*.yaml}), oldest first
 */
public record ProgramInputs(
        Path programDir,
        Located<Program> program,
        Catalog catalog,
        List<Located<Profile>> profiles,
        List<Located<Statement>> statements,
        List<Procedure> procedures,
        List<SourceFile> files,
        List<Addition> additions,
        Optional<Overlay> overlay,
        List<CustomerSource> customers,
        List<Located<Statement>> declared,
        Optional<CustomerSource> edition,
        List<Located<Assessment>> assessments) {

    public ProgramInputs {
        assessments = List.copyOf(assessments);
        profiles = List.copyOf(profiles);
        statements = List.copyOf(statements);
        procedures = List.copyOf(procedures);
        files = List.copyOf(files);
        additions = List.copyOf(additions);
        Objects.requireNonNull(overlay, "overlay");
        customers = List.copyOf(customers);
        declared = List.copyOf(declared);
        Objects.requireNonNull(edition, "edition");
    }

    /** Inputs without assessment records. */
    public ProgramInputs(
            Path programDir,
            Located<Program> program,
            Catalog catalog,
            List<Located<Profile>> profiles,
            List<Located<Statement>> statements,
            List<Procedure> procedures,
            List<SourceFile> files,
            List<Addition> additions,
            Optional<Overlay> overlay,
            List<CustomerSource> customers,
            List<Located<Statement>> declared,
            Optional<CustomerSource> edition) {
        this(
                programDir,
                program,
                catalog,
                profiles,
                statements,
                procedures,
                files,
                additions,
                overlay,
                customers,
                declared,
                edition,
                List.of());
    }

    /** Inputs of a program without customers: every statement is common. */
    public ProgramInputs(
            Path programDir,
            Located<Program> program,
            Catalog catalog,
            List<Located<Profile>> profiles,
            List<Located<Statement>> statements,
            List<Procedure> procedures,
            List<SourceFile> files,
            List<Addition> additions,
            Optional<Overlay> overlay) {
        this(
                programDir,
                program,
                catalog,
                profiles,
                statements,
                procedures,
                files,
                additions,
                overlay,
                List.of(),
                statements,
                Optional.empty());
    }

    /** Inputs without organisation requirements and without a licensed text overlay. */
    public ProgramInputs(
            Path programDir,
            Located<Program> program,
            Catalog catalog,
            List<Located<Profile>> profiles,
            List<Located<Statement>> statements,
            List<Procedure> procedures,
            List<SourceFile> files) {
        this(programDir, program, catalog, profiles, statements, procedures, files, List.of(), Optional.empty());
    }

    /** The same inputs with the catalogue changed, e.g. its titles in the documents' language. */
    public ProgramInputs withCatalog(UnaryOperator<Catalog> change) {
        return catalog == null
                ? this
                : new ProgramInputs(
                        programDir,
                        program,
                        change.apply(catalog),
                        profiles,
                        statements,
                        procedures,
                        files,
                        additions,
                        overlay,
                        customers,
                        declared,
                        edition,
                        assessments);
    }

    /** The most recent assessment, if the program has one. */
    public Optional<Assessment> lastAssessment() {
        return assessments.isEmpty()
                ? Optional.empty()
                : Optional.of(assessments.get(assessments.size() - 1).value());
    }

    /** Whether these inputs are a customer's edition written for a reader outside the provider. */
    public boolean customerAudience() {
        return edition.map(e -> e.customer().value().audience() == Customer.Audience.CUSTOMER)
                .orElse(false);
    }

    /** The program's own profile: the last of the chain. */
    public Located<Profile> profile() {
        return profiles.get(profiles.size() - 1);
    }
}
