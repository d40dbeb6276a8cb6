package io.programbook.core.api;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to check: a program folder against gates.
 *
 * @param baseDir    the project base directory: diagnostics name files relative to it
 * @param programDir the program folder
 * @param policy     what the program's text may put into a document beyond safe AsciiDoc (validation
 *                   holds the program to it, as {@code generate} does)
 */
public record CheckRequest(Path baseDir, Path programDir, Gates gates, ContentPolicy policy) {

    public CheckRequest {
        baseDir = baseDir.toAbsolutePath().normalize();
        programDir = programDir.toAbsolutePath().normalize();
        Objects.requireNonNull(gates, "gates");
        Objects.requireNonNull(policy, "policy");
    }

    /** A request with the strict content policy: no passthrough, no remote image. */
    public CheckRequest(Path baseDir, Path programDir, Gates gates) {
        this(baseDir, programDir, gates, ContentPolicy.STRICT);
    }
}
