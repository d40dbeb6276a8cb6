package io.programbook.core.load;

import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.SourcePosition;
import io.programbook.core.model.Profile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Loads a profile and its {@code extends} chain on its own, without a program (e.g. to compare two profiles). */
public final class ProfileFiles {

    private ProfileFiles() {}

    /**
     * @param root         the folder profile files may not leave (the program folder, or the folder of a
     *                     profile named on its own)
     * @param reference    a profile file ({@code .yaml}, or a path with {@code /}) relative to {@code relativeTo},
     *                     or a bundled profile name
     * @param referencedAt where the reference is written, for the diagnostic when it names no profile
     * @return the chain, parents first, the named profile last; empty when it cannot be loaded
     */
    public static List<Located<Profile>> chain(
            YamlReader reader,
            Path baseDir,
            Path root,
            String reference,
            Path relativeTo,
            SourcePosition referencedAt,
            Diagnostics diagnostics) {
        return new ProfileChainLoader(reader, baseDir, root, new ArrayList<>())
                .load(reference, relativeTo, referencedAt, diagnostics);
    }
}
