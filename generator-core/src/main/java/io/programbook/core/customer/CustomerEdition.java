package io.programbook.core.customer;

import io.programbook.core.load.CustomerSource;
import io.programbook.core.load.ProgramInputs;
import io.programbook.core.resolve.ResolvedProfile;

/**
 * One customer's edition of the program: the inputs as that customer's documents see them and the
 * profile resolved for it.
 */
public record CustomerEdition(CustomerSource source, ProgramInputs inputs, ResolvedProfile profile) {

    /** The customer's id: its folder under {@code customers/}, and under the output folder. */
    public String id() {
        return source.id();
    }
}
