package io.programbook.core.trace;

import java.util.Comparator;

/**
 * One gap of the program: what is missing for an item (or a procedure) and what to do about it.
 *
 * @param subject the item id, or the procedure id for procedure gaps
 * @param area    the functional area id, or empty
 */
public record Gap(GapKind kind, String subject, String area, String detail, String action) {

    /** Worst first, then by area and subject. */
    public static final Comparator<Gap> ORDER =
            Comparator.comparing(Gap::kind).thenComparing(Gap::area).thenComparing(Gap::subject);
}
