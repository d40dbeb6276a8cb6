package io.programbook.maven;

import io.programbook.core.GenerateRequest;
import io.programbook.core.GenerateResult;
import io.programbook.core.Generator;
import io.programbook.core.OutputFormat;
import java.io.File;
import java.nio.file.Path;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Generates the security-program handbook from the program folder: {@code handbook.adoc} and,
 * by default, {@code handbook.html}. Input problems fail the build with every finding listed as
 * {@code path:line:column: error [CODE] message} and a hint; no output is left behind then.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.PREPARE_PACKAGE, threadSafe = true)
public class GenerateMojo extends AbstractProgrambookMojo {

    static final String MSG_HANDBOOK = "Handbook: ";

    /** The project base directory; every path in a diagnostic is shown relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File baseDir;

    /** Where Maven was started; the log names output files relative to it. */
    @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
    private File executionRoot;

    /**
     * The program folder: {@code program.yaml}, {@code profile.yaml}, {@code statements/},
     * {@code procedures/} and {@code evidence/}.
     */
    @Parameter(property = "programbook.programDirectory", defaultValue = "${project.basedir}/src/programbook")
    private File programDirectory;

    /** Where the outputs are written. Programbook owns the files it writes there and nothing else. */
    @Parameter(property = "programbook.outputDirectory", defaultValue = "${project.build.directory}/programbook")
    private File outputDirectory;

    /**
     * Formats to write besides AsciiDoc, which is always written. Valid values: {@code html}.
     *
     * <pre>
     * &lt;formats&gt;
     *   &lt;format&gt;html&lt;/format&gt;
     * &lt;/formats&gt;
     * </pre>
     */
    @Parameter(property = "programbook.formats", defaultValue = "html")
    private List<String> formats;

    /** A folder of templates that replace the bundled ones file by file (e.g. {@code handbook.adoc.ftl}). */
    @Parameter(property = "programbook.templateDirectory")
    private File templateDirectory;

    /**
     * Evidence older than this many months (before the program's date) is reported as a gap.
     * Unset: the profile parameter {@code review-interval-months}, if the profile declares it.
     */
    @Parameter(property = "programbook.maxEvidenceAgeMonths")
    private Integer maxEvidenceAgeMonths;

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
        GenerateResult result = generator.generate(toRequest());
        report(result.warnings());
        getLog().info(String.format(Locale.ROOT, "Programbook: %d items in scope, %d covered, %d with gaps (%.1f %% coverage)",
                result.inScope(), result.covered(), result.gaps(), result.coveragePercent()));
        Path root = (executionRoot == null ? baseDir : executionRoot).toPath().toAbsolutePath();
        for (Path file : result.files()) {
            String shown = file.startsWith(root) ? root.relativize(file).toString() : file.toString();
            getLog().info(file.getFileName().toString().equals("handbook.html") ? MSG_HANDBOOK + shown : "Wrote " + shown);
        }
    }

    GenerateRequest toRequest() throws MojoExecutionException {
        Set<OutputFormat> parsed;
        try {
            parsed = formats.stream().map(OutputFormat::parse).collect(Collectors.toSet());
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage() + " (check <formats> or -Dprogrambook.formats)", e);
        }
        return new GenerateRequest(baseDir.toPath(), programDirectory.toPath(), outputDirectory.toPath(), parsed,
                Optional.ofNullable(templateDirectory).map(File::toPath),
                Optional.ofNullable(maxEvidenceAgeMonths).map(Period::ofMonths));
    }

    void configure(File baseDir, File programDirectory, File outputDirectory, List<String> formats) {
        this.baseDir = baseDir;
        this.programDirectory = programDirectory;
        this.outputDirectory = outputDirectory;
        this.formats = formats;
    }
}
