package io.programbook.core.model;

import static io.programbook.core.model.MissingFieldException.requireText;

import java.time.LocalDate;

/**
 * Title and version of the security program.
 *
 * @param date the document date printed in outputs; outputs carry no other date, so that the same
 *             inputs give the same bytes
 */
public record ProgramInfo(String title, String version, LocalDate date) {

    public ProgramInfo {
        requireText(title, "title");
        requireText(version, "version");
    }
}
