package io.programbook.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.programbook.core.api.DiffRequest;
import io.programbook.core.api.GenerateRequest;
import io.programbook.core.api.OutputFormat;
import io.programbook.core.api.ValidateRequest;
import io.programbook.core.diag.Diagnostic;
import io.programbook.core.diag.GeneratorException;
import io.programbook.core.testutil.Fixtures;
import io.programbook.core.testutil.ProgramBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One rule for outputs after a failure, whichever goal fails and however: nothing an earlier run
 * wrote that would now be stale stays (documents, changes, build state), the staging folder never
 * outlives a run, and an output folder that cannot be written is a finding before anything is
 * rendered.
 */
class FailedRunTest {

    private static final String STATEMENTS = """
            statements:
              - item: SP.01.01 BR
                status: implemented
                maturity: ML2
                owner: security-lead
                text: Staff are briefed.
            """;

    @TempDir
    Path base;

    private ProgramBuilder program;
    private Path out;
    private GenerateRequest adoc;

    @BeforeEach
    void writeProgram() {
        program = Fixtures.program(base).statements("sp01.yaml", STATEMENTS);
        program.write();
        out = base.resolve("target/programbook");
        adoc = new GenerateRequest(
                base, program.programDir(), out, Set.of(OutputFormat.ADOC), Optional.empty(), Optional.empty());
    }

    /** An earlier successful generate, and the changes of an earlier diff, in the output folder. */
    private void earlierOutputs() {
        new Programbook().generate(adoc);
        Fixtures.write(out, "changes.adoc", "written by an earlier diff\n");
        assertThat(out.resolve("handbook.adoc")).exists();
        assertThat(out.resolve(BuildState.FILE)).exists();
    }

    private void breakProgram() {
        program.statements("sp01.yaml", STATEMENTS.replace("implemented", "implemnted"))
                .write();
    }

    private List<String> leftInOutputFolder() throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private void assertNoStaging() {
        assertThat(OutputWriter.staging(out)).doesNotExist();
    }

    @Test
    void should_remove_the_earlier_documents_and_build_state_when_validate_fails() throws IOException {
        // given what generate and diff wrote, then a mistake in the program
        earlierOutputs();
        breakProgram();

        // when validate (bound before generate, as the README recommends) fails
        assertThatThrownBy(() -> new Programbook()
                        .validate(new ValidateRequest(base, program.programDir(), Optional.of(out), false)))
                .isInstanceOf(GeneratorException.class);

        // then only the report with the findings is left
        assertThat(leftInOutputFolder()).containsExactly(ValidateRequest.REPORT_FILE);
        assertThat(Files.readString(out.resolve(ValidateRequest.REPORT_FILE))).contains("PB-VALUE-INVALID");
    }

    @Test
    void should_remove_the_earlier_documents_when_validate_fails_on_a_warning() throws IOException {
        earlierOutputs();
        // evidence dated after the program's date is a warning
        program.statements("sp01.yaml", STATEMENTS + """
                    evidence:
                      - url: https://intranet.example/briefings
                        title: Briefings
                        date: 2027-01-01
                """).write();

        assertThatThrownBy(() -> new Programbook()
                        .validate(new ValidateRequest(base, program.programDir(), Optional.of(out), true)))
                .isInstanceOf(GeneratorException.class);

        assertThat(leftInOutputFolder()).containsExactly(ValidateRequest.REPORT_FILE);
    }

    @Test
    void should_keep_the_earlier_documents_when_validate_passes() {
        earlierOutputs();

        new Programbook().validate(new ValidateRequest(base, program.programDir(), Optional.of(out), false));

        assertThat(out.resolve("handbook.adoc")).exists();
        assertThat(out.resolve(BuildState.FILE)).exists();
    }

    @Test
    void should_remove_every_earlier_output_when_generate_fails_on_the_input() throws IOException {
        earlierOutputs();
        breakProgram();

        assertThatThrownBy(() -> new Programbook().generate(adoc)).isInstanceOf(GeneratorException.class);

        assertThat(leftInOutputFolder()).containsExactly(ValidateRequest.REPORT_FILE);
        assertNoStaging();
    }

    @Test
    void should_remove_every_earlier_output_when_generate_fails_with_an_unexpected_exception() throws IOException {
        // given
        earlierOutputs();
        Programbook failing = new Programbook(() -> {
            throw new IllegalStateException("the converter cannot start");
        });

        // when
        assertThatThrownBy(() -> failing.generate(adoc.withFormats(Set.of(OutputFormat.HTML))))
                .isInstanceOf(IllegalStateException.class);

        // then
        assertThat(leftInOutputFolder()).isEmpty();
        assertNoStaging();
    }

    @Test
    void should_remove_every_earlier_output_when_generate_fails_with_an_error() throws IOException {
        earlierOutputs();
        Programbook failing = new Programbook(() -> {
            throw new StackOverflowError();
        });

        assertThatThrownBy(() -> failing.generate(adoc.withFormats(Set.of(OutputFormat.HTML))))
                .isInstanceOf(StackOverflowError.class);

        assertThat(leftInOutputFolder()).isEmpty();
        assertNoStaging();
    }

    @Test
    void should_remove_every_earlier_output_when_diff_fails() throws IOException {
        earlierOutputs();

        assertThatThrownBy(() -> new Programbook()
                        .diff(new DiffRequest(
                                base,
                                program.programDir(),
                                out,
                                Set.of(OutputFormat.ADOC),
                                Optional.of("iec-62443-2-4@2030"),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty())))
                .isInstanceOf(GeneratorException.class);

        assertThat(leftInOutputFolder()).isEmpty();
        assertNoStaging();
    }

    @Test
    void should_remove_a_staging_folder_a_killed_run_left() {
        earlierOutputs();
        Fixtures.write(OutputWriter.staging(out), "handbook.adoc", "half-written by a killed run\n");
        breakProgram();

        assertThatThrownBy(() -> new Programbook().generate(adoc)).isInstanceOf(GeneratorException.class);

        assertNoStaging();
    }

    @Test
    void should_report_a_file_where_the_output_folder_should_be_before_rendering_anything() throws IOException {
        // given a file named like the output folder
        Files.createDirectories(out.getParent());
        Files.writeString(out, "not a folder");
        int[] converters = {0};
        Programbook counting = new Programbook(() -> {
            converters[0]++;
            throw new IllegalStateException("no converter may start for a folder that cannot be written");
        });

        // when
        GeneratorException e = (GeneratorException)
                Assertions.catchThrowable(() -> counting.generate(adoc.withFormats(Set.of(OutputFormat.HTML))));

        // then
        assertThat(e.diagnostics()).hasSize(1);
        Diagnostic finding = e.diagnostics().get(0);
        assertThat(finding.rule().code()).isEqualTo("PB-OUTPUT-FOLDER");
        assertThat(finding.render())
                .startsWith("target/programbook: error [PB-OUTPUT-FOLDER] the output folder target/programbook is a"
                        + " file, not a folder; nothing was rendered")
                .contains("remove or rename target/programbook")
                .doesNotContain(base.toString());
        assertThat(converters[0]).as("converters started").isZero();
        assertThat(Files.readString(out)).isEqualTo("not a folder");
        assertThat(OutputWriter.staging(out)).doesNotExist();
    }

    @Test
    void should_report_a_file_in_the_way_of_the_output_folder_with_the_programs_problems() {
        Fixtures.write(base, "target", "a file where the build folder should be");
        breakProgram();

        GeneratorException e = (GeneratorException) Assertions.catchThrowable(() ->
                new Programbook().validate(new ValidateRequest(base, program.programDir(), Optional.of(out), false)));

        assertThat(e.diagnostics())
                .extracting(d -> d.rule().code())
                .containsExactlyInAnyOrder("PB-OUTPUT-FOLDER", "PB-VALUE-INVALID");
        assertThat(e.diagnostics())
                .filteredOn(d -> d.rule().code().equals("PB-OUTPUT-FOLDER"))
                .singleElement()
                .satisfies(d -> assertThat(d.message())
                        .isEqualTo("the output folder target/programbook cannot be created: target is a file, not a"
                                + " folder; nothing was rendered"));
    }

    @Test
    void should_report_a_read_only_output_folder_before_rendering_anything() throws IOException {
        assumeThat(System.getProperty("user.name"))
                .as("root writes into read-only folders")
                .isNotEqualTo("root");
        Files.createDirectories(out);
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            GeneratorException e =
                    (GeneratorException) Assertions.catchThrowable(() -> new Programbook().generate(adoc));

            assertThat(e.diagnostics()).singleElement().satisfies(d -> {
                assertThat(d.rule().code()).isEqualTo("PB-OUTPUT-FOLDER");
                assertThat(d.message()).startsWith("the output folder target/programbook is not writable");
            });
        } finally {
            Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
