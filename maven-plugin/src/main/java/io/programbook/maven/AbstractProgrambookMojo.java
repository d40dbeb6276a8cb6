package io.programbook.maven;

import io.programbook.core.diag.Diagnostic;
import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.GeneratorException;
import io.programbook.core.diag.Severity;
import io.programbook.core.diag.SourcePosition;
import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every Programbook goal shares: the skip flag, where the project and the program folder are,
 * and turning the core's findings into log lines and a single build failure. Findings about the
 * user's input fail the build with {@link MojoFailureException}; I/O problems and bugs with
 * {@link MojoExecutionException}.
 *
 * <p>Parameters shared by some goals only are declared once further down:
 * {@link AbstractOutputMojo} (the output folder: {@code validate}, {@code generate}, {@code diff})
 * and {@link AbstractDocumentMojo} (formats, templates, branding, PDF date and evidence age:
 * {@code generate}, {@code diff}).
 */
abstract class AbstractProgrambookMojo extends AbstractMojo {

    static final String MSG_SKIPPING = "Skipping Programbook: skip is set.";

    /** The conventional program folder, relative to the project base directory. */
    static final String PROGRAM_FOLDER = "src/programbook";

    /**
     * The property of the evidence age limit. Declared by {@link AbstractDocumentMojo} and by the
     * {@code check} goal, for which it is a gate too; one name, so one setting serves both.
     */
    static final String MAX_EVIDENCE_AGE_PROPERTY = "programbook.maxEvidenceAgeMonths";

    /** Skips every Programbook goal. */
    @Parameter(property = "programbook.skip", defaultValue = "false")
    private boolean skip;

    /**
     * The project base directory (the current directory when {@code init} runs without a project);
     * every path in a diagnostic is shown relative to it.
     */
    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    private File baseDir;

    /** Where Maven was started; the log names the files a goal writes relative to it. */
    @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
    private File executionRoot;

    /** The module, named in a failure of a multi-module build, where logs of modules interleave ({@code -T}). */
    @Parameter(defaultValue = "${project.artifactId}", readonly = true)
    private String module;

    /**
     * The program folder: {@code program.yaml}, {@code profile.yaml}, {@code statements/},
     * {@code procedures/} and {@code evidence/}. The {@code init} goal creates or completes it; for
     * {@code diff} it is the current version of the program, and where a side of the comparison left
     * out comes from.
     */
    @Parameter(property = "programbook.programDirectory", defaultValue = "${project.basedir}/src/programbook")
    private File programDirectory;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip || skipGoal()) {
            getLog().info(MSG_SKIPPING);
            return;
        }
        try {
            executeGoal();
        } catch (GeneratorException e) {
            report(e.diagnostics());
            throw new MojoFailureException(inModule(e.getMessage()));
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException(inModule(e.getMessage()), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException(
                    inModule("Programbook stopped on an unexpected error, a bug to report (run with -e for the"
                            + " stack trace): " + e),
                    e);
        }
    }

    /**
     * A failure's message; in a module of a multi-module build prefixed with the module's
     * artifactId, since the logs of modules built in parallel interleave.
     */
    String inModule(String message) {
        return inReactorModule() && module != null && !module.isBlank() ? module + ": " + message : message;
    }

    /** Whether Maven was started elsewhere than in this project's folder: a module of a larger build. */
    private boolean inReactorModule() {
        return executionRoot != null
                && !executionRoot
                        .toPath()
                        .toAbsolutePath()
                        .normalize()
                        .equals(baseDir().toAbsolutePath().normalize());
    }

    /** A goal's own skip flag. */
    abstract boolean skipGoal();

    abstract void executeGoal() throws MojoExecutionException, MojoFailureException;

    /**
     * Logs each finding as an error or warning, in the compiler-like form IDEs link, its file named
     * relative to where Maven was started: in a multi-module build the path starts with the
     * module's folder, so a finding is clear even when the logs of modules interleave ({@code -T}).
     * At most {@link Diagnostics#LIMIT_PER_RULE} findings of one rule are logged, then a line per
     * rule saying how many more there are.
     */
    void report(List<Diagnostic> diagnostics) {
        Diagnostics.Shown shown = Diagnostics.shown(diagnostics);
        for (Diagnostic found : shown.findings()) {
            Diagnostic d = fromExecutionRoot(found);
            if (d.isError()) {
                getLog().error(d.render());
            } else {
                getLog().warn(d.render());
            }
        }
        for (Diagnostics.Omitted omitted : shown.omitted()) {
            if (omitted.severity() == Severity.ERROR) {
                getLog().error(omitted.line());
            } else {
                getLog().warn(omitted.line());
            }
        }
    }

    /** A finding whose file (relative to the project) is named relative to where Maven was started. */
    private Diagnostic fromExecutionRoot(Diagnostic d) {
        String file = d.at().file();
        try {
            if (!inReactorModule() || file.isEmpty() || Path.of(file).isAbsolute()) {
                return d;
            }
        } catch (InvalidPathException e) {
            return d; // not a file: shown as the core wrote it
        }
        return new Diagnostic(
                d.severity(),
                d.rule(),
                d.message(),
                new SourcePosition(shown(baseDir().resolve(file)), d.at().line(), d.at().column()),
                d.hint());
    }

    /**
     * The project base directory; without a project ({@code init} in an empty folder) the folder
     * Maven was started in.
     */
    Path baseDir() {
        if (baseDir != null) {
            return baseDir.toPath();
        }
        return (executionRoot != null ? executionRoot.toPath() : Path.of("")).toAbsolutePath();
    }

    /**
     * The program folder. Without a project Maven leaves the default
     * {@code ${project.basedir}/src/programbook} unresolved: that, and any relative folder, is taken
     * relative to {@link #baseDir()}.
     */
    Path programDirectory() {
        Path configured = programDirectory == null ? Path.of(PROGRAM_FOLDER) : programDirectory.toPath();
        if (baseDir == null) {
            for (String unset : List.of("${project.basedir}", "null")) {
                Path absolute = baseDir().resolve(unset);
                if (configured.startsWith(absolute)) {
                    configured = absolute.relativize(configured);
                } else if (configured.startsWith(unset)) {
                    configured = Path.of(unset).relativize(configured);
                }
            }
        }
        return configured.isAbsolute() ? configured : baseDir().resolve(configured);
    }

    /**
     * A file as the log names it: relative to where Maven was started (the project base directory
     * without a session), with {@code /} as separator, so that it reads the same as the paths in
     * diagnostics; a file elsewhere by its absolute path.
     */
    String shown(Path file) {
        Path root = (executionRoot == null ? baseDir : executionRoot)
                .toPath()
                .toAbsolutePath()
                .normalize();
        Path absolute = file.toAbsolutePath().normalize();
        return (absolute.startsWith(root) ? root.relativize(absolute) : absolute)
                .toString()
                .replace('\\', '/');
    }

    /** The line {@code generate} and {@code check} log about the traced program. */
    static String coverage(int inScope, int covered, int gaps, Double coveragePercent) {
        return String.format(
                Locale.ROOT,
                "Programbook: %d items in scope, %d covered, %d with gaps (%s)",
                inScope,
                covered,
                gaps,
                coveragePercent == null
                        ? "no applicable items"
                        : String.format(Locale.ROOT, "%.1f %% coverage", coveragePercent));
    }

    /** A duration for the log, in seconds with two decimals. */
    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
    }

    /** An age limit in whole months; unset (or no limit) when {@code null}. */
    static Optional<Period> months(Integer months) {
        return Optional.ofNullable(months).map(Period::ofMonths);
    }

    /** An optional file parameter as a path. */
    static Optional<Path> path(File file) {
        return Optional.ofNullable(file).map(File::toPath);
    }

    /** For unit tests: what Maven injects from the project. */
    void locate(File baseDir, File programDirectory) {
        this.baseDir = baseDir;
        this.programDirectory = programDirectory;
    }

    /** For unit tests: where Maven was started, and the skip flag of every goal. */
    void session(File executionRoot, boolean skip) {
        this.executionRoot = executionRoot;
        this.skip = skip;
    }

    /** For unit tests: the module's artifactId. */
    void module(String artifactId) {
        this.module = artifactId;
    }
}
