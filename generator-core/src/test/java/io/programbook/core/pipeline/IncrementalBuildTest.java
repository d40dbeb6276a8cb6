package io.programbook.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.programbook.core.api.Branding;
import io.programbook.core.api.DocumentOptions;
import io.programbook.core.api.GenerateRequest;
import io.programbook.core.api.GenerateResult;
import io.programbook.core.api.Generator;
import io.programbook.core.api.OutputFormat;
import io.programbook.core.diag.GeneratorException;
import io.programbook.core.testutil.Fixtures;
import io.programbook.core.testutil.ProgramBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.Period;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incremental builds: a run whose inputs, configuration and outputs are as the last successful run
 * left them renders nothing; any change renders everything again. AsciiDoc-only runs, so no JRuby.
 */
class IncrementalBuildTest {

    private static final String STATEMENTS = """
            statements:
              - item: SP.01.01 BR
                status: implemented
                maturity: ML2
                owner: security-lead
                text: Staff are briefed.
                evidence:
                  - file: evidence/briefing.txt
                    title: Briefing list
                    date: 2026-09-01
            """;

    @TempDir
    Path base;

    private ProgramBuilder program;
    private GenerateRequest request;

    @BeforeEach
    void writeProgram() {
        program = Fixtures.program(base).statements("sp01.yaml", STATEMENTS).file("evidence/briefing.txt", "A, B\n");
        program.write();
        request = new GenerateRequest(
                base,
                program.programDir(),
                base.resolve("target/programbook"),
                Set.of(OutputFormat.ADOC),
                Optional.empty(),
                Optional.empty());
    }

    private GenerateResult generate(GenerateRequest r) {
        return Generator.create().generate(r);
    }

    @Test
    void should_render_nothing_when_no_input_changed_since_the_last_run() throws IOException {
        // given
        GenerateResult first = generate(request);
        Path handbook = request.outputDir().resolve("handbook.adoc");
        var writtenAt = Files.getLastModifiedTime(handbook);

        // when
        GenerateResult second = generate(request);

        // then
        assertThat(first.upToDate()).isFalse();
        assertThat(second.upToDate()).isTrue();
        assertThat(second.files()).isEqualTo(first.files());
        assertThat(second.inScope()).isEqualTo(first.inScope());
        assertThat(second.coveragePercent()).isEqualTo(first.coveragePercent());
        assertThat(Files.getLastModifiedTime(handbook)).isEqualTo(writtenAt);
    }

    @Test
    void should_render_again_when_a_statement_changes() {
        generate(request);
        Fixtures.write(
                program.programDir(),
                "statements/sp01.yaml",
                STATEMENTS.replace("Staff are briefed.", "Staff are trained."));

        GenerateResult again = generate(request);

        assertThat(again.upToDate()).isFalse();
        assertThat(request.outputDir().resolve("handbook.adoc")).content().contains("Staff are trained.");
    }

    @Test
    void should_render_again_when_an_evidence_file_changes_appears_or_disappears() throws IOException {
        generate(request);

        Fixtures.write(program.programDir(), "evidence/briefing.txt", "A, B, C\n");
        assertThat(generate(request).upToDate()).as("changed evidence").isFalse();

        Fixtures.write(program.programDir(), "evidence/new-record.txt", "new\n");
        assertThat(generate(request).upToDate())
                .as("new file in the program folder")
                .isFalse();

        Files.delete(program.programDir().resolve("evidence/new-record.txt"));
        assertThat(generate(request).upToDate()).as("removed file").isFalse();
        assertThat(generate(request).upToDate()).isTrue();
    }

    @Test
    void should_render_a_customer_edition_again_when_its_customer_file_changes_and_drop_a_removed_one()
            throws IOException {
        Fixtures.write(program.programDir(), "customers/acme/customer.yaml", "name: Acme Water\n");
        GenerateResult first = generate(request);
        assertThat(first.upToDate()).isFalse();
        assertThat(request.outputDir().resolve("customers/acme/handbook.adoc"))
                .content()
                .contains("Acme Water");
        assertThat(generate(request).upToDate()).isTrue();

        Fixtures.write(program.programDir(), "customers/acme/customer.yaml", "name: Acme Water Board\n");
        GenerateResult again = generate(request);

        assertThat(again.upToDate()).isFalse();
        assertThat(request.outputDir().resolve("customers/acme/handbook.adoc"))
                .content()
                .contains("Acme Water Board");
        assertThat(request.outputDir().resolve("portfolio.csv")).content().contains("Acme Water Board");

        Files.delete(program.programDir().resolve("customers/acme/customer.yaml"));
        Files.delete(program.programDir().resolve("customers/acme"));
        assertThat(generate(request).upToDate()).isFalse();
        assertThat(request.outputDir().resolve("customers/acme/handbook.adoc")).doesNotExist();
        assertThat(request.outputDir().resolve("portfolio.csv")).doesNotExist();
    }

    @Test
    void should_render_again_when_a_profile_the_program_extends_changes() {
        Fixtures.write(program.programDir(), "profiles/base-profile.yaml", """
                id: shared-base
                catalog: iec-62443-2-4@2023
                defaultMaturity: ML2
                include: [SP.01.01 BR]
                """);
        program.profileYaml("""
                id: test-profile
                catalog: iec-62443-2-4@2023
                extends: [profiles/base-profile.yaml]
                """).write();
        generate(request);
        assertThat(generate(request).upToDate()).isTrue();

        Fixtures.write(program.programDir(), "profiles/base-profile.yaml", """
                id: shared-base
                catalog: iec-62443-2-4@2023
                defaultMaturity: ML3
                include: [SP.01.01 BR]
                """);
        GenerateResult again = generate(request);

        assertThat(again.upToDate()).isFalse();
        assertThat(request.outputDir().resolve("handbook.adoc")).content().contains("ML3");
    }

    @Test
    void should_render_again_when_the_configuration_changes() {
        generate(request);

        assertThat(generate(new GenerateRequest(
                                base,
                                program.programDir(),
                                request.outputDir(),
                                Set.of(OutputFormat.ADOC),
                                Optional.empty(),
                                Optional.of(Period.ofMonths(6))))
                        .upToDate())
                .as("evidence age")
                .isFalse();
        assertThat(generate(new GenerateRequest(
                                base,
                                program.programDir(),
                                request.outputDir(),
                                Optional.of(Period.ofMonths(6)),
                                new DocumentOptions(
                                        Set.of(OutputFormat.ADOC),
                                        Optional.empty(),
                                        Branding.NONE,
                                        Optional.of(Instant.EPOCH))))
                        .upToDate())
                .as("PDF date")
                .isFalse();
        assertThat(generate(request).upToDate())
                .as("back to the first configuration")
                .isFalse();
        assertThat(generate(request).upToDate()).isTrue();
    }

    @Test
    void should_render_again_when_a_template_override_changes() {
        Path templates = base.resolve("src/templates");
        Fixtures.write(templates, "handbook.adoc.ftl", "= ${handbook.document.title}\n\nFirst.\n");
        GenerateRequest withTemplates = new GenerateRequest(
                base,
                program.programDir(),
                request.outputDir(),
                Set.of(OutputFormat.ADOC),
                Optional.of(templates),
                Optional.empty());
        generate(withTemplates);
        assertThat(generate(withTemplates).upToDate()).isTrue();

        Fixtures.write(templates, "handbook.adoc.ftl", "= ${handbook.document.title}\n\nSecond.\n");

        assertThat(generate(withTemplates).upToDate()).isFalse();
        assertThat(request.outputDir().resolve("handbook.adoc")).content().contains("Second.");
    }

    @Test
    void should_report_a_missing_template_folder_with_the_programs_problems_and_write_nothing() {
        Fixtures.write(
                program.programDir(),
                "statements/sp01.yaml",
                STATEMENTS.replace("status: implemented", "status: done"));
        GenerateRequest withTemplates = new GenerateRequest(
                base,
                program.programDir(),
                request.outputDir(),
                Set.of(OutputFormat.ADOC),
                Optional.of(base.resolve("src/tempaltes")),
                Optional.empty());

        assertThatThrownBy(() -> generate(withTemplates))
                .isInstanceOfSatisfying(
                        GeneratorException.class,
                        e -> assertThat(e.diagnostics())
                                .extracting(d -> d.rule().code() + " " + d.at().file())
                                .contains(
                                        "PB-BRANDING-FILE src/tempaltes",
                                        "PB-VALUE-INVALID src/programbook/statements/sp01.yaml"));
        assertThat(request.outputDir().resolve("handbook.adoc")).doesNotExist();
    }

    @Test
    void should_render_again_when_an_output_was_deleted_or_edited() throws IOException {
        generate(request);
        Path handbook = request.outputDir().resolve("handbook.adoc");

        Files.writeString(handbook, "edited by hand");
        assertThat(generate(request).upToDate()).as("edited output").isFalse();
        assertThat(handbook).content().startsWith("= Test program");

        Files.delete(handbook);
        assertThat(generate(request).upToDate()).as("deleted output").isFalse();
        assertThat(handbook).exists();
    }

    @Test
    void should_forget_the_last_run_when_a_run_fails_so_that_the_fix_renders_again() {
        generate(request);
        Fixtures.write(
                program.programDir(),
                "statements/sp01.yaml",
                STATEMENTS.replace("status: implemented", "status: done"));

        assertThatThrownBy(() -> generate(request)).isInstanceOf(GeneratorException.class);
        assertThat(request.outputDir().resolve(BuildState.FILE)).doesNotExist();
        assertThat(request.outputDir().resolve("handbook.adoc")).doesNotExist();

        Fixtures.write(program.programDir(), "statements/sp01.yaml", STATEMENTS);
        assertThat(generate(request).upToDate()).isFalse();
        assertThat(generate(request).upToDate()).isTrue();
    }

    @Test
    void should_repeat_the_last_runs_warnings_when_up_to_date() {
        program.procedure("unused", "= Unused procedure\n\nNothing names it.\n").write();
        GenerateResult first = generate(request);

        GenerateResult second = generate(request);

        assertThat(second.upToDate()).isTrue();
        assertThat(second.warnings()).isEqualTo(first.warnings());
    }

    @Test
    void should_not_start_a_converter_when_up_to_date() {
        int[] converters = {0};
        Generator counting = new Programbook(() -> {
            converters[0]++;
            throw new IllegalStateException("an AsciiDoc-only run must not need a converter");
        });
        counting.generate(request);
        GenerateRequest html = request.withFormats(Set.of(OutputFormat.HTML));
        // the first HTML run needs one: fail it, then make the state as if it had succeeded
        assertThatThrownBy(() -> counting.generate(html)).isInstanceOf(IllegalStateException.class);
        assertThat(converters[0]).isEqualTo(1);

        generate(html);
        GenerateResult upToDate = counting.generate(html);

        assertThat(upToDate.upToDate()).isTrue();
        assertThat(converters[0]).as("converters made by the up-to-date run").isEqualTo(1);
    }
}
