package io.programbook.core.customer;

import io.programbook.core.load.CustomerSource;
import io.programbook.core.load.ProgramInputs;
import io.programbook.core.load.Scope;
import io.programbook.core.load.SourceFile;
import io.programbook.core.model.Procedure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Makes a customer's view of the program, over which the same document registry runs as for the
 * provider's edition: the customer's profile chain and catalogue, the common statements with the
 * customer's own replacing the common statement of their item, evidence common or the customer's,
 * and the common procedures with the customer's own (a procedure of the customer's folder replaces
 * the common procedure of the same id). Nothing scoped to another customer is in it.
 */
public final class Editions {

    private Editions() {}

    /** The inputs of one customer's edition. */
    public static ProgramInputs of(ProgramInputs provider, CustomerSource customer) {
        Map<String, Procedure> procedures = new LinkedHashMap<>();
        provider.procedures().forEach(p -> procedures.put(p.id(), p));
        customer.procedures().forEach(p -> procedures.put(p.id(), p));
        List<SourceFile> files = new ArrayList<>(new LinkedHashSet<>(provider.files()));
        return new ProgramInputs(
                provider.programDir(),
                provider.program(),
                customer.catalog(),
                customer.profiles(),
                Scope.customer(customer.id(), provider.declared()),
                List.copyOf(procedures.values()),
                files,
                customer.additions(),
                provider.overlay(),
                provider.customers(),
                provider.declared(),
                Optional.of(customer),
                provider.assessments());
    }
}
