package io.programbook.maven;

import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugins.annotations.Parameter;

/** The goals that write into the output folder: {@code validate}, {@code generate} and {@code diff}. */
abstract class AbstractOutputMojo extends AbstractProgrambookMojo {

    /**
     * Where the outputs are written: {@code validation-report.json} ({@code validate} and
     * {@code generate}), the handbook and the other documents ({@code generate}) and
     * {@code changes.*} ({@code diff}). Programbook owns the files it writes there and nothing else:
     * it removes only its own files when a run fails or no longer writes them.
     */
    @Parameter(property = "programbook.outputDirectory", defaultValue = "${project.build.directory}/programbook")
    private File outputDirectory;

    Path outputDirectory() {
        return outputDirectory.toPath();
    }

    /** For unit tests: what Maven injects. */
    void locate(File baseDir, File programDirectory, File outputDirectory) {
        locate(baseDir, programDirectory);
        this.outputDirectory = outputDirectory;
    }
}
