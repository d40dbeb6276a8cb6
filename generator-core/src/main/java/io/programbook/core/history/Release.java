package io.programbook.core.history;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A release of the program read from a Git tag.
 *
 * @param tag      the tag's name, e.g. {@code v3.1}
 * @param commit   the tagged commit's abbreviated id
 * @param date     the commit's time, in the committer's time zone: never the build's clock
 * @param author   the commit's author
 * @param message  the annotated tag's message, or else the commit's first line
 * @param totals   the program's coverage at the release; empty when its program could not be read
 * @param changes  what changed since the previous release; empty for the first release or when
 *                 either program could not be read
 */
public record Release(
        String tag,
        String commit,
        LocalDate date,
        String author,
        String message,
        Optional<Totals> totals,
        Optional<Summary> changes) {

    /**
     * The program's coverage at a release.
     *
     * @param coveragePercent null when nothing applies
     */
    public record Totals(int inScope, Double coveragePercent) {}

    /** What changed in the program from one release to the next, as the diff counts it. */
    public record Summary(
            int added, int removed, int statusChanged, int maturityChanged, Totals before, Totals after) {}

    public Release {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(date, "date");
        author = author == null ? "" : author.strip();
        message = message == null ? "" : message.strip();
    }

    /** The version the release names: the tag without a leading {@code v} before a digit. */
    public String version() {
        return tag.length() > 1 && (tag.charAt(0) == 'v' || tag.charAt(0) == 'V') && Character.isDigit(tag.charAt(1))
                ? tag.substring(1)
                : tag;
    }
}
