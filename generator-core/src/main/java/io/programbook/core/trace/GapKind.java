package io.programbook.core.trace;

import io.programbook.core.text.Message;
import java.util.Arrays;
import java.util.Optional;

/**
 * Kinds of gap, worst first: the order of the gap report. A kind is its stable {@link #code()}; what
 * readers see (its title and what closes a gap of it) comes from the message bundle, under
 * {@code gap.kind.<code>} and {@code gap.action.<code>}.
 */
public enum GapKind {
    NO_STATEMENT("no-statement"),
    PLANNED("planned"),
    PARTIAL("partial"),
    VERIFICATION_FAILED("verification-failed"),
    EVIDENCE_MISSING("evidence-missing"),
    NO_EVIDENCE("no-evidence"),
    BELOW_TARGET("below-target"),
    EVIDENCE_STALE("evidence-stale"),
    SUSPECT("suspect"),
    OUT_OF_SCOPE_STATEMENT("out-of-scope-statement"),
    PROCEDURE_UNUSED("procedure-unused");

    private final String code;

    GapKind(String code) {
        this.code = code;
    }

    /** The kind with this {@link #code()}, e.g. {@code no-evidence}. */
    public static Optional<GapKind> ofCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }

    /** Stable spelling used in coverage.json, filters and the check goal's configuration. */
    public String code() {
        return code;
    }

    /** The kind's name as readers see it, e.g. "No evidence". */
    public Message title() {
        return Message.of("gap.kind." + code);
    }

    /** What closes a gap of this kind, in general; each gap adds specifics. */
    public Message action() {
        return Message.of("gap.action." + code);
    }
}
