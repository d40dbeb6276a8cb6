package io.programbook.core.model;

import static io.programbook.core.model.MissingFieldException.requireText;

import java.time.LocalDate;

/**
 * A reviewer's or approver's sign-off of the program's documents.
 *
 * @param role the role the person signs for, one of the program's roles
 * @param date when they signed; null while they have not
 */
public record Signoff(String name, String role, LocalDate date) {

    public Signoff {
        requireText(name, "name");
        requireText(role, "role");
    }
}
