package io.programbook.core.pipeline;

import io.programbook.core.diag.GeneratorException;
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
 * ours that an earlier run wrote and this run did not are removed, so nothing stale survives. The
 * staging folder never outlives the run, whether it succeeds or fails.
 */
final class OutputWriter {

    private OutputWriter() {}

    /** The folder beside the output folder where a run's files are written before they are moved into place. */
    static Path staging(Path outputDir) {
        return outputDir.resolveSibling("." + outputDir.getFileName() + ".staging");
    }

    /**
     * @param owned   every file name Programbook may write; only these are ever deleted
     * @param baseDir the project base directory: a write failure names the folder relative to it
     * @throws GeneratorException with a {@code PB-OUTPUT-FOLDER} finding when a file cannot be written
     */
    static List<Path> write(Path outputDir, Map<String, byte[]> files, Collection<String> owned, Path baseDir) {
        Path staging = staging(outputDir);
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
            return written;
        } catch (IOException e) {
            throw new GeneratorException(List.of(OutputFolder.finding(outputDir, baseDir, e, "no output was written")));
        } finally {
            deleteQuietly(staging);
        }
    }

    /** Writes one file atomically (a temporary file moved into place): the build state, after the outputs. */
    static void writeState(Path outputDir, String name, byte[] content, Path baseDir) {
        Path temporary = outputDir.resolve(name + ".tmp");
        try {
            Files.createDirectories(outputDir);
            Files.write(temporary, content);
            move(temporary, outputDir.resolve(name));
        } catch (IOException e) {
            throw new GeneratorException(
                    List.of(OutputFolder.finding(outputDir, baseDir, e, "the build state was not written")));
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // best effort: a leftover temporary file is replaced by the next run
            }
        }
    }

    /**
     * Removes every output of an earlier run, and the staging folder: called when a run fails, so no
     * stale document remains. Best effort: a file that cannot be removed (a read-only folder) stays,
     * and the run's own failure is what the user sees.
     */
    static List<Path> removeStale(Path outputDir, Collection<String> owned) {
        List<Path> removed = new ArrayList<>();
        for (String name : owned) {
            try {
                if (Files.deleteIfExists(outputDir.resolve(name))) {
                    removed.add(outputDir.resolve(name));
                }
            } catch (IOException e) {
                // best effort, see above
            }
        }
        deleteQuietly(staging(outputDir));
        return removed;
    }

    /**
     * Writes a new file into the program (an assessment record): written beside it first and then
     * moved into place, so that a failure leaves no partial file; never replaces an existing one.
     */
    static void writeNew(Path file, byte[] content) {
        Path temporary = file.resolveSibling("." + file.getFileName() + ".tmp");
        try {
            Files.createDirectories(file.getParent());
            Files.write(temporary, content);
            Files.move(temporary, file);
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path dir) {
        try {
            deleteTree(dir);
        } catch (IOException e) {
            // best effort: the next run removes a leftover staging folder before it writes
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
