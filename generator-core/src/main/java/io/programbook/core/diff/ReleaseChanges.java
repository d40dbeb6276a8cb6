package io.programbook.core.diff;

import io.programbook.core.diff.Changes.ProgramChanges;
import io.programbook.core.edition.EditionMappings;

/**
 * What changed in a program between two of its releases, as the diff computes it: the revision
 * history's summary per release.
 */
public final class ReleaseChanges {

    private ReleaseChanges() {}

    /** Statements added, removed and changed, and coverage, from the older release to the newer. */
    public static ProgramChanges between(ProgramSnapshot older, ProgramSnapshot newer, EditionMappings mappings) {
        return new SnapshotDiffer(older, newer, mappings.between(older.catalog(), newer.catalog())).program();
    }
}
