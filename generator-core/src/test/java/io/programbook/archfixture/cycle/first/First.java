package io.programbook.archfixture.cycle.first;

import io.programbook.archfixture.cycle.second.Second;

/** Fixture of the architecture test: a package cycle, first → second → first. */
public final class First {

    public Second next() {
        return new Second();
    }
}
