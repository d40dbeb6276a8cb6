package io.programbook.core.validate;

import io.programbook.core.diag.Diagnostics;
import io.programbook.core.load.ProgramInputs;
import io.programbook.core.resolve.ResolvedProfile;

/**
 * One family of rules about a loaded program (one or a few {@link io.programbook.core.diag.Rule}s),
 * checked against its catalogue and resolved profile. {@link Validator#CHECKS} lists them all. A
 * check reports every finding it has and changes nothing.
 */
interface ProgramCheck {

    void check(ProgramInputs inputs, ResolvedProfile profile, Diagnostics diagnostics);
}
