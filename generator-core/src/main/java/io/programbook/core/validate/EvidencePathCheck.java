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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@link Rule#PATH_OUTSIDE}: an evidence path names a file inside the program folder: no absolute
 * paths, no {@code ../} out of it, no symbolic link that leads outside. {@link Rule#EVIDENCE_MISSING}:
 * a file that does not exist is a warning at its entry in every goal (and a gap of the item).
 */
final class EvidencePathCheck implements ProgramCheck {

    @Override
    public void check(ProgramInputs inputs, ResolvedProfile profile, Diagnostics diagnostics) {
        for (Located<Statement> located : inputs.statements()) {
            for (int i = 0; i < located.value().evidence().size(); i++) {
                Evidence evidence = located.value().evidence().get(i);
                if (evidence.fileBased()) {
                    SourcePosition at = located.position("evidence/" + i + "/file");
                    check(inputs.programDir(), evidence.file(), at, diagnostics)
                            .filter(file -> !Files.exists(file))
                            .ifPresent(file -> diagnostics.warning(
                                    Rule.EVIDENCE_MISSING,
                                    at,
                                    "evidence file '" + evidence.file() + "' does not exist",
                                    "add the file to the program folder at that path (evidence paths are relative"
                                            + " to the program folder), or correct the path"));
                }
            }
        }
    }

    static Optional<Path> check(Path programDir, String relative, SourcePosition at, Diagnostics diagnostics) {
        return ProgramFolder.resolve(programDir, programDir, relative, "evidence path", at, diagnostics);
    }
}
