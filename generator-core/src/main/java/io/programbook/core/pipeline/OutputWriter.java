package io.programbook.core.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes a run's outputs so that they are never half-written: everything goes into a staging
 * folder next to the output folder first, then each finished file is moved into place. Files of
 * ours that an earlier run wrote and this run did not are removed, so nothing stale survives.
 */
final class OutputWriter {

    private OutputWriter() {}

    /**
     * @param owned every file name Programbook may write; only these are ever deleted
     */
    static List<Path> write(Path outputDir, Map<String, byte[]> files, Collection<String> owned) {
        Path staging = outputDir.resolveSibling("." + outputDir.getFileName() + ".staging");
        try {
            deleteTree(staging);
            Files.createDirectories(staging);
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path target = staging.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
            Files.createDirectories(outputDir);
            List<Path> written = new ArrayList<>();
            for (String name : files.keySet()) {
                Path target = outputDir.resolve(name);
                Files.createDirectories(target.getParent());
                move(staging.resolve(name), target);
                written.add(target);
            }
            for (String name : owned) {
                if (!files.containsKey(name)) {
                    Files.deleteIfExists(outputDir.resolve(name));
                }
            }
            deleteTree(staging);
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write outputs to " + outputDir, e);
        }
    }

    /** Writes one file atomically (a temporary file moved into place): the build state, after the outputs. */
    static void writeState(Path outputDir, String name, byte[] content) {
        try {
            Files.createDirectories(outputDir);
            Path temporary = outputDir.resolve(name + ".tmp");
            Files.write(temporary, content);
            move(temporary, outputDir.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + name + " to " + outputDir, e);
        }
    }

    /** Removes every output of an earlier run: called when a run fails, so no stale document remains. */
    static List<Path> removeStale(Path outputDir, Collection<String> owned) {
        List<Path> removed = new ArrayList<>();
        try {
            for (String name : owned) {
                if (Files.deleteIfExists(outputDir.resolve(name))) {
                    removed.add(outputDir.resolve(name));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove stale outputs from " + outputDir, e);
        }
        return removed;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
