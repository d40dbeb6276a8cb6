package io.programbook.archfixture.cycle.second;

import io.programbook.archfixture.cycle.first.First;

/** Fixture of the architecture test: the way back of the cycle, second → first. */
public final class Second {

    public First back() {
        return new First();
    }
}
