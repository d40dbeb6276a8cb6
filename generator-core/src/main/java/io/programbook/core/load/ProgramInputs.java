package io.programbook.core.load;

import io.programbook.core.model.Catalog;
import io.programbook.core.model.Procedure;
import io.programbook.core.model.Profile;
import io.programbook.core.model.Program;
import io.programbook.core.model.Statement;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything a program consists of, loaded and bound but not yet cross-checked.
 *
 * @param profiles the profile chain, parents first, the program's own profile last
 */
public record ProgramInputs(Path programDir, Located<Program> program, Catalog catalog, List<Located<Profile>> profiles,
        List<Located<Statement>> statements, List<Procedure> procedures, List<SourceFile> files) {

    public ProgramInputs {
        profiles = List.copyOf(profiles);
        statements = List.copyOf(statements);
        procedures = List.copyOf(procedures);
        files = List.copyOf(files);
    }

    /** The program's own profile: the last of the chain. */
    public Located<Profile> profile() {
        return profiles.get(profiles.size() - 1);
    }
}
