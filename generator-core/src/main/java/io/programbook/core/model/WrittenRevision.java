package io.programbook.core.model;

import static io.programbook.core.model.MissingFieldException.requireText;

import java.time.LocalDate;

/** A revision of the program written into {@code program.yaml}: version, date, author, what changed. */
public record WrittenRevision(String version, LocalDate date, String author, String description) {

    public WrittenRevision {
        requireText(version, "version");
        author = Lists.text(author);
        description = Lists.text(description);
    }
}
