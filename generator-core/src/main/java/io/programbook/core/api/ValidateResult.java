package io.programbook.core.api;

import io.programbook.core.diag.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A program that passed validation, counted, with the warnings found on the way.
 *
 * @param files      the files read (program folder, profiles, catalogue)
 * @param statements the statements of the program
 * @param procedures the procedures of the program
 * @param inScope    the items of the resolved profile in scope
 * @param report     the validation report written, when the request asked for one
 */
public record ValidateResult(
        int files, int statements, int procedures, int inScope, List<Diagnostic> warnings, Optional<Path> report) {

    public ValidateResult {
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(report, "report");
    }
}
