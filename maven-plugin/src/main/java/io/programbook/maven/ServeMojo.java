package io.programbook.maven;

import io.programbook.core.api.EvidenceOptions;
import io.programbook.core.api.GenerateRequest;
import io.programbook.core.api.Generator;
import io.programbook.core.api.Preview;
import io.programbook.core.api.PreviewListener;
import io.programbook.core.api.PreviewRequest;
import java.time.Duration;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * A live preview of the documents while you write them: builds the documents as {@code generate}
 * does (HTML only, unless {@code formats} asks for more), serves the output folder at
 * {@code http://127.0.0.1:8062/handbook.html}, and builds again whenever a file of the program
 * folder changes (or of the template folder, or a branding file). Pages
 * open in a browser reload by themselves; input errors are shown in the page, above the last good
 * build, and in this log. Runs until Ctrl-C: {@code mvn programbook:serve}.
 *
 * <p>The JVM, Asciidoctor and the templates stay warm between builds, so a rebuild costs a fraction
 * of a {@code generate} run (see docs/benchmarks.md).
 */
@Mojo(name = "serve", threadSafe = true)
public class ServeMojo extends AbstractDocumentMojo {

    static final String MSG_SERVING = "Programbook preview: ";
    static final String MSG_STOPPED = "Programbook preview stopped.";

    /** Skips this goal. */
    @Parameter(property = "programbook.serve.skip", defaultValue = "false")
    private boolean skipServe;

    /**
     * The TCP port the preview listens on; {@code 0} takes a free port (the log names it).
     */
    @Parameter(property = "programbook.port", defaultValue = "8062")
    private int port;

    /**
     * The address the preview listens on. {@code 127.0.0.1} (the default): only this machine can
     * open it. Another address (e.g. {@code 0.0.0.0}) lets other machines on the network read the
     * program: set it only on a network you trust.
     */
    @Parameter(property = "programbook.host", defaultValue = PreviewRequest.LOOPBACK)
    private String host;

    /**
     * How long, in milliseconds, the program's files must stay unchanged before a rebuild starts, so
     * that an editor saving in several writes or a {@code git checkout} gives one rebuild.
     */
    @Parameter(property = "programbook.quietMillis", defaultValue = "80")
    private int quietMillis;

    /**
     * How many editions (the provider's and each customer's) are rendered at once, on one shared
     * Asciidoctor: 1 renders them one after the other. The files are the same bytes whatever the
     * number, so changing it renders nothing again. Default: the number of processors.
     */
    @Parameter(property = "programbook.threads")
    private int threads = GenerateRequest.CORES;

    private final Generator generator;

    @Inject
    public ServeMojo() {
        this(Generator.create());
    }

    ServeMojo(Generator generator) {
        this.generator = generator;
    }

    @Override
    boolean skipGoal() {
        return skipServe;
    }

    @Override
    void executeGoal() throws MojoExecutionException {
        PreviewRequest request = toRequest();
        Preview preview;
        try {
            preview = generator.preview(request, this::built);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage() + " (check <port>, <host>, <threads>)", e);
        }
        Thread stop = new Thread(preview::close, "programbook-preview-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        getLog().info(MSG_SERVING + preview.address() + " (watching "
                + shown(request.generate().programDir()) + "; Ctrl-C stops it)");
        try {
            preview.awaitClose();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            preview.close();
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException e) {
                // the JVM is shutting down (Ctrl-C): the hook ran
            }
        }
        getLog().info(MSG_STOPPED);
    }

    /** Logs a build of the preview: the files, or the findings that stopped it. */
    void built(PreviewListener.Build build) {
        String after = build.changed().isEmpty()
                ? ""
                : " after a change of " + build.changed().get(0)
                        + (build.changed().size() > 1
                                ? " and " + (build.changed().size() - 1) + " more"
                                : "");
        report(build.problems());
        if (build.succeeded()) {
            var result = build.result().orElseThrow();
            if (result.upToDate()) {
                getLog().info(MSG_SERVING + "no input changed" + after + ", nothing to render");
                return;
            }
            getLog().info(MSG_SERVING + "build " + build.number() + after + " in "
                    + seconds(build.took().toNanos()) + ": "
                    + coverage(result.inScope(), result.covered(), result.gaps(), result.coveragePercent())
                            .replace("Programbook: ", ""));
        } else {
            getLog().error(MSG_SERVING + "build " + build.number() + after + " failed"
                    + build.error().map(e -> ": " + e).orElse(" on the input, see above")
                    + "; the browser shows why, above the last good pages. Fix and save to build again.");
        }
    }

    PreviewRequest toRequest() throws MojoExecutionException {
        if (quietMillis < 0) {
            throw new MojoExecutionException(
                    "quietMillis is " + quietMillis + ": use 0 or more milliseconds (check <quietMillis>)");
        }
        try {
            return new PreviewRequest(
                    new GenerateRequest(
                            baseDir(),
                            programDirectory(),
                            outputDirectory(),
                            maxEvidenceAge(),
                            documents(),
                            contentPolicy(),
                            EvidenceOptions.DEFAULTS,
                            threads),
                    host,
                    port,
                    Duration.ofMillis(quietMillis));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage() + " (check <port>, <host>, <threads>)", e);
        }
    }

    /** For unit tests: how many editions are rendered at once, as the POM would set it. */
    void threads(int count) {
        this.threads = count;
    }

    /** For unit tests: what Maven injects. */
    void listen(String host, int port, int quietMillis) {
        this.host = host;
        this.port = port;
        this.quietMillis = quietMillis;
    }
}
