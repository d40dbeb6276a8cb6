package io.programbook.core.model;

import static io.programbook.core.model.MissingFieldException.requireText;

/** A profile rule taking the selected items out of scope, with the reason why. */
public record Exclusion(String select, String rationale) {

    public Exclusion {
        requireText(select, "select");
        rationale = Lists.text(rationale);
    }
}
