package io.programbook.core.pipeline;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches the inputs of a live preview with the platform's file notifications
 * ({@link WatchService}): every folder under the watched trees (the program folder, a template
 * folder), folders created later included, and single files elsewhere (a logo, a stylesheet, a
 * catalogue read from a folder on the class path). Changes are handed out in batches once the files have
 * been quiet for the quiet period, so that a save in several writes or a checkout of many files
 * gives one rebuild. Editors' swap, backup and lock files are not changes. Not thread-safe: one
 * thread calls {@link #next}; {@link #close} may come from any thread.
 */
final class SourceWatcher implements AutoCloseable {

    /** A batch of changes. */
    record Changes(Set<Path> paths, long firstNanos) {}

    private final WatchService service;
    private final Duration quietPeriod;
    private final Set<Path> excluded;
    private final Map<WatchKey, Path> keys = new HashMap<>();
    private final Set<Path> trees = new HashSet<>();
    private final Set<Path> files = new HashSet<>();

    /**
     * @param excluded folders whose changes are not inputs (the output folder and its staging folder,
     *                 when they are inside a watched tree)
     */
    SourceWatcher(Duration quietPeriod, Collection<Path> excluded) {
        try {
            this.service = Path.of("").toAbsolutePath().getFileSystem().newWatchService();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch files on this system", e);
        }
        this.quietPeriod = quietPeriod;
        this.excluded = Set.copyOf(excluded.stream().map(SourceWatcher::normal).toList());
    }

    /** Watches every file under a folder, now and later; a file is watched as a single file. */
    void watchTree(Path root) {
        Path tree = normal(root);
        if (Files.isRegularFile(tree)) {
            watchFile(tree);
            return;
        }
        if (!trees.add(tree)) {
            return;
        }
        registerTree(tree);
    }

    /** Watches one file (through its folder); the file need not exist yet. */
    void watchFile(Path file) {
        Path f = normal(file);
        if (insideTree(f) || !files.add(f)) {
            return;
        }
        Path folder = f.getParent();
        if (folder != null && Files.isDirectory(folder)) {
            register(folder);
        }
    }

    /** The watched trees and files, for tests and the log. */
    Set<Path> watched() {
        Set<Path> all = new TreeSet<>(trees);
        all.addAll(files);
        return all;
    }

    /**
     * Waits for the next batch of changes: blocks until a change comes, then until the inputs have
     * been quiet for the quiet period.
     *
     * @return the changed paths; empty when the watcher was closed
     */
    Optional<Changes> next() throws InterruptedException {
        Set<Path> changed = new TreeSet<>();
        long first = 0;
        try {
            while (true) {
                WatchKey key = changed.isEmpty()
                        ? service.take()
                        : service.poll(Math.max(1, quietPeriod.toMillis()), TimeUnit.MILLISECONDS);
                if (key == null) {
                    return Optional.of(new Changes(changed, first));
                }
                boolean before = changed.isEmpty();
                collect(key, changed);
                if (before && !changed.isEmpty()) {
                    first = System.nanoTime();
                }
            }
        } catch (ClosedWatchServiceException e) {
            return Optional.empty();
        }
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path folder = keys.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (folder == null) {
                continue;
            }
            if (event.kind() == OVERFLOW) {
                changed.add(folder); // too many events to tell: the folder changed
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            if (excludedPath(path) || scratch(path.getFileName().toString())) {
                continue;
            }
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(path) && insideTree(path)) {
                registerTree(path);
            }
            if (insideTree(path) || files.contains(path)) {
                changed.add(path);
            }
        }
        if (!key.reset()) {
            keys.remove(key);
        }
    }

    /**
     * Files editors write beside the one being edited: vim's swap files and its write test
     * ({@code 4913}), Emacs's lock and auto-save files, backups ending in {@code ~}, temporary files.
     */
    static boolean scratch(String name) {
        return name.endsWith("~")
                || name.endsWith(".swp")
                || name.endsWith(".swx")
                || name.endsWith(".swo")
                || name.endsWith(".tmp")
                || name.startsWith(".#")
                || (name.startsWith("#") && name.endsWith("#"))
                || name.equals("4913")
                || name.equals(".DS_Store");
    }

    private boolean insideTree(Path path) {
        return trees.stream().anyMatch(path::startsWith);
    }

    private boolean excludedPath(Path path) {
        return excluded.stream().anyMatch(path::startsWith);
    }

    private void registerTree(Path tree) {
        if (!Files.isDirectory(tree) || excludedPath(tree)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(tree)) {
            List<Path> folders = walk.filter(Files::isDirectory)
                    .filter(p -> !excludedPath(p))
                    .toList();
            folders.forEach(this::register);
        } catch (IOException | UncheckedIOException e) {
            // a folder removed while it was walked: the event of its removal is a change anyway
        }
    }

    private void register(Path folder) {
        if (keys.containsValue(folder)) {
            return;
        }
        try {
            keys.put(folder.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), folder);
        } catch (IOException e) {
            // gone, or not readable: nothing to watch there
        }
    }

    private static Path normal(Path path) {
        return path.toAbsolutePath().normalize();
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // closing releases the notifications; nothing to do if that fails
        }
    }
}
