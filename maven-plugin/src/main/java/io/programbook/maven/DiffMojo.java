package io.programbook.maven;

import io.programbook.core.api.DiffRequest;
import io.programbook.core.api.DiffResult;
import io.programbook.core.api.Generator;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Shows what changed, and writes it to {@code changes.adoc}, {@code changes.json} and, by default,
 * {@code changes.html}; {@code changes.pdf} when {@code pdf} is among the formats. The HTML page and
 * the PDF are made like the handbook's, with the same templates, branding and PDF date. Compares one of:
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
public class DiffMojo extends AbstractDocumentMojo {

    static final String MSG_CHANGES = "Changes: ";

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
     * With a {@code baseline}: the one customer (its id, the folder's name under {@code customers/})
     * whose changes are written into {@code customers/<id>/}; unset, every customer's are.
     */
    @Parameter(property = "programbook.customer")
    private String customer;

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
        for (Path file : result.files()) {
            getLog().info((file.getFileName().toString().equals(DiffResult.HTML) ? MSG_CHANGES : "Wrote ")
                    + shown(file));
        }
    }

    DiffRequest toRequest() throws MojoExecutionException {
        return new DiffRequest(
                baseDir(),
                programDirectory(),
                outputDirectory(),
                Optional.ofNullable(fromCatalog),
                Optional.ofNullable(toCatalog),
                Optional.ofNullable(fromProfile),
                Optional.ofNullable(toProfile),
                path(baseline),
                maxEvidenceAge(),
                documents(),
                contentPolicy(),
                Optional.ofNullable(customer));
    }

    void compare(String fromCatalog, String toCatalog, String fromProfile, String toProfile, File baseline) {
        this.fromCatalog = fromCatalog;
        this.toCatalog = toCatalog;
        this.fromProfile = fromProfile;
        this.toProfile = toProfile;
        this.baseline = baseline;
    }

    void customer(String customer) {
        this.customer = customer;
    }
}
