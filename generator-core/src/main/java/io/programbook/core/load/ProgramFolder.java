package io.programbook.core.load;

import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.Rule;
import io.programbook.core.diag.SourcePosition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Keeps every file Programbook reads or points at inside the program folder: a path written in the
 * input (evidence, profiles, overlays, organisation catalogues) must be relative, must not climb out
 * with {@code ../}, and must not be, or pass through, a symbolic link that leads outside.
 */
public final class ProgramFolder {

    private ProgramFolder() {}

    /**
     * Resolves a path written in the input against a folder inside the program folder.
     *
     * @param relativeTo the folder the path is relative to (the program folder, or the folder of the
     *                   file that names it)
     * @param what       what the path names, for the message: "evidence path", "profile"
     * @return the resolved path, which may not exist; empty (and an error reported) when it leaves
     *         the program folder or is no valid path
     */
    public static Optional<Path> resolve(
            Path programDir, Path relativeTo, String written, String what, SourcePosition at, Diagnostics diagnostics) {
        Path resolved;
        try {
            Path given = Path.of(written);
            resolved = relativeTo.resolve(given).toAbsolutePath().normalize();
            if (given.isAbsolute()
                    || written.startsWith("/")
                    || written.startsWith("\\")
                    || !resolved.startsWith(programDir.toAbsolutePath().normalize())) {
                diagnostics.error(Rule.PATH_OUTSIDE, at, what + " '" + written + "' leaves the program folder");
                return Optional.empty();
            }
        } catch (InvalidPathException e) {
            diagnostics.error(
                    Rule.VALUE_INVALID,
                    at,
                    "'" + written + "' is not a valid path",
                    "write a path relative to the program folder, with '/' between folders");
            return Optional.empty();
        }
        if (Files.exists(resolved) && !inside(programDir, resolved)) {
            diagnostics.error(
                    Rule.PATH_OUTSIDE, at, what + " '" + written + "' is a link that leads outside the program folder");
            return Optional.empty();
        }
        return Optional.of(resolved);
    }

    /**
     * True when an existing file, with every symbolic link on its way resolved, lies inside the
     * program folder (which may itself be reached through a link).
     */
    public static boolean inside(Path programDir, Path file) {
        try {
            return file.toRealPath().startsWith(programDir.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Reports a file found in a folder of the program that is a symbolic link leading outside it;
     * such a file is not read.
     *
     * @return true when the file may be read
     */
    static boolean checkListed(Path programDir, SourceFile file, Diagnostics diagnostics) {
        if (inside(programDir, file.path())) {
            return true;
        }
        diagnostics.error(
                Rule.PATH_OUTSIDE,
                SourcePosition.wholeFile(file.displayName()),
                "the file is a symbolic link that leads outside the program folder; it is not read",
                "replace the link by the file itself, or remove it");
        return false;
    }
}
