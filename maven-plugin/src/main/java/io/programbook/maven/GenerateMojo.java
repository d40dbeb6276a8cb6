package io.programbook.maven;

import io.programbook.core.api.EvidenceOptions;
import io.programbook.core.api.GenerateRequest;
import io.programbook.core.api.GenerateResult;
import io.programbook.core.api.Generator;
import java.nio.file.Path;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Generates the security-program handbook from the program folder: {@code handbook.adoc} and,
 * by default, {@code handbook.html}; {@code handbook.pdf} when {@code pdf} is among the formats.
 * Input problems fail the build with every finding listed as
 * {@code path:line:column: error [CODE] message} and a hint; no output is left behind then.
 *
 * <p>When no input changed since the last successful run (program files, evidence, profiles,
 * templates, branding files, configuration, Programbook's version), the goal says so and renders
 * nothing. One Asciidoctor instance serves every module of a build.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.PREPARE_PACKAGE, threadSafe = true)
public class GenerateMojo extends AbstractDocumentMojo {

    static final String MSG_HANDBOOK = "Handbook: ";
    static final String MSG_UP_TO_DATE =
            "Programbook: no input changed since the last run, nothing to render; outputs in ";

    /**
     * The largest evidence file the assessor package ({@code evidence-package.zip}) may hold, in
     * MiB. A larger shareable file fails the run ({@code PB-EVIDENCE-TOO-LARGE}); mark it
     * {@code shareable: false} to keep it out. Default 25.
     */
    @Parameter(property = "programbook.maxEvidenceFileSize", defaultValue = "25")
    private int maxEvidenceFileSize = 25;

    /**
     * The largest the assessor package's files may be together (uncompressed), in MiB. Default 250.
     */
    @Parameter(property = "programbook.maxPackageSize", defaultValue = "250")
    private int maxPackageSize = 250;

    /**
     * How many months after the program's date the review calendar document looks ahead
     * ({@code review-calendar.ics} holds every date). Default 3.
     */
    @Parameter(property = "programbook.calendarMonths", defaultValue = "3")
    private int calendarMonths = 3;

    /**
     * How many editions (the provider's and each customer's) are rendered at once, on one shared
     * Asciidoctor: 1 renders them one after the other. The files are the same bytes whatever the
     * number, so changing it renders nothing again. Default: the number of processors.
     */
    @Parameter(property = "programbook.threads")
    private int threads = GenerateRequest.CORES;

    /** Skips this goal. */
    @Parameter(property = "programbook.generate.skip", defaultValue = "false")
    private boolean skipGenerate;

    private final Generator generator;

    @Inject
    public GenerateMojo() {
        this(Generator.create());
    }

    GenerateMojo(Generator generator) {
        this.generator = generator;
    }

    @Override
    boolean skipGoal() {
        return skipGenerate;
    }

    @Override
    void executeGoal() throws MojoExecutionException {
        long begin = System.nanoTime();
        GenerateRequest request = toRequest();
        GenerateResult result = generator.generate(request);
        report(result.warnings());
        getLog().info(coverage(result.inScope(), result.covered(), result.gaps(), result.coveragePercent()));
        if (result.upToDate()) {
            getLog().info(MSG_UP_TO_DATE + shown(request.outputDir()) + " are up to date ("
                    + seconds(System.nanoTime() - begin) + ")");
            return;
        }
        result.asciidoctorStartup()
                .ifPresent(startup -> getLog().info("Programbook: started Asciidoctor in " + seconds(startup.toNanos())
                        + "; every module of this build shares it"));
        for (Path file : result.files()) {
            // the provider's handbook; a customer's (customers/<id>/handbook.html) is written like any file
            getLog().info((file.equals(request.outputDir().resolve("handbook.html")) ? MSG_HANDBOOK : "Wrote ")
                    + shown(file));
        }
        getLog().info("Programbook: generated in " + seconds(System.nanoTime() - begin));
    }

    /** Sets how many editions are rendered at once, as the POM would (tests). */
    void threads(int count) {
        this.threads = count;
    }

    /** Sets the assessor package's limits and the calendar's horizon, as the POM would (tests). */
    void evidence(int maxFileMiB, int maxPackageMiB, int months) {
        this.maxEvidenceFileSize = maxFileMiB;
        this.maxPackageSize = maxPackageMiB;
        this.calendarMonths = months;
    }

    GenerateRequest toRequest() throws MojoExecutionException {
        EvidenceOptions evidence;
        try {
            evidence =
                    new EvidenceOptions((long) maxEvidenceFileSize << 20, (long) maxPackageSize << 20, calendarMonths);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(
                    e.getMessage() + " (check <maxEvidenceFileSize>, <maxPackageSize> and <calendarMonths>)", e);
        }
        try {
            return new GenerateRequest(
                    baseDir(),
                    programDirectory(),
                    outputDirectory(),
                    maxEvidenceAge(),
                    documents(),
                    contentPolicy(),
                    evidence,
                    threads);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage() + " (check <threads>)", e);
        }
    }
}
