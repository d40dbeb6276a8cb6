package io.programbook.core.model;

import static io.programbook.core.model.MissingFieldException.requireText;

import java.util.List;

/** A functional area of the catalogue (SP.01 Solution staffing … SP.12 Backup/Restore). */
public record Group(String id, String name, String description, List<Item> items) {

    public Group {
        requireText(id, "id");
        requireText(name, "name");
        description = Lists.text(description);
        items = Lists.copy(items);
    }
}
