package io.programbook.core.model;

import static io.programbook.core.model.MissingFieldException.requireText;

/** The service provider that runs the security program. */
public record Organisation(String name, String address, String contact) {

    public Organisation {
        requireText(name, "name");
        address = Lists.text(address);
        contact = Lists.text(contact);
    }
}
