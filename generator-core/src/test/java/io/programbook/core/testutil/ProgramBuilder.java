package io.programbook.core.testutil;

import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.diag.Diagnostic;
import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.GeneratorException;
import io.programbook.core.load.ProgramInputs;
import io.programbook.core.load.ProgramLoader;
import io.programbook.core.resolve.ProfileResolver;
import io.programbook.core.resolve.ResolvedProfile;
import io.programbook.core.trace.Trace;
import io.programbook.core.trace.TraceBuilder;
import io.programbook.core.validate.Validator;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a program folder in a temporary directory and runs the pipeline stages on it (load,
 * resolve, validate, trace), never AsciidoctorJ. Every file has a small, valid default, so a test
 * writes only what it is about. Diagnostics name files relative to the base directory, e.g.
 * {@code src/programbook/program.yaml}.
 */
public final class ProgramBuilder {

    public static final String DIR = "src/programbook";

    /** Follows the 2023 catalogue, two roles, a document date of 2026-10-01. */
    public static final String DEFAULT_PROGRAM = """
            organisation:
              name: Test GmbH
            program:
              title: Test program
              version: "1.0"
              date: 2026-10-01
            catalog: iec-62443-2-4@2023
            profile: profile.yaml
            roles:
              - id: security-lead
                name: Security lead
              - id: service-manager
                name: Service manager
            """;

    /** Three items of SP.01 in scope at ML2; everything else excluded by the include list. */
    public static final String DEFAULT_PROFILE = """
            id: test-profile
            catalog: iec-62443-2-4@2023
            defaultMaturity: ML2
            include: [SP.01.01 BR, SP.01.01 RE(1), SP.01.02 BR]
            """;

    private final Path baseDir;
    private final Map<String, String> files = new LinkedHashMap<>();

    ProgramBuilder(Path baseDir) {
        this.baseDir = baseDir;
        files.put("program.yaml", DEFAULT_PROGRAM);
        files.put("profile.yaml", DEFAULT_PROFILE);
    }

    public ProgramBuilder programYaml(String yaml) {
        return file("program.yaml", yaml);
    }

    public ProgramBuilder profileYaml(String yaml) {
        return file("profile.yaml", yaml);
    }

    /** A file of {@code statements/}. */
    public ProgramBuilder statements(String name, String yaml) {
        return file("statements/" + name, yaml);
    }

    /** {@code procedures/<id>.adoc}. */
    public ProgramBuilder procedure(String id, String adoc) {
        return file("procedures/" + id + ".adoc", adoc);
    }

    /** Any file, relative to the program folder. */
    public ProgramBuilder file(String relative, String content) {
        files.put(relative, content);
        return this;
    }

    public ProgramBuilder without(String relative) {
        files.remove(relative);
        return this;
    }

    public Path baseDir() {
        return baseDir;
    }

    public Path programDir() {
        return baseDir.resolve(DIR);
    }

    /** Writes every file and returns the program folder. */
    public Path write() {
        files.forEach((name, content) -> Fixtures.write(programDir(), name, content));
        return programDir();
    }

    /** Writes and loads; fails the test if loading reports an error. */
    public ProgramInputs load() {
        write();
        Diagnostics diagnostics = new Diagnostics();
        ProgramInputs inputs = new ProgramLoader(Fixtures.yaml()).load(baseDir, programDir(), diagnostics);
        assertThat(diagnostics.all()).as("load diagnostics").isEmpty();
        return inputs;
    }

    /**
     * Writes and loads, expecting errors; returns every finding of the load, whether the loader
     * threw them at once or left them for a later stage to throw.
     */
    public List<Diagnostic> loadErrors() {
        write();
        Diagnostics diagnostics = new Diagnostics();
        try {
            new ProgramLoader(Fixtures.yaml()).load(baseDir, programDir(), diagnostics);
        } catch (GeneratorException e) {
            return e.diagnostics();
        }
        assertThat(diagnostics.hasErrors())
                .as("the load should report an error")
                .isTrue();
        return diagnostics.all();
    }

    /** A loaded and resolved program, with the findings of each stage. */
    public record Run(ProgramInputs inputs, ResolvedProfile profile, List<Diagnostic> resolveFindings) {

        /** What the {@link Validator} alone reports. */
        public List<Diagnostic> validate() {
            Diagnostics diagnostics = new Diagnostics();
            new Validator().validate(inputs, profile, diagnostics);
            return diagnostics.all();
        }

        /** The trace with evidence ages measured against the program's date. */
        public Trace trace(Optional<Period> maxEvidenceAge) {
            return new TraceBuilder()
                    .build(
                            inputs,
                            profile,
                            maxEvidenceAge,
                            Optional.ofNullable(
                                    inputs.program().value().program().date()));
        }

        public Trace trace() {
            return trace(Optional.empty());
        }

        public Trace trace(Period maxEvidenceAge, LocalDate asOf) {
            return new TraceBuilder().build(inputs, profile, Optional.of(maxEvidenceAge), Optional.of(asOf));
        }
    }

    /** Writes, loads and resolves; fails the test if loading or resolving reports an error. */
    public Run run() {
        ProgramInputs inputs = load();
        Diagnostics diagnostics = new Diagnostics();
        ResolvedProfile profile = new ProfileResolver().resolve(inputs, diagnostics);
        assertThat(diagnostics.hasErrors())
                .as("resolve errors: %s", diagnostics.all())
                .isFalse();
        return new Run(inputs, profile, diagnostics.all());
    }
}
