package io.programbook.core.validate;

import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.SourcePosition;
import io.programbook.core.load.ProgramInputs;
import io.programbook.core.resolve.ResolvedProfile;
import java.nio.file.Path;
import java.util.List;

/**
 * Cross-checks a loaded program against its catalogue and resolved profile: every reference
 * (items, roles, procedures, evidence files, maturity levels) must resolve. Runs every check of
 * {@link #CHECKS}, one per rule family, and so reports every finding.
 */
public final class Validator {

    /** Every check of a program, one per rule family (see docs/rules.md for the rules). */
    static final List<ProgramCheck> CHECKS = List.of(
            new RoleIdCheck(),
            new StatementDuplicateCheck(),
            new StatementItemCheck(),
            new StatementFieldCheck(),
            new RoleReferenceCheck(),
            new ProcedureReferenceCheck(),
            new EvidencePathCheck(),
            new RecordDateCheck(),
            new ItemLinkCheck(),
            new IncludeCheck(),
            new PlainTextLinkCheck(),
            new ProcedureItemCheck(),
            new DocumentControlCheck());

    public void validate(ProgramInputs inputs, ResolvedProfile profile, Diagnostics diagnostics) {
        for (ProgramCheck check : CHECKS) {
            check.check(inputs, profile, diagnostics);
        }
    }

    /**
     * An evidence path must name a file inside the program folder: no absolute paths, no
     * {@code ../} out of it, no symbolic link that leads outside. A missing file is a gap, not an error.
     */
    static void checkInside(Path programDir, String relative, SourcePosition at, Diagnostics diagnostics) {
        EvidencePathCheck.check(programDir, relative, at, diagnostics);
    }
}
