package io.programbook.core.model;

import static io.programbook.core.model.MissingFieldException.requireText;

/** One level of the catalogue's maturity model, e.g. ML2 "Managed". Levels are listed lowest first. */
public record MaturityLevel(String id, String name, String description) {

    public MaturityLevel {
        requireText(id, "id");
        requireText(name, "name");
        description = Lists.text(description);
    }
}
