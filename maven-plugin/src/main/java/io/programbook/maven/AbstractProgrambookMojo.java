package io.programbook.maven;

import io.programbook.core.diag.Diagnostic;
import io.programbook.core.diag.GeneratorException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every Programbook goal shares: the skip flag, and turning the core's findings into log
 * lines and a single build failure. Findings about the user's input fail the build with
 * {@link MojoFailureException}; I/O problems and bugs with {@link MojoExecutionException}.
 */
abstract class AbstractProgrambookMojo extends AbstractMojo {

    static final String MSG_SKIPPING = "Skipping Programbook: skip is set.";

    /** Skips every Programbook goal. */
    @Parameter(property = "programbook.skip", defaultValue = "false")
    private boolean skip;

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
            throw new MojoFailureException(e.getMessage());
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    /** A goal's own skip flag. */
    abstract boolean skipGoal();

    abstract void executeGoal() throws MojoExecutionException, MojoFailureException;

    /** Logs each finding as an error or warning, in the compiler-like form IDEs link. */
    void report(List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            if (d.isError()) {
                getLog().error(d.render());
            } else {
                getLog().warn(d.render());
            }
        }
    }
}
