package io.programbook.maven;

import io.programbook.core.api.ContentPolicy;
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

    /**
     * Accepts passthroughs in the program's AsciiDoc ({@code +++…+++}, {@code pass:[…]}, {@code ++++}
     * blocks, {@code [pass]} paragraphs), which put raw HTML into the documents: a warning instead of
     * an error. Only for programs whose every author is trusted; the HTML is sanitized all the same,
     * so no script, event handler or unsafe link reaches a document (see docs/security.md). Default
     * {@code false}.
     */
    @Parameter(property = "programbook.allowPassthrough", defaultValue = "false")
    private boolean allowPassthrough;

    /**
     * Accepts images from http and https addresses in the program's AsciiDoc
     * ({@code image::https://…[]}); opening a document then loads them from the network. Default
     * {@code false}: such an image is an error, and the pages' Content-Security-Policy allows only
     * embedded images and images of their own folder.
     */
    @Parameter(property = "programbook.allowRemoteImages", defaultValue = "false")
    private boolean allowRemoteImages;

    Path outputDirectory() {
        return outputDirectory.toPath();
    }

    /** For unit tests: what Maven injects. */
    void locate(File baseDir, File programDirectory, File outputDirectory) {
        locate(baseDir, programDirectory);
        this.outputDirectory = outputDirectory;
    }

    /** What the program's text may put into a document, as the POM's author set it. */
    ContentPolicy contentPolicy() {
        return new ContentPolicy(allowPassthrough, allowRemoteImages);
    }

    /** For unit tests: the content policy parameters. */
    void trust(boolean allowPassthrough, boolean allowRemoteImages) {
        this.allowPassthrough = allowPassthrough;
        this.allowRemoteImages = allowRemoteImages;
    }
}
