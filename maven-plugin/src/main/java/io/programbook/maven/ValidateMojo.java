package io.programbook.maven;

import io.programbook.core.Generator;
import io.programbook.core.ValidateRequest;
import io.programbook.core.Validated;
import io.programbook.core.validate.ValidationReport;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the program folder and reports every problem of every file at once: YAML syntax and
 * encoding, each file against its JSON Schema (unknown fields, missing fields, wrong values, item
 * id grammar, dates), duplicate ids, and every reference (items, roles, procedures, evidence paths,
 * profiles). Each finding is logged as {@code path:line:column: error [CODE] message} with a hint,
 * and all of them are written to {@code validation-report.json}. Writes no other output.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ValidateMojo extends AbstractProgrambookMojo {

    static final String MSG_VALID = "Programbook: the program is valid";
    static final String MSG_REPORT = "Validation report: ";

    /** The project base directory; every path in a diagnostic is shown relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File baseDir;

    /** Where Maven was started; the log names the report relative to it. */
    @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
    private File executionRoot;

    /**
     * The program folder: {@code program.yaml}, {@code profile.yaml}, {@code statements/},
     * {@code procedures/} and {@code evidence/}.
     */
    @Parameter(property = "programbook.programDirectory", defaultValue = "${project.basedir}/src/programbook")
    private File programDirectory;

    /**
     * Where {@code validation-report.json} is written: every finding with severity, rule code,
     * message, file, line, column and hint, described by the schema
     * {@code programbook/schemas/validation-report.schema.json} of the catalog jar. The same folder
     * as the generate goal's outputs, whose run writes the report too.
     */
    @Parameter(property = "programbook.outputDirectory", defaultValue = "${project.build.directory}/programbook")
    private File outputDirectory;

    /**
     * Fail the build on warnings too (a selector that selects nothing, a statement for an excluded
     * item, a date after the program's date), for CI pipelines that keep a program warning-free.
     */
    @Parameter(property = "programbook.failOnWarning", defaultValue = "false")
    private boolean failOnWarning;

    /** Skips this goal. */
    @Parameter(property = "programbook.validate.skip", defaultValue = "false")
    private boolean skipValidate;

    private final Generator generator;

    @Inject
    public ValidateMojo() {
        this(Generator.create());
    }

    ValidateMojo(Generator generator) {
        this.generator = generator;
    }

    @Override
    boolean skipGoal() {
        return skipValidate;
    }

    @Override
    void executeGoal() {
        ValidateRequest request = toRequest();
        Validated validated = generator.validate(request);
        report(validated.warnings());
        var inputs = validated.inputs();
        getLog().info(String.format(Locale.ROOT, "%s: %d files, %d statements, %d procedures, %d items in scope, %d warnings",
                MSG_VALID, inputs.files().size(), inputs.statements().size(), inputs.procedures().size(),
                validated.profile().inScope().size(), validated.warnings().size()));
        Path root = (executionRoot == null ? baseDir : executionRoot).toPath().toAbsolutePath();
        request.reportFile().ifPresent(file -> getLog().info(MSG_REPORT
                + (file.startsWith(root) ? root.relativize(file).toString() : file.toString())));
    }

    ValidateRequest toRequest() {
        return new ValidateRequest(baseDir.toPath(), programDirectory.toPath(),
                Optional.of(outputDirectory.toPath().resolve(ValidationReport.FILE_NAME)), failOnWarning);
    }

    void configure(File baseDir, File programDirectory, File outputDirectory, boolean failOnWarning) {
        this.baseDir = baseDir;
        this.programDirectory = programDirectory;
        this.outputDirectory = outputDirectory;
        this.failOnWarning = failOnWarning;
    }
}
