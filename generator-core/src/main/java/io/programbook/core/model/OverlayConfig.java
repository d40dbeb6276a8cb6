package io.programbook.core.model;

import static io.programbook.core.model.MissingFieldException.requireText;

/**
 * A licensed text overlay as configured in {@code program.yaml}: the file holding the official
 * requirement text (in the user's own repository, never shipped with Programbook), and whose
 * licence allows its use.
 *
 * @param file     a path relative to the program folder
 * @param licensee who holds the licence, e.g. the organisation's name
 * @param licence  which licence, e.g. "IEC webstore single-user licence, order 4711"
 */
public record OverlayConfig(String file, String licensee, String licence) {

    public OverlayConfig {
        requireText(file, "file");
        requireText(licensee, "licensee");
        requireText(licence, "licence");
        file = file.strip();
        licensee = licensee.strip();
        licence = licence.strip();
    }
}
