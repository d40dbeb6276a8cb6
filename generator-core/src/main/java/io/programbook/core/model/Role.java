package io.programbook.core.model;

import static io.programbook.core.model.MissingFieldException.requireText;

/** A role of the provider's organisation that owns statements and procedures. */
public record Role(String id, String name, String description) {

    public Role {
        requireText(id, "id");
        requireText(name, "name");
        description = Lists.text(description);
    }
}
