package io.programbook.core.load;

/**
 * The kinds of YAML input, each with its JSON Schema (draft 2020-12) in the catalog jar at
 * {@code programbook/schemas/<name>.schema.json}. Editors use the same schemas to check and
 * complete the files while people type.
 */
public enum InputKind {
    CATALOG("catalog"),
    PROFILE("profile"),
    PROGRAM("program"),
    STATEMENTS("statements"),
    OVERLAY("overlay"),
    CUSTOMER("customer"),
    ASSESSMENT("assessment");

    private final String schemaName;

    InputKind(String schemaName) {
        this.schemaName = schemaName;
    }

    /** The schema's file name, e.g. {@code statements.schema.json}. */
    public String schemaFile() {
        return schemaName + ".schema.json";
    }

    /** The schema's class-path resource. */
    public String schemaResource() {
        return "programbook/schemas/" + schemaFile();
    }
}
