package io.programbook.maven;

import io.programbook.core.api.Generator;
import io.programbook.core.api.ValidateRequest;
import io.programbook.core.api.ValidateResult;
import java.io.File;
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
 * and all of them are written to {@code validation-report.json} in the output folder: every finding
 * with severity, rule code, message, file, line, column and hint, described by the schema
 * {@code programbook/schemas/validation-report.schema.json} of the catalog jar. Writes no other output.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ValidateMojo extends AbstractOutputMojo {

    static final String MSG_VALID = "Programbook: the program is valid";
    static final String MSG_REPORT = "Validation report: ";

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
        ValidateResult validated = generator.validate(request);
        report(validated.warnings());
        getLog().info(String.format(
                Locale.ROOT,
                "%s: %d files, %d statements, %d procedures, %d items in scope, %d %s",
                MSG_VALID,
                validated.files(),
                validated.statements(),
                validated.procedures(),
                validated.inScope(),
                validated.warnings().size(),
                validated.warnings().size() == 1 ? "warning" : "warnings"));
        validated.report().ifPresent(file -> getLog().info(MSG_REPORT + shown(file)));
    }

    ValidateRequest toRequest() {
        return new ValidateRequest(
                baseDir(), programDirectory(), Optional.of(outputDirectory()), failOnWarning, contentPolicy());
    }

    void configure(File baseDir, File programDirectory, File outputDirectory, boolean failOnWarning) {
        locate(baseDir, programDirectory, outputDirectory);
        this.failOnWarning = failOnWarning;
    }
}
