package io.programbook.core.diag;

/** How bad a finding is. Errors fail the build; warnings are reported and let it pass. */
public enum Severity {
    WARNING("warning"),
    ERROR("error");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
