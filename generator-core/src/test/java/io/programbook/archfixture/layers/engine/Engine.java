package io.programbook.archfixture.layers.engine;

/** Fixture of the architecture test: an engine class. */
public final class Engine {

    public int run() {
        return 1;
    }
}
