package io.programbook.core.history;

import java.util.List;
import java.util.Optional;

/**
 * The program's revision history from Git: its releases, oldest first, and how the program being
 * built differs from the last of them.
 *
 * @param releases     the releases, oldest first
 * @param uncommitted  whether the program folder has changes not committed to Git
 * @param unreleased   the built program is not the last release's: a commit after it or
 *                     uncommitted changes
 * @param sinceRelease what changed from the last release to the built program; empty when it is the
 *                     last release or there is none
 * @param head         the abbreviated id of the commit the build ran on; empty outside a repository
 */
public record History(
        List<Release> releases,
        boolean uncommitted,
        boolean unreleased,
        Optional<Release.Summary> sinceRelease,
        String head) {

    public History {
        releases = List.copyOf(releases);
    }

    /** No history: the program is outside a Git repository, or its revisions are written by hand only. */
    public static History none() {
        return new History(List.of(), false, false, Optional.empty(), "");
    }

    public boolean isEmpty() {
        return releases.isEmpty() && !uncommitted && head.isEmpty();
    }
}
