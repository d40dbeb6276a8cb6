package io.programbook.core.validate;

import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.Rule;
import io.programbook.core.diag.SourcePosition;
import io.programbook.core.load.Located;
import io.programbook.core.load.ProgramFolder;
import io.programbook.core.load.ProgramInputs;
import io.programbook.core.model.Evidence;
import io.programbook.core.model.Statement;
import io.programbook.core.resolve.ResolvedProfile;
import java.nio.file.Path;

/**
 * {@link Rule#PATH_OUTSIDE}: an evidence path names a file inside the program folder: no absolute
 * paths, no {@code ../} out of it, no symbolic link that leads outside. A missing file is a gap, not
 * an error.
 */
final class EvidencePathCheck implements ProgramCheck {

    @Override
    public void check(ProgramInputs inputs, ResolvedProfile profile, Diagnostics diagnostics) {
        for (Located<Statement> located : inputs.statements()) {
            for (int i = 0; i < located.value().evidence().size(); i++) {
                Evidence evidence = located.value().evidence().get(i);
                if (evidence.fileBased()) {
                    check(
                            inputs.programDir(),
                            evidence.file(),
                            located.position("evidence/" + i + "/file"),
                            diagnostics);
                }
            }
        }
    }

    static void check(Path programDir, String relative, SourcePosition at, Diagnostics diagnostics) {
        ProgramFolder.resolve(programDir, programDir, relative, "evidence path", at, diagnostics);
    }
}
