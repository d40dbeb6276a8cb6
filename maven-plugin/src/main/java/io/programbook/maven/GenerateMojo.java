package io.programbook.maven;

import io.programbook.core.Branding;
import io.programbook.core.GenerateRequest;
import io.programbook.core.GenerateResult;
import io.programbook.core.Generator;
import io.programbook.core.OutputFormat;
import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
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
 * by default, {@code handbook.html}; {@code handbook.pdf} when {@code pdf} is among the formats.
 * Input problems fail the build with every finding listed as
 * {@code path:line:column: error [CODE] message} and a hint; no output is left behind then.
 *
 * <p>When no input changed since the last successful run (program files, evidence, profiles,
 * templates, branding files, configuration, Programbook's version), the goal says so and renders
 * nothing. One Asciidoctor instance serves every module of a build.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.PREPARE_PACKAGE, threadSafe = true)
public class GenerateMojo extends AbstractProgrambookMojo {

    static final String MSG_HANDBOOK = "Handbook: ";
    static final String MSG_UP_TO_DATE = "Programbook: no input changed since the last run, nothing to render; outputs in ";

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
     * Formats to write besides AsciiDoc, which is always written. Valid values: {@code html} (the
     * fast inner loop, the default) and {@code pdf} (made from the same HTML, with a title page,
     * table of contents, running headers and footers and bookmarks). On the command line:
     * {@code -Dprogrambook.formats=html,pdf}.
     *
     * <pre>
     * &lt;formats&gt;
     *   &lt;format&gt;html&lt;/format&gt;
     *   &lt;format&gt;pdf&lt;/format&gt;
     * &lt;/formats&gt;
     * </pre>
     */
    @Parameter(property = "programbook.formats", defaultValue = "html")
    private List<String> formats;

    /**
     * A folder of templates that replace the bundled ones file by file: {@code handbook.adoc.ftl},
     * {@code page.ftlh} (HTML page shell), {@code programbook.css} (HTML stylesheet),
     * {@code pdf.ftlh} (PDF page shell with the title page), {@code programbook-pdf.css} (PDF theme).
     */
    @Parameter(property = "programbook.templateDirectory")
    private File templateDirectory;

    /**
     * A logo (PNG or JPEG, at most 2 MB) shown at the top of the HTML page and on the PDF title
     * page. It is embedded, so the outputs stay self-contained. Example:
     * {@code <logo>${project.basedir}/src/branding/logo.png</logo>}.
     */
    @Parameter(property = "programbook.logo")
    private File logo;

    /**
     * A stylesheet added after the bundled one in every HTML page, so it only needs the rules it
     * changes, e.g. {@code :root { --accent: #7a1f5c; }} for the accent colour.
     */
    @Parameter(property = "programbook.htmlStylesheet")
    private File htmlStylesheet;

    /**
     * A PDF theme: a print stylesheet added after the bundled {@code programbook-pdf.css}, so it
     * only needs the rules it changes (colours, fonts sizes, page size and margins with
     * {@code @page}, header and footer margin boxes). The PDF renderer understands CSS 2.1 and
     * paged media, not CSS variables, flexbox or grid. To start from scratch, copy
     * {@code programbook-pdf.css} into the {@code templateDirectory} instead.
     */
    @Parameter(property = "programbook.pdfTheme")
    private File pdfTheme;

    /**
     * The creation date written into PDFs. Unset (the default): none, so that the same inputs
     * give byte-identical PDFs. Accepts an ISO-8601 instant ({@code 2026-11-29T00:00:00Z}), a date
     * ({@code 2026-11-29}) or seconds since 1970, the forms of
     * {@code <pdfDate>${project.build.outputTimestamp}</pdfDate>}.
     */
    @Parameter(property = "programbook.pdfDate")
    private String pdfDate;

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
        long begin = System.nanoTime();
        GenerateRequest request = toRequest();
        GenerateResult result = generator.generate(request);
        report(result.warnings());
        getLog().info(String.format(Locale.ROOT, "Programbook: %d items in scope, %d covered, %d with gaps (%.1f %% coverage)",
                result.inScope(), result.covered(), result.gaps(), result.coveragePercent()));
        Path root = (executionRoot == null ? baseDir : executionRoot).toPath().toAbsolutePath();
        if (result.upToDate()) {
            getLog().info(MSG_UP_TO_DATE + shown(root, request.outputDir()) + " are up to date ("
                    + seconds(System.nanoTime() - begin) + ")");
            return;
        }
        result.asciidoctorStartup().ifPresent(startup -> getLog().info("Programbook: started Asciidoctor in "
                + seconds(startup.toNanos()) + "; every module of this build shares it"));
        for (Path file : result.files()) {
            getLog().info(file.getFileName().toString().equals("handbook.html") ? MSG_HANDBOOK + shown(root, file)
                    : "Wrote " + shown(root, file));
        }
        getLog().info("Programbook: generated in " + seconds(System.nanoTime() - begin));
    }

    private static String shown(Path root, Path file) {
        return file.startsWith(root) ? root.relativize(file).toString() : file.toString();
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
    }

    GenerateRequest toRequest() throws MojoExecutionException {
        Set<OutputFormat> parsed;
        try {
            parsed = formats.stream().map(OutputFormat::parse).collect(Collectors.toSet());
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage() + " (check <formats> or -Dprogrambook.formats)", e);
        }
        Optional<Instant> date;
        try {
            date = GenerateRequest.parseDate(pdfDate);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage() + " (check <pdfDate> or -Dprogrambook.pdfDate)", e);
        }
        return new GenerateRequest(baseDir.toPath(), programDirectory.toPath(), outputDirectory.toPath(), parsed,
                Optional.ofNullable(templateDirectory).map(File::toPath),
                Optional.ofNullable(maxEvidenceAgeMonths).map(Period::ofMonths),
                new Branding(path(logo), path(htmlStylesheet), path(pdfTheme)), date);
    }

    private static Optional<Path> path(File file) {
        return Optional.ofNullable(file).map(File::toPath);
    }

    void brand(File logo, File htmlStylesheet, File pdfTheme, String pdfDate) {
        this.logo = logo;
        this.htmlStylesheet = htmlStylesheet;
        this.pdfTheme = pdfTheme;
        this.pdfDate = pdfDate;
    }

    void configure(File baseDir, File programDirectory, File outputDirectory, List<String> formats) {
        this.baseDir = baseDir;
        this.programDirectory = programDirectory;
        this.outputDirectory = outputDirectory;
        this.formats = formats;
    }
}
