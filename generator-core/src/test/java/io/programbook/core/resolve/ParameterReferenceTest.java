package io.programbook.core.resolve;

import static io.programbook.core.testutil.Fixtures.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.programbook.core.diag.Diagnostic;
import io.programbook.core.diag.Diagnostics;
import io.programbook.core.load.Located;
import io.programbook.core.model.Profile;
import io.programbook.core.testutil.Fixtures;
import io.programbook.core.testutil.ProgramBuilder;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Profile parameters: {@code {name}} in statement text, procedure bodies and the program's scope must
 * name a declared parameter or a built-in attribute; parameter names must be attribute names.
 */
class ParameterReferenceTest {

    static final String PROFILE = ProgramBuilder.DEFAULT_PROFILE + """
            parameters:
              review-interval-months: 12
              log-retention-days: 180
            """;

    @TempDir
    Path base;

    private ProgramBuilder program() {
        return Fixtures.program(base).profileYaml(PROFILE);
    }

    /** A statements file whose statement text is given, as YAML lines indented under 'text:'. */
    private static String statement(String textField) {
        return """
                statements:
                  - item: SP.01.01 BR
                    status: planned
                    owner: security-lead
                """ + textField;
    }

    private static List<String> check(ProgramBuilder builder) {
        ProgramBuilder.Run run = builder.run();
        Diagnostics diagnostics = new Diagnostics();
        new ParameterChecker().check(run.inputs(), run.profile(), diagnostics);
        return diagnostics.all().stream().map(Diagnostic::render).toList();
    }

    @Test
    void should_report_an_unknown_parameter_in_a_block_scalar_at_its_line_and_column_with_a_suggestion() {
        // given
        ProgramBuilder builder = program().statements("a.yaml", statement("""
                    text: |
                      Accounts are reviewed
                      every {review-intervall-months} months.
                """));

        // when / then
        assertThat(check(builder))
                .containsExactly(lines(
                        "src/programbook/statements/a.yaml:7:13: error [PB-PARAMETER-UNKNOWN] unknown parameter"
                                + " '{review-intervall-months}' in the statement for SP.01.01 BR",
                        "  hint: did you mean '{review-interval-months}'? Parameters the profile declares: log-retention-days,"
                                + " review-interval-months"));
    }

    @Test
    void should_find_each_occurrence_of_the_same_reference_in_plain_and_quoted_scalars() {
        // given: the second statement names the unknown parameter twice on one line
        ProgramBuilder builder = program().statements("a.yaml", statement("""
                    text: "Kept for {retention} days."
                  - item: SP.01.02 BR
                    status: planned
                    owner: security-lead
                    text: Kept for {retention} days, then {retention} more.
                """));

        // when
        List<String> findings = check(builder);

        // then
        assertThat(findings)
                .extracting(f -> f.lines().findFirst().orElseThrow())
                .containsExactly(
                        "src/programbook/statements/a.yaml:5:21: error [PB-PARAMETER-UNKNOWN] unknown parameter '{retention}' in"
                                + " the statement for SP.01.01 BR",
                        "src/programbook/statements/a.yaml:9:20: error [PB-PARAMETER-UNKNOWN] unknown parameter '{retention}' in"
                                + " the statement for SP.01.02 BR",
                        "src/programbook/statements/a.yaml:9:43: error [PB-PARAMETER-UNKNOWN] unknown parameter '{retention}' in"
                                + " the statement for SP.01.02 BR");
        assertThat(findings.get(0))
                .endsWith("  hint: declare 'retention' under 'parameters:' in src/programbook/profile.yaml,"
                        + " or write \\{retention} to show it as written; parameters the profile declares: log-retention-days,"
                        + " review-interval-months");
    }

    @Test
    void should_skip_a_comment_after_the_block_indicator_when_locating_a_reference() {
        // given
        ProgramBuilder builder = program().statements("a.yaml", statement("""
                    text: |  # mentions {retention} too
                      Kept for {retention} days.
                """));

        // when / then
        assertThat(check(builder))
                .singleElement()
                .asString()
                .startsWith("src/programbook/statements/a.yaml:6:16: error [PB-PARAMETER-UNKNOWN]");
    }

    @Test
    void should_report_an_unknown_parameter_in_a_procedure_body_at_its_line_and_column() {
        // given
        ProgramBuilder builder = program().procedure("logging", """
                // A made-up procedure
                = Logging
                :pb-owner: security-lead

                == Retention

                Logs are kept for {log-retention-day} days.
                """);

        // when / then
        assertThat(check(builder))
                .containsExactly(lines(
                        "src/programbook/procedures/logging.adoc:7:19: error [PB-PARAMETER-UNKNOWN] unknown parameter"
                                + " '{log-retention-day}' in procedure 'logging'",
                        "  hint: did you mean '{log-retention-days}'? Parameters the profile declares: log-retention-days,"
                                + " review-interval-months"));
    }

    @Test
    void should_explain_that_a_procedures_header_attribute_does_not_reach_the_handbook() {
        // given
        ProgramBuilder builder = program().procedure("logging", """
                = Logging
                :retention: 90

                Logs are kept for {retention} days.
                """);

        // when / then
        assertThat(check(builder))
                .containsExactly(lines(
                        "src/programbook/procedures/logging.adoc:4:19: error [PB-PARAMETER-UNKNOWN] unknown parameter"
                                + " '{retention}' in procedure 'logging'",
                        "  hint: ':retention:' in the procedure's header does not reach the handbook: declare 'retention' under"
                                + " 'parameters:' in src/programbook/profile.yaml instead"));
    }

    @Test
    void should_accept_declared_built_in_escaped_verbatim_and_locally_defined_references() {
        // given
        ProgramBuilder builder = program()
                .procedure("logging", """
                = Logging

                Reviewed every {Review-Interval-Months} months{nbsp}by the lead; see {pb-profile}.
                Write \\{braces} to show them, or `+{braces}+`, or +{braces}+, or pass:[{braces}].
                // A comment may mention {anything}.

                :site-name: Hamburg
                The site is {site-name}.

                ----
                { "json": "{example}" }
                ----

                ....
                {literal}
                ....
                """)
                .statements("a.yaml", statement("""
                    text: |
                      Logs are kept for {log-retention-days} days{sp}in the vault.
                """))
                .programYaml(
                        ProgramBuilder.DEFAULT_PROGRAM + "scope: Reviewed every {review-interval-months} months.\n");

        // when / then
        assertThat(check(builder)).isEmpty();
    }

    @Test
    void should_accept_references_in_literal_paragraphs_and_styled_source_paragraphs_which_asciidoctor_keeps() {
        // given
        ProgramBuilder builder = program().procedure("logging", """
                = Logging

                The job writes lines like these:

                  2026-01-01 {job-name} started
                  {job-name} finished

                [source,yaml]
                retention: {days}

                /// Three slashes are text: every {review-interval-months} months.
                """);

        // when / then
        assertThat(check(builder)).isEmpty();
    }

    @Test
    void should_report_an_unknown_parameter_in_a_listing_that_substitutes_attributes() {
        // given
        ProgramBuilder builder = program().procedure("logging", """
                = Logging

                [subs=attributes+]
                ----
                keep: {log-retention-day}
                ----
                """);

        // when
        List<String> found = check(builder);

        // then
        assertThat(found).hasSize(1);
        assertThat(found.get(0)).contains("procedures/logging.adoc:5:7: error").contains("'{log-retention-day}'");
    }

    @Test
    void should_report_an_unknown_parameter_in_the_programs_scope() {
        // given
        ProgramBuilder builder =
                program().programYaml(ProgramBuilder.DEFAULT_PROGRAM + "scope: |\n  Sites in {region}.\n");

        // when / then
        assertThat(check(builder))
                .singleElement()
                .asString()
                .startsWith(
                        "src/programbook/program.yaml:15:12: error [PB-PARAMETER-UNKNOWN] unknown parameter '{region}' in the"
                                + " program's scope");
    }

    @Test
    void should_report_a_parameter_name_that_is_no_attribute_name_with_a_suggestion() {
        // given
        Located<Profile> profile = Fixtures.profile(base, "p.yaml", """
                id: p
                catalog: iec-62443-2-4@2023
                defaultMaturity: ML2
                parameters:
                  Review Interval: 12
                  toc: left
                  backup.days: 30
                """);
        Diagnostics diagnostics = new Diagnostics();

        // when
        ResolvedProfile resolved =
                new ProfileResolver().resolve(Fixtures.program(base).load().catalog(), List.of(profile), diagnostics);

        // then
        assertThat(diagnostics.all())
                .extracting(Diagnostic::render)
                .containsExactly(
                        lines(
                                "p.yaml:5:3: error [PB-PARAMETER-NAME] invalid parameter name 'Review Interval'",
                                "  hint: did you mean 'review-interval'? name parameters in lower case: letters, digits, '-' and"
                                        + " '_', e.g. 'review-interval-months'"),
                        lines(
                                "p.yaml:6:3: error [PB-PARAMETER-NAME] parameter name 'toc' is an AsciiDoc attribute that the"
                                        + " documents use themselves",
                                "  hint: rename the parameter, e.g. 'org-toc'"),
                        lines(
                                "p.yaml:7:3: error [PB-PARAMETER-NAME] invalid parameter name 'backup.days'",
                                "  hint: did you mean 'backup-days'? name parameters in lower case: letters, digits, '-' and '_',"
                                        + " e.g. 'review-interval-months'"));
        assertThat(resolved.parameters()).isEmpty();
    }

    @Test
    void should_record_which_profile_set_each_parameter() {
        // given
        ProgramBuilder builder = Fixtures.program(base)
                .file(
                        "base.yaml",
                        "id: base\ncatalog: iec-62443-2-4@2023\ndefaultMaturity: ML2\n"
                                + "parameters:\n  review-interval-months: 12\n  log-retention-days: 90\n")
                .profileYaml(
                        "id: own\ncatalog: iec-62443-2-4@2023\nextends: [base.yaml]\nparameters:\n  log-retention-days: 180\n");

        // when
        ResolvedProfile resolved = builder.run().profile();

        // then
        assertThat(resolved.parameters())
                .containsExactly(entry("log-retention-days", "180"), entry("review-interval-months", "12"));
        assertThat(resolved.provenance().parameters().get("log-retention-days").at())
                .hasToString("src/programbook/profile.yaml:5:3");
        assertThat(resolved.provenance()
                        .parameters()
                        .get("review-interval-months")
                        .profile())
                .isEqualTo("base");
    }

    @Test
    void should_substitute_declared_parameters_for_outputs_outside_asciidoc() {
        // given
        ResolvedProfile resolved = program().run().profile();

        // when
        String text = resolved.substituteParameters(
                "Every {review-interval-months} months, \\{log-retention-days}, {other}.");

        // then
        // then: an escaped reference as Asciidoctor shows it, written without the backslash
        assertThat(text).isEqualTo("Every 12 months, {log-retention-days}, {other}.");
    }
}
