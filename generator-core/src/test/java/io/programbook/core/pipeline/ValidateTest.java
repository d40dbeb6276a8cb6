package io.programbook.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.programbook.core.api.GenerateRequest;
import io.programbook.core.api.Generator;
import io.programbook.core.api.OutputFormat;
import io.programbook.core.api.ValidateRequest;
import io.programbook.core.api.ValidateResult;
import io.programbook.core.diag.Diagnostic;
import io.programbook.core.diag.GeneratorException;
import io.programbook.core.testutil.Fixtures;
import io.programbook.core.testutil.ProgramBuilder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facade's validate call: what the validate goal runs and generate and check build on. */
class ValidateTest {

    private static final String STATEMENT = """
            statements:
              - item: SP.01.01 BR
                status: implemented
                maturity: ML2
                owner: security-lead
            """;

    @TempDir
    Path base;

    private final Generator generator = Generator.create();

    private ValidateRequest request(boolean failOnWarning) {
        return new ValidateRequest(
                base, base.resolve(ProgramBuilder.DIR), Optional.of(base.resolve("target/programbook")), failOnWarning);
    }

    private String report() throws Exception {
        return Files.readString(base.resolve("target/programbook/validation-report.json"), StandardCharsets.UTF_8);
    }

    @Test
    void should_return_the_validated_program_and_write_an_empty_report() throws Exception {
        // given
        Fixtures.program(base).statements("sp01.yaml", STATEMENT).write();

        // when
        ValidateResult validated = generator.validate(request(false));

        // then
        assertThat(validated.statements()).isEqualTo(1);
        assertThat(validated.inScope()).isEqualTo(3);
        assertThat(validated.report()).contains(base.resolve("target/programbook/validation-report.json"));
        assertThat(validated.warnings()).isEmpty();
        assertThat(report()).isEqualTo("""
                {
                  "version": 1,
                  "valid": true,
                  "errors": 0,
                  "warnings": 0,
                  "findings": [ ]
                }
                """);
    }

    @Test
    void should_throw_every_finding_and_write_them_all_to_the_report() throws Exception {
        // given
        Fixtures.program(base)
                .statements("a.yaml", STATEMENT.replace("implemented", "implemnted"))
                .statements(
                        "b.yaml",
                        STATEMENT.replace("security-lead", "securty-lead").replace("SP.01.01", "SP.01.02"))
                .write();

        // when
        GeneratorException e = catchThrowableOfType(GeneratorException.class, () -> generator.validate(request(false)));

        // then
        assertThat(e.diagnostics())
                .extracting(Diagnostic::headline)
                .containsExactly(
                        "src/programbook/statements/a.yaml:3:5: error [PB-VALUE-INVALID] 'implemnted' is not a valid status",
                        "src/programbook/statements/b.yaml:5:5: error [PB-ROLE-UNKNOWN] unknown role 'securty-lead'");
        assertThat(e.getMessage()).isEqualTo("2 errors in the program's input, see above");
        assertThat(report()).isEqualTo("""
                {
                  "version": 1,
                  "valid": false,
                  "errors": 2,
                  "warnings": 0,
                  "findings": [
                    {
                      "severity": "error",
                      "code": "PB-VALUE-INVALID",
                      "message": "'implemnted' is not a valid status",
                      "file": "src/programbook/statements/a.yaml",
                      "line": 3,
                      "column": 5,
                      "hint": "did you mean 'implemented'? Valid values: implemented, partial, planned, not-applicable"
                    },
                    {
                      "severity": "error",
                      "code": "PB-ROLE-UNKNOWN",
                      "message": "unknown role 'securty-lead'",
                      "file": "src/programbook/statements/b.yaml",
                      "line": 5,
                      "column": 5,
                      "hint": "did you mean 'security-lead'? declared roles: security-lead, service-manager"
                    }
                  ]
                }
                """);
    }

    @Test
    void should_pass_with_warnings_unless_warnings_fail_the_build() throws Exception {
        // given: evidence dated after the program's date is a warning
        Fixtures.program(base).statements("sp01.yaml", STATEMENT + """
                    evidence:
                      - url: https://intranet.example/briefings
                        title: Briefings
                        date: 2027-01-01
                """).write();

        // when
        ValidateResult lenient = generator.validate(request(false));
        GeneratorException strict =
                catchThrowableOfType(GeneratorException.class, () -> generator.validate(request(true)));

        // then
        assertThat(lenient.warnings()).extracting(d -> d.rule().code()).containsExactly("PB-DATE-AFTER-PROGRAM");
        assertThat(strict.getMessage())
                .isEqualTo("1 warning in the program's input, and warnings fail the build (failOnWarning), see above");
        assertThat(report()).contains("\"valid\": true", "\"warnings\": 1", "PB-DATE-AFTER-PROGRAM");
    }

    @Test
    void should_write_byte_identical_reports_for_the_same_input() throws Exception {
        // given
        Fixtures.program(base)
                .statements("a.yaml", STATEMENT.replace("ML2", "ML9"))
                .write();
        catchThrowableOfType(GeneratorException.class, () -> generator.validate(request(false)));
        String first = report();

        // when
        catchThrowableOfType(GeneratorException.class, () -> generator.validate(request(false)));

        // then
        assertThat(report()).isEqualTo(first).contains("PB-MATURITY-UNKNOWN");
        assertThat(base.resolve("target/programbook")).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void should_write_the_report_from_generate_too_and_leave_no_document_when_input_is_wrong() throws Exception {
        // given
        Fixtures.program(base)
                .statements("a.yaml", STATEMENT.replace("owner", "ownr"))
                .write();
        GenerateRequest generate = new GenerateRequest(
                base,
                base.resolve(ProgramBuilder.DIR),
                base.resolve("target/programbook"),
                Set.of(OutputFormat.ADOC),
                Optional.empty(),
                Optional.empty());

        // when
        catchThrowableOfType(GeneratorException.class, () -> generator.generate(generate));

        // then
        assertThat(report()).contains("\"valid\": false", "unknown field 'ownr' in statement");
        assertThat(base.resolve("target/programbook/handbook.adoc")).doesNotExist();
    }
}
