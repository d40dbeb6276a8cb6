package io.programbook.core.trace;

import io.programbook.core.text.Message;
import io.programbook.core.text.Messages;
import java.util.Comparator;
import java.util.Objects;

/**
 * One gap of the program: what is missing for an item (or a procedure) and what to do about it, as
 * data. The sentences are made from the message bundle where a gap is shown, in the reader's
 * language ({@link #detail(Messages)}, {@link #action(Messages)}); coverage.json and the check goal's
 * configuration use the kind's {@link GapKind#code() code}.
 *
 * @param subject the item id, or the procedure id for procedure gaps
 * @param area    the functional area id, or empty
 * @param detail  what is missing: a {@code gap.detail.*} message and its values
 * @param action  what closes this gap: the kind's {@link GapKind#action()}, or a message of its own
 * @param field   the entry of the statement to change, as a pointer below it ({@code evidence/2/file},
 *                {@code reviewed}); empty when the kind says it (the status for a planned item)
 */
public record Gap(GapKind kind, String subject, String area, Message detail, Message action, String field) {

    /** Worst first, then by area and subject. */
    public static final Comparator<Gap> ORDER =
            Comparator.comparing(Gap::kind).thenComparing(Gap::area).thenComparing(Gap::subject);

    public Gap {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(field, "field");
    }

    /** A gap about the statement as a whole, or the field its kind names. */
    public Gap(GapKind kind, String subject, String area, Message detail, Message action) {
        this(kind, subject, area, detail, action, "");
    }

    /** The same gap, pointing at this entry of the statement. */
    public Gap at(String pointer) {
        return new Gap(kind, subject, area, detail, action, pointer);
    }

    /** A gap closed as its kind says. */
    public Gap(GapKind kind, String subject, String area, Message detail) {
        this(kind, subject, area, detail, kind.action());
    }

    /**
     * What is missing, for a reader outside the provider (a customer edition) when {@code outside}:
     * then a missing evidence file is not named by its path in the program folder.
     */
    public String detail(Messages messages, boolean outside) {
        return outside && kind == GapKind.EVIDENCE_MISSING
                ? messages.get("customer.gap.evidence-missing")
                : detail(messages);
    }

    /** What is missing, in the language of the messages. */
    public String detail(Messages messages) {
        return messages.get(detail);
    }

    /** What closes the gap, in the language of the messages. */
    public String action(Messages messages) {
        return messages.get(action);
    }
}
