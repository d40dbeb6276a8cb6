package io.programbook.core.api;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to scaffold.
 *
 * @param baseDir      the project base directory: results name files relative to it
 * @param programDir   the program folder to create or complete ({@code src/programbook} by convention)
 * @param profile      the bundled profile the program starts from, e.g. {@code integration-no-sis-no-wireless}
 * @param organisation the organisation's name, written into program.yaml
 */
public record InitRequest(Path baseDir, Path programDir, String profile, String organisation) {

    public InitRequest {
        baseDir = baseDir.toAbsolutePath().normalize();
        programDir = programDir.toAbsolutePath().normalize();
        Objects.requireNonNull(profile, "profile");
        organisation = organisation == null || organisation.isBlank() ? "Your organisation" : organisation.strip();
    }
}
