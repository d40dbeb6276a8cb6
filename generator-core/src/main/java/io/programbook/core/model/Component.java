package io.programbook.core.model;

import static io.programbook.core.model.MissingFieldException.requireText;

/**
 * A component of the automation solution in the program's scope (a control system, a remote
 * service gateway …). Statements that differ per component name it by id; the assessment worksheet
 * has one row per component where they do.
 *
 * @param id          how statements and assessments name the component, e.g. {@code dcs}
 * @param name        the name printed in the worksheet, e.g. {@code Distributed control system}
 * @param description what the component is; empty when not given
 */
public record Component(String id, String name, String description) {

    public Component {
        id = requireText(id, "id").strip();
        name = requireText(name, "name").strip();
        description = Lists.text(description);
    }
}
