package io.programbook.maven;

import io.programbook.core.Generator;
import io.programbook.core.OutputFormat;
import io.programbook.core.diff.ChangesDocuments;
import io.programbook.core.diff.DiffRequest;
import io.programbook.core.diff.DiffResult;
import java.io.File;
import java.nio.file.Path;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Shows what changed, and writes it to {@code changes.adoc}, {@code changes.json} and, by default,
 * {@code changes.html}. Compares one of:
 * <ul>
 * <li>two catalogue editions ({@code fromCatalog}, {@code toCatalog}): items added, removed, renamed,
 *     changed and reworded, each with a change note;
 * <li>two versions of a profile ({@code fromProfile}, {@code toProfile}): items entering or leaving
 *     scope, target maturity raised or lowered, parameters;
 * <li>the program and a {@code baseline} folder holding an earlier version of it: all of the above
 *     where it applies, plus statements added, removed or changed in status, maturity or text, the
 *     statements to review because their requirement moved, and coverage up or down.
 * </ul>
 * The log summarises the changes.
 *
 * <pre>
 * mvn programbook:diff -Dprogrambook.fromCatalog=iec-62443-2-4@2015+AMD1:2017
 * mvn programbook:diff -Dprogrambook.baseline=../release-3.1
 * </pre>
 */
@Mojo(name = "diff", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class DiffMojo extends AbstractProgrambookMojo {

    static final String MSG_CHANGES = "Changes: ";

    /** The project base directory; every path in a diagnostic is shown relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File baseDir;

    /** Where Maven was started; the log names output files relative to it. */
    @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
    private File executionRoot;

    /** The program folder: the current version of the program, and where left-out sides come from. */
    @Parameter(property = "programbook.programDirectory", defaultValue = "${project.basedir}/src/programbook")
    private File programDirectory;

    /** Where {@code changes.*} are written, next to the outputs of {@code generate}. */
    @Parameter(property = "programbook.outputDirectory", defaultValue = "${project.build.directory}/programbook")
    private File outputDirectory;

    /** Formats to write besides AsciiDoc and JSON, which are always written. Valid values: {@code html}. */
    @Parameter(property = "programbook.formats", defaultValue = "html")
    private List<String> formats;

    /**
     * The older catalogue edition, e.g. {@code iec-62443-2-4@2015+AMD1:2017}. With {@code toCatalog}
     * left out, the edition the program follows is the newer side.
     */
    @Parameter(property = "programbook.fromCatalog")
    private String fromCatalog;

    /**
     * The newer catalogue edition, e.g. {@code iec-62443-2-4@2023}. With {@code fromCatalog} left out,
     * the edition the program follows is the older side.
     */
    @Parameter(property = "programbook.toCatalog")
    private String toCatalog;

    /**
     * The older profile: a file relative to the project ({@code baseline/profile.yaml}) or a bundled
     * profile name ({@code all-of-2-4}). With {@code toProfile} left out, the program's own profile is
     * the newer side.
     */
    @Parameter(property = "programbook.fromProfile")
    private String fromProfile;

    /** The newer profile, as {@code fromProfile}. Left out: the program's own profile. */
    @Parameter(property = "programbook.toProfile")
    private String toProfile;

    /**
     * A folder with an earlier version of the program: its program folder (with {@code program.yaml})
     * or a project folder with {@code src/programbook}, e.g. a checkout of the last release
     * ({@code git worktree add ../release-3.1 v3.1}).
     */
    @Parameter(property = "programbook.baseline")
    private File baseline;

    /**
     * Evidence older than this many months is a gap, as for {@code generate}, so that coverage is
     * counted the same way. Unset: the profile parameter {@code review-interval-months}.
     */
    @Parameter(property = "programbook.maxEvidenceAgeMonths")
    private Integer maxEvidenceAgeMonths;

    /** Skips this goal. */
    @Parameter(property = "programbook.diff.skip", defaultValue = "false")
    private boolean skipDiff;

    private final Generator generator;

    @Inject
    public DiffMojo() {
        this(Generator.create());
    }

    DiffMojo(Generator generator) {
        this.generator = generator;
    }

    @Override
    boolean skipGoal() {
        return skipDiff;
    }

    @Override
    void executeGoal() throws MojoExecutionException {
        DiffResult result = generator.diff(toRequest());
        report(result.warnings());
        result.summary().forEach(line -> getLog().info(line));
        Path root = (executionRoot == null ? baseDir : executionRoot).toPath().toAbsolutePath();
        for (Path file : result.files()) {
            String shown = file.startsWith(root) ? root.relativize(file).toString() : file.toString();
            getLog().info(file.getFileName().toString().equals(ChangesDocuments.HTML) ? MSG_CHANGES + shown
                    : "Wrote " + shown);
        }
    }

    DiffRequest toRequest() throws MojoExecutionException {
        Set<OutputFormat> parsed;
        try {
            parsed = formats.stream().map(OutputFormat::parse).collect(Collectors.toSet());
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage() + " (check <formats> or -Dprogrambook.formats)", e);
        }
        return new DiffRequest(baseDir.toPath(), programDirectory.toPath(), outputDirectory.toPath(), parsed,
                Optional.ofNullable(fromCatalog), Optional.ofNullable(toCatalog), Optional.ofNullable(fromProfile),
                Optional.ofNullable(toProfile), Optional.ofNullable(baseline).map(File::toPath),
                Optional.ofNullable(maxEvidenceAgeMonths).map(Period::ofMonths));
    }

    void configure(File baseDir, File programDirectory, File outputDirectory, List<String> formats) {
        this.baseDir = baseDir;
        this.programDirectory = programDirectory;
        this.outputDirectory = outputDirectory;
        this.formats = formats;
    }

    void compare(String fromCatalog, String toCatalog, String fromProfile, String toProfile, File baseline) {
        this.fromCatalog = fromCatalog;
        this.toCatalog = toCatalog;
        this.fromProfile = fromProfile;
        this.toProfile = toProfile;
        this.baseline = baseline;
    }
}
