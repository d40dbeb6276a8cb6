package io.programbook.core.api;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to check: a program folder against gates.
 *
 * @param baseDir    the project base directory: diagnostics name files relative to it
 * @param programDir the program folder
 */
public record CheckRequest(Path baseDir, Path programDir, Gates gates) {

    public CheckRequest {
        baseDir = baseDir.toAbsolutePath().normalize();
        programDir = programDir.toAbsolutePath().normalize();
        Objects.requireNonNull(gates, "gates");
    }
}
