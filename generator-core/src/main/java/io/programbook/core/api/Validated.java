package io.programbook.core.api;

import io.programbook.core.diag.Diagnostic;
import io.programbook.core.load.ProgramInputs;
import io.programbook.core.resolve.ResolvedProfile;
import java.util.List;

/**
 * A program that passed validation: its inputs and resolved profile, what later stages (generate,
 * check) build on, and the warnings found on the way.
 */
public record Validated(ProgramInputs inputs, ResolvedProfile profile, List<Diagnostic> warnings) {

    public Validated {
        warnings = List.copyOf(warnings);
    }
}
