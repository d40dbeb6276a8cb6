package io.programbook.core;

import io.programbook.core.check.CheckRequest;
import io.programbook.core.check.CheckResult;
import io.programbook.core.diag.Diagnostics;
import io.programbook.core.load.ProgramInputs;
import io.programbook.core.resolve.ResolvedProfile;
import io.programbook.core.scaffold.InitRequest;
import io.programbook.core.scaffold.InitResult;
import io.programbook.core.trace.Trace;
import java.nio.file.Path;

/**
 * The Programbook pipeline: load → validate (resolving the profile) → trace → render → convert.
 * Each stage reports problems as diagnostics; a stage with errors throws one
 * {@link io.programbook.core.diag.GeneratorException} carrying all of them.
 *
 * <pre>
 * GenerateResult result = Generator.create().generate(GenerateRequest.conventional(baseDir));
 * </pre>
 */
public interface Generator {

    /** Reads the program folder, its catalogue and profile chain. */
    ProgramInputs load(Path baseDir, Path programDir, Diagnostics diagnostics);

    /** Resolves the profile and cross-checks every reference; throws if anything is wrong. */
    ResolvedProfile validate(ProgramInputs inputs, Diagnostics diagnostics);

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

    static Generator create() {
        return new Programbook();
    }
}
