package io.programbook.core.model;

import static io.programbook.core.model.MissingFieldException.requireText;

/** A profile rule setting the target maturity level of the selected items. */
public record MaturityRule(String select, String level) {

    public MaturityRule {
        requireText(select, "select");
        requireText(level, "level");
    }
}
