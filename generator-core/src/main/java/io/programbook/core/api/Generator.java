package io.programbook.core.api;

import io.programbook.core.diag.Diagnostics;
import io.programbook.core.load.ProgramInputs;
import io.programbook.core.pipeline.RenderedDocs;
import io.programbook.core.resolve.ResolvedProfile;
import io.programbook.core.trace.Trace;
import java.nio.file.Path;
import java.util.ServiceLoader;

/**
 * The Programbook pipeline: load → validate (resolving the profile) → trace → render → convert.
 * Each stage reports problems as diagnostics; a stage with errors throws one
 * {@link io.programbook.core.diag.GeneratorException} carrying all of them.
 *
 * <pre>
 * GenerateResult result = Generator.create().generate(GenerateRequest.conventional(baseDir));
 * Validated program = Generator.create().validate(ValidateRequest.conventional(baseDir));
 * </pre>
 */
public interface Generator {

    /** Reads the program folder, its catalogue and profile chain. */
    ProgramInputs load(Path baseDir, Path programDir, Diagnostics diagnostics);

    /** Resolves the profile and cross-checks every reference; throws if anything is wrong. */
    ResolvedProfile validate(ProgramInputs inputs, Diagnostics diagnostics);

    /**
     * Loads and validates a program folder, reporting every finding of every file at once, and
     * writes {@code validation-report.json} when the request names it, whether the program passes
     * or not. The entry point of the {@code validate} goal, and the first step of every goal that
     * builds on a valid program ({@code generate}, {@code check}).
     *
     * @throws io.programbook.core.diag.GeneratorException with every finding when any is an error
     *         (or a warning, when the request says warnings fail)
     */
    Validated validate(ValidateRequest request);

    /** Links requirement, statement, procedure and evidence, and finds the gaps. */
    Trace trace(ProgramInputs inputs, ResolvedProfile profile, GenerateRequest request);

    /** Renders the AsciiDoc documents. */
    RenderedDocs render(ProgramInputs inputs, ResolvedProfile profile, Trace trace);

    /** Runs the whole pipeline and writes the outputs; nothing is written when input has errors. */
    GenerateResult generate(GenerateRequest request);

    /**
     * Loads, validates and traces a program and checks it against gates; renders nothing. Input
     * errors throw as in {@link #generate}; failed gates are in the result.
     */
    CheckResult check(CheckRequest request);

    /** Scaffolds a new program folder for a bundled profile; never overwrites a file. */
    InitResult init(InitRequest request);

    /**
     * Compares two catalogue editions, two profiles, or the program with a baseline, and writes
     * {@code changes.adoc}, {@code changes.json} and (when asked) {@code changes.html} and {@code changes.pdf}.
     */
    DiffResult diff(DiffRequest request);

    /**
     * The generator on the class path: the engine registers its implementation as a
     * {@link ServiceLoader} service, so that this API depends on no engine package.
     *
     * @throws IllegalStateException when no implementation is on the class path
     */
    static Generator create() {
        return ServiceLoader.load(Generator.class, Generator.class.getClassLoader())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no Programbook generator on the class path: add"
                        + " programbook-generator-core (it registers META-INF/services/" + Generator.class.getName()
                        + ")"));
    }
}
