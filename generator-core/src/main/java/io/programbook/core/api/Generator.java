package io.programbook.core.api;

import java.util.ServiceLoader;

/**
 * Programbook at the level of its goals: validate, generate, check, diff, init and a live preview. Each goal
 * reports problems with the user's input as one {@link io.programbook.core.diag.GeneratorException}
 * carrying every finding.
 *
 * <p>A goal that writes into an output folder and fails, for whatever reason, removes the
 * documents, changes and build state earlier runs left there (they would look current), writes
 * {@value ValidateRequest#REPORT_FILE} with the findings where the goal writes one, and leaves no
 * staging folder behind.
 *
 * <pre>
 * GenerateResult result = Generator.create().generate(GenerateRequest.conventional(baseDir));
 * ValidateResult program = Generator.create().validate(ValidateRequest.conventional(baseDir));
 * </pre>
 *
 * <p>This package and {@code io.programbook.core.diag} are the API: they depend on no other package
 * of Programbook; the engine implements {@link Generator} and registers it as a service.
 */
public interface Generator {

    /**
     * Loads and validates a program folder, reporting every finding of every file at once, and
     * writes {@value ValidateRequest#REPORT_FILE} when the request names an output folder, whether
     * the program passes or not.
     *
     * @throws io.programbook.core.diag.GeneratorException with every finding when any is an error
     *         (or a warning, when the request says warnings fail)
     */
    ValidateResult validate(ValidateRequest request);

    /**
     * Loads, validates and traces the program and writes the documents; nothing is written, and
     * every earlier output is removed, when input has errors. Renders nothing when no input changed
     * since the last successful run.
     */
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
     * Starts a live preview: builds the documents of the request's generation, serves its output
     * folder over HTTP, and builds again whenever an input changes (the program folder, templates,
     * branding), reloading the pages open in a browser. Input errors do
     * not stop it: the pages show them above the last good build, and the listener is told.
     *
     * @throws IllegalArgumentException when the address cannot be listened on, saying what to do
     */
    Preview preview(PreviewRequest request, PreviewListener listener);

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
