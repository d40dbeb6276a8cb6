package io.programbook.core.api;

import java.net.URI;

/**
 * A running live preview ({@link Generator#preview}): a server on {@link #address()} that serves
 * the output folder, and a watcher that rebuilds it when an input changes. {@link #close()} stops
 * both and waits until they have stopped; the files of the last successful build stay in the output
 * folder.
 */
public interface Preview extends AutoCloseable {

    /** Where a browser opens the handbook, e.g. {@code http://127.0.0.1:8062/handbook.html}. */
    URI address();

    /**
     * Blocks until the preview is closed (by {@link #close()} from another thread, e.g. a shutdown
     * hook on Ctrl-C).
     */
    void awaitClose() throws InterruptedException;

    /** Stops watching and serving; idempotent. */
    @Override
    void close();
}
