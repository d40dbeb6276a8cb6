package io.programbook.archfixture.layers.api;

import io.programbook.archfixture.layers.engine.Engine;

/** Fixture of the architecture test: an API class that reaches into the engine, as it must not. */
public final class Api {

    public int call() {
        return new Engine().run();
    }
}
