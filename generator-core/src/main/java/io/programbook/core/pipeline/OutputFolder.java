package io.programbook.core.pipeline;

import io.programbook.core.diag.Diagnostic;
import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.Rule;
import io.programbook.core.diag.SourcePosition;
import io.programbook.core.load.SourceFile;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The output folder as a place to write: checked before anything is rendered, so that a folder
 * Programbook cannot write is one finding at once (not an I/O error after a long render), and every
 * write failure is a finding with the folder's path relative to the project and what to do.
 */
final class OutputFolder {

    /** The file written and removed again to find out whether a folder takes files. */
    private static final String PROBE = ".programbook-write-test";

    private OutputFolder() {}

    /**
     * Adds a {@link Rule#OUTPUT_FOLDER} error when the output folder, or the folder beside it where
     * the outputs are staged, cannot be created or written. Creates the output folder.
     */
    static void check(Path outputDir, Path baseDir, Diagnostics diagnostics) {
        try {
            Path blocking = fileInTheWay(outputDir);
            if (blocking != null) {
                diagnostics.add(Diagnostic.error(
                        Rule.OUTPUT_FOLDER,
                        at(outputDir, baseDir),
                        (blocking.equals(outputDir)
                                        ? "the output folder " + shown(outputDir, baseDir) + " is a file, not a folder"
                                        : "the output folder " + shown(outputDir, baseDir) + " cannot be created: "
                                                + shown(blocking, baseDir) + " is a file, not a folder")
                                + "; nothing was rendered",
                        "remove or rename " + shown(blocking, baseDir)
                                + ", or point <outputDirectory> (-Dprogrambook.outputDirectory) at another folder"));
                return;
            }
            Files.createDirectories(outputDir);
            probe(outputDir);
            probe(outputDir.toAbsolutePath().getParent());
        } catch (IOException e) {
            diagnostics.add(finding(outputDir, baseDir, e, "nothing was rendered"));
        }
    }

    /** A write failure as a finding: which folder, why, and what to do. */
    static Diagnostic finding(Path outputDir, Path baseDir, IOException e, String consequence) {
        String reason;
        if (e instanceof AccessDeniedException) {
            reason = "is not writable (permission denied"
                    + (e instanceof FileSystemException f && f.getFile() != null
                            ? " on " + shown(Path.of(f.getFile()), baseDir)
                            : "")
                    + ")";
        } else if (e instanceof FileSystemException f && f.getReason() != null) {
            reason = "cannot be written: " + f.getReason()
                    + (f.getFile() != null ? " (" + shown(Path.of(f.getFile()), baseDir) + ")" : "");
        } else {
            reason = "cannot be written: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        return Diagnostic.error(
                Rule.OUTPUT_FOLDER,
                at(outputDir, baseDir),
                "the output folder " + shown(outputDir, baseDir) + " " + reason + "; " + consequence,
                "make " + shown(outputDir, baseDir) + " and the folder that holds it writable (e.g. chmod u+w),"
                        + " or point <outputDirectory> (-Dprogrambook.outputDirectory) at another folder");
    }

    /** The output folder itself, or the first of its parents, when it is a file. */
    private static Path fileInTheWay(Path outputDir) {
        for (Path p = outputDir.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                return Files.isDirectory(p) ? null : p;
            }
        }
        return null;
    }

    private static void probe(Path folder) throws IOException {
        if (folder == null) {
            return;
        }
        Path probe = folder.resolve(PROBE);
        Files.deleteIfExists(probe);
        Files.write(probe, new byte[0]);
        Files.delete(probe);
    }

    private static SourcePosition at(Path outputDir, Path baseDir) {
        return SourcePosition.wholeFile(shown(outputDir, baseDir));
    }

    private static String shown(Path path, Path baseDir) {
        return SourceFile.of(path, baseDir).displayName();
    }
}
