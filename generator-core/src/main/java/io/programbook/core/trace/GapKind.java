package io.programbook.core.trace;

/** Kinds of gap, worst first: the order of the gap report. */
public enum GapKind {
    NO_STATEMENT("no-statement", "No statement", "Write a statement for the item in statements/."),
    PLANNED(
            "planned",
            "Planned only",
            "Implement the planned measure, add evidence and set the status to implemented."),
    PARTIAL("partial", "Partially implemented", "Complete the measure and set the status to implemented."),
    VERIFICATION_FAILED(
            "verification-failed",
            "Last verification not passed",
            "Correct what the verification found, verify again and record the passed verification."),
    EVIDENCE_MISSING(
            "evidence-missing",
            "Evidence file missing",
            "Add the file to the program folder or correct the path in the statement."),
    NO_EVIDENCE("no-evidence", "No evidence", "Add an evidence entry (a file in evidence/ or a URL) with a date."),
    BELOW_TARGET(
            "below-target",
            "Below target maturity",
            "Raise the practice to the target maturity level and record evidence of it."),
    EVIDENCE_STALE("evidence-stale", "Evidence out of date or undated", "Renew the evidence and record its date."),
    SUSPECT(
            "suspect",
            "Suspect: requirement changed since the last review",
            "Re-read the statement against the changed requirement, update it, then record the edition (and text"
                    + " fingerprint) it was reviewed against under 'reviewed:'."),
    OUT_OF_SCOPE_STATEMENT(
            "out-of-scope-statement",
            "Statement for an excluded item",
            "Remove the statement, or include the item in the profile if it applies."),
    PROCEDURE_UNUSED(
            "procedure-unused",
            "Procedure satisfies nothing",
            "Declare the items the procedure satisfies in :pb-satisfies:, or list it in a statement.");

    private final String code;
    private final String title;
    private final String action;

    GapKind(String code, String title, String action) {
        this.code = code;
        this.title = title;
        this.action = action;
    }

    /** The kind with this {@link #code()}, e.g. {@code no-evidence}. */
    public static java.util.Optional<GapKind> ofCode(String code) {
        return java.util.Arrays.stream(values())
                .filter(k -> k.code.equals(code))
                .findFirst();
    }

    /** Stable spelling used in coverage.json, filters and the check goal's configuration. */
    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    /** What closes a gap of this kind, in general; each gap adds specifics. */
    public String action() {
        return action;
    }
}
