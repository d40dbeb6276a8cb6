package io.programbook.core.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Renders the editions of a run (the provider's and each customer's) on a bounded pool of threads
 * and hands their results back in the order given, whatever order they finish in: the caller
 * merges them in that order, so the files and findings are the same as one after the other.
 *
 * <p>A failure is the first in the given order (the one a sequential run would have met): the
 * tasks before it have finished, the ones after it are cancelled. Either way the pool is shut
 * down and its threads have ended before {@link #run} returns or throws, so a failed edition
 * leaves no thread behind and a run never waits on a thread that is not working.
 */
final class EditionPool {

    /** The prefix of the pool's thread names: {@code programbook-edition-1}, … */
    static final String THREAD_NAME = "programbook-edition-";

    private static final AtomicInteger THREADS = new AtomicInteger();

    private EditionPool() {}

    /** How many threads pools have started in this JVM (tests: a run with threads=1 starts none). */
    static int threadsStarted() {
        return THREADS.get();
    }

    /**
     * A task failed: the first failure in task order.
     *
     * @see #index()
     */
    static final class Failed extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final int index;

        Failed(int index, Throwable cause) {
            super("edition " + index + " failed", cause, false, false);
            this.index = index;
        }

        /** The failed task's position in the list given to {@link #run}. */
        int index() {
            return index;
        }
    }

    /**
     * Runs every task, on at most {@code threads} threads; one thread (or one task) runs them one
     * after the other on the calling thread.
     *
     * @return each task's result, in the tasks' order
     * @throws Failed with the first failure in task order, after every started task has ended
     */
    static <T> List<T> run(List<Supplier<T>> tasks, int threads) {
        if (threads <= 1 || tasks.size() <= 1) {
            List<T> results = new ArrayList<>();
            for (int i = 0; i < tasks.size(); i++) {
                try {
                    results.add(tasks.get(i).get());
                } catch (RuntimeException | Error e) {
                    throw new Failed(i, e);
                }
            }
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, tasks.size()), threadFactory());
        List<Future<T>> futures = new ArrayList<>();
        try {
            for (Supplier<T> task : tasks) {
                futures.add(pool.submit(task::get));
            }
            List<T> results = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                try {
                    results.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    throw new Failed(i, e.getCause());
                }
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the editions were rendered", e);
        } finally {
            // After a failure: what has not started never will, what runs ends with its current edition.
            // No interrupt: a conversion cut short could leave the shared Asciidoctor (JRuby) unusable.
            futures.forEach(f -> f.cancel(false));
            pool.shutdown();
            awaitEnd(pool);
        }
    }

    /** Waits until every thread of the pool has ended; an interrupted caller stops waiting. */
    private static void awaitEnd(ExecutorService pool) {
        try {
            while (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
                // an edition still renders: a failure elsewhere does not cut it short mid-file
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Daemon threads (a build that ends is never held up by one), named for thread dumps, with the
     * calling thread's context class loader (Maven's plugin realm, where the templates and the
     * message bundles are found).
     */
    private static ThreadFactory threadFactory() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return task -> {
            Thread thread = new Thread(task, THREAD_NAME + THREADS.incrementAndGet());
            thread.setDaemon(true);
            thread.setContextClassLoader(loader);
            return thread;
        };
    }
}
