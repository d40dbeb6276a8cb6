package io.programbook.core.model;

import static io.programbook.core.model.MissingFieldException.require;
import static io.programbook.core.model.MissingFieldException.requireText;

import java.time.LocalDate;

/** Who checked a statement, when, and with what result. */
public record Verification(String by, LocalDate date, VerificationResult result, String note) {

    public Verification {
        requireText(by, "by");
        require(date, "date");
        require(result, "result");
        note = Lists.text(note);
    }
}
