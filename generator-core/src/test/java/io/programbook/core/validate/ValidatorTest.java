package io.programbook.core.validate;

import static io.programbook.core.testutil.Fixtures.lines;
import static io.programbook.core.testutil.Fixtures.statement;
import static io.programbook.core.testutil.Fixtures.statements;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.programbook.core.diag.Diagnostic;
import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.Rule;
import io.programbook.core.diag.Severity;
import io.programbook.core.diag.SourcePosition;
import io.programbook.core.testutil.Fixtures;
import io.programbook.core.testutil.ProgramBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per rule the {@link Validator} checks, asserting the rendered finding. The program
 * follows the 2023 catalogue with SP.01.01 BR, SP.01.01 RE(1) and SP.01.02 BR in scope.
 */
class ValidatorTest {

    private static final String FILE = "src/programbook/statements/a.yaml";
    private static final String[] VALID = {"status: implemented", "maturity: ML2", "owner: security-lead"};

    @TempDir
    Path base;

    private ProgramBuilder program() {
        return Fixtures.program(base);
    }

    private static String[] valid(String... more) {
        String[] fields = new String[VALID.length + more.length];
        System.arraycopy(VALID, 0, fields, 0, VALID.length);
        System.arraycopy(more, 0, fields, VALID.length, more.length);
        return fields;
    }

    private static List<String> rendered(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(Diagnostic::render).toList();
    }

    @Test
    void should_accept_a_valid_program() {
        // given
        ProgramBuilder builder = program()
                .statements(
                        "a.yaml",
                        statements(
                                statement(
                                        "SP.01.01 BR",
                                        valid(
                                                "procedures: [onboarding]",
                                                "evidence:",
                                                "  - file: evidence/training.csv",
                                                "    title: Training",
                                                "    date: 2026-02-14")),
                                statement(
                                        "SP.01.02 BR",
                                        "status: not-applicable",
                                        "owner: service-manager",
                                        "justification: We bring no staff to asset-owner sites.")))
                .procedure(
                        "onboarding",
                        "= Onboarding\n:pb-satisfies: SP.01.01 BR\n:pb-owner: security-lead\n\nSee req:[SP.01.01 RE(1)].\n")
                .file("evidence/training.csv", "name,date\n");

        // when
        List<Diagnostic> findings = builder.run().validate();

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void should_report_a_statement_for_an_item_the_catalogue_lacks_with_a_suggestion() {
        // when
        List<Diagnostic> findings = program()
                .statements("a.yaml", statements(statement("SP.01.90 BR", VALID)))
                .run()
                .validate();

        // then
        assertThat(rendered(findings))
                .containsExactly(lines(
                        FILE
                                + ":2:5: error [PB-ITEM-UNKNOWN] statement names item 'SP.01.90 BR', which iec-62443-2-4@2023 does not have",
                        "  hint: did you mean 'SP.01.01 BR'? SP.01 has SP.01.01 BR to SP.01.07 BR"));
    }

    @Test
    void should_report_a_duplicate_statement_naming_the_first() {
        // given
        ProgramBuilder builder = program()
                .statements("a.yaml", statements(statement("SP.01.01 BR", VALID)))
                .statements("b.yaml", statements(statement("SP.01.02 BR", VALID), statement("SP.01.01 BR", VALID)));

        // when
        List<Diagnostic> findings = builder.run().validate();

        // then
        assertThat(rendered(findings))
                .containsExactly(lines(
                        "src/programbook/statements/b.yaml:6:5: error [PB-STATEMENT-DUPLICATE] second statement for SP.01.01 BR"
                                + " (first at " + FILE + ":2:5)",
                        "  hint: keep one statement per requirement item"));
    }

    @Test
    void should_report_an_unknown_owner_role_with_a_suggestion() {
        // when
        List<Diagnostic> findings = program()
                .statements(
                        "a.yaml",
                        statements(statement(
                                "SP.01.01 BR", "status: implemented", "maturity: ML2", "owner: security-led")))
                .run()
                .validate();

        // then
        assertThat(rendered(findings))
                .containsExactly(lines(
                        FILE + ":5:5: error [PB-ROLE-UNKNOWN] unknown role 'security-led'",
                        "  hint: did you mean 'security-lead'? declared roles: security-lead, service-manager"));
    }

    @Test
    void should_list_the_declared_roles_when_none_is_near() {
        // when
        List<Diagnostic> findings = program()
                .statements(
                        "a.yaml",
                        statements(statement("SP.01.01 BR", "status: implemented", "maturity: ML2", "owner: ciso")))
                .run()
                .validate();

        // then
        assertThat(findings)
                .singleElement()
                .extracting(Diagnostic::hint)
                .isEqualTo("declared roles: security-lead, service-manager");
    }

    @Test
    void should_report_an_unknown_procedure_with_a_suggestion() {
        // given
        ProgramBuilder builder = program()
                .statements(
                        "a.yaml",
                        statements(statement("SP.01.01 BR", valid("procedures: [onboarding, staff-onbording]"))))
                .procedure("staff-onboarding", "= Staff onboarding\n:pb-satisfies: SP.01.01 BR\n");

        // when
        List<Diagnostic> findings = builder.run().validate();

        // then
        assertThat(rendered(findings))
                .containsExactly(
                        lines(
                                FILE + ":6:18: error [PB-PROCEDURE-UNKNOWN] unknown procedure 'onboarding'",
                                "  hint: procedures are the .adoc files of procedures/, named without the extension"),
                        lines(
                                FILE + ":6:30: error [PB-PROCEDURE-UNKNOWN] unknown procedure 'staff-onbording'",
                                "  hint: did you mean 'staff-onboarding'?"));
    }

    @Test
    void should_require_a_justification_for_not_applicable() {
        // when
        List<Diagnostic> findings = program()
                .statements(
                        "a.yaml",
                        statements(statement("SP.01.01 BR", "status: not-applicable", "owner: security-lead")))
                .run()
                .validate();

        // then
        assertThat(rendered(findings))
                .containsExactly(lines(
                        FILE
                                + ":3:5: error [PB-JUSTIFICATION-MISSING] statement for SP.01.01 BR is not-applicable without a justification",
                        "  hint: add a 'justification:' saying why the item does not apply"));
    }

    @Test
    void should_report_an_unknown_claimed_maturity_level() {
        // when
        List<Diagnostic> findings = program()
                .statements(
                        "a.yaml",
                        statements(statement(
                                "SP.01.01 BR", "status: implemented", "maturity: ML5", "owner: security-lead")))
                .run()
                .validate();

        // then
        assertThat(rendered(findings))
                .containsExactly(lines(
                        FILE + ":4:5: error [PB-MATURITY-UNKNOWN] unknown maturity level 'ML5'",
                        "  hint: use one of: ML1, ML2, ML3, ML4"));
    }

    @Test
    void should_reject_evidence_paths_that_leave_the_program_folder() {
        // given
        ProgramBuilder builder = program()
                .statements(
                        "a.yaml",
                        statements(statement(
                                "SP.01.01 BR",
                                valid(
                                        "evidence:",
                                        "  - file: ../../secret.txt",
                                        "    title: Up",
                                        "  - file: /etc/passwd",
                                        "    title: Absolute",
                                        "  - file: evidence/../../program.yaml",
                                        "    title: Sneaky",
                                        "  - file: evidence/../program.yaml",
                                        "    title: Inside"))));

        // when
        List<Diagnostic> findings = builder.run().validate();

        // then
        String hint = "  hint: keep evidence and documents inside the program folder and name them by a relative path";
        assertThat(rendered(findings))
                .containsExactly(
                        lines(
                                FILE
                                        + ":7:9: error [PB-PATH-OUTSIDE] evidence path '../../secret.txt' leaves the program folder",
                                hint),
                        lines(
                                FILE
                                        + ":9:9: error [PB-PATH-OUTSIDE] evidence path '/etc/passwd' leaves the program folder",
                                hint),
                        lines(
                                FILE
                                        + ":11:9: error [PB-PATH-OUTSIDE] evidence path 'evidence/../../program.yaml' leaves the program folder",
                                hint));
    }

    @Test
    void should_warn_at_the_entry_of_an_evidence_file_that_does_not_exist() {
        // given: the second entry names a file nobody added
        ProgramBuilder builder = program()
                .file("evidence/present.csv", "x\n")
                .statements(
                        "a.yaml",
                        statements(statement(
                                "SP.01.01 BR",
                                valid(
                                        "evidence:",
                                        "  - file: evidence/present.csv",
                                        "    title: Present",
                                        "  - file: evidence/absent.pdf",
                                        "    title: Absent",
                                        "  - url: https://example.com/record",
                                        "    title: Online"))));

        // when
        List<Diagnostic> findings = builder.run().validate();

        // then
        assertThat(rendered(findings))
                .containsExactly(lines(
                        FILE + ":9:9: warning [PB-EVIDENCE-MISSING] evidence file 'evidence/absent.pdf' does not exist",
                        "  hint: add the file to the program folder at that path (evidence paths are relative to the program"
                                + " folder), or correct the path"));
    }

    @Test
    void should_reject_a_symbolic_link_that_leads_outside_the_program_folder() throws IOException {
        // given
        ProgramBuilder builder = program()
                .statements(
                        "a.yaml",
                        statements(statement(
                                "SP.01.01 BR",
                                valid("evidence:", "  - file: evidence/link.csv", "    title: Linked"))));
        Path programDir = builder.write();
        Path secret = Fixtures.write(base, "outside/secret.csv", "secret\n");
        Files.createDirectories(programDir.resolve("evidence"));
        try {
            Files.createSymbolicLink(programDir.resolve("evidence/link.csv"), secret);
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("symbolic links are not available here: " + e);
        }

        // when
        List<Diagnostic> findings = builder.run().validate();

        // then
        assertThat(rendered(findings))
                .containsExactly(
                        lines(
                                FILE
                                        + ":7:9: error [PB-PATH-OUTSIDE] evidence path 'evidence/link.csv' is a link that leads outside the program folder",
                                "  hint: keep evidence and documents inside the program folder and name them by a relative path"));
    }

    @Test
    void should_only_warn_about_a_missing_evidence_file_which_the_trace_reports_as_a_gap() {
        // when
        List<Diagnostic> findings = program()
                .statements(
                        "a.yaml",
                        statements(statement(
                                "SP.01.01 BR",
                                valid("evidence:", "  - file: evidence/not-yet.csv", "    title: Later"))))
                .run()
                .validate();

        // then: no error, so validate and generate go on
        assertThat(findings)
                .extracting(Diagnostic::rule, Diagnostic::severity)
                .containsExactly(tuple(Rule.EVIDENCE_MISSING, Severity.WARNING));
    }

    @Test
    void should_warn_about_a_statement_for_an_excluded_item() {
        // given
        ProgramBuilder builder =
                program().profileYaml("""
                        id: test-profile
                        catalog: iec-62443-2-4@2023
                        defaultMaturity: ML2
                        exclude:
                          - select: SP.04
                            rationale: No wireless.
                        """).statements("a.yaml", statements(statement("SP.04.01 BR", VALID)));

        // when
        List<Diagnostic> findings = builder.run().validate();

        // then
        assertThat(rendered(findings))
                .containsExactly(lines(
                        FILE
                                + ":2:5: warning [PB-STATEMENT-OUT-OF-SCOPE] statement for SP.04.01 BR, which the profile excludes"
                                + " ('exclude SP.04' at src/programbook/profile.yaml:5:5)",
                        "  hint: remove the statement, or include the item in the profile if it does apply"));
    }

    @Test
    void should_say_that_the_newer_edition_adds_an_item_the_program_s_edition_lacks() {
        // given: a program on the first edition with a statement for the enhancement 2023 added
        ProgramBuilder builder = program()
                .programYaml(
                        ProgramBuilder.DEFAULT_PROGRAM.replace("iec-62443-2-4@2023", "iec-62443-2-4@2015+AMD1:2017"))
                .profileYaml(
                        ProgramBuilder.DEFAULT_PROFILE.replace("iec-62443-2-4@2023", "iec-62443-2-4@2015+AMD1:2017"))
                .statements("a.yaml", statements(statement("SP.11.02 RE(2)", VALID)));

        // when
        List<Diagnostic> findings = builder.run().validate();

        // then
        assertThat(rendered(findings))
                .containsExactly(lines(
                        FILE + ":2:5: error [PB-ITEM-UNKNOWN] statement names item 'SP.11.02 RE(2)', which"
                                + " iec-62443-2-4@2015+AMD1:2017 does not have",
                        "  hint: SP.11.02 RE(2) is new in iec-62443-2-4@2023 (the edition mapping lists it as added):"
                                + " remove it, or move the program to iec-62443-2-4@2023 (set 'catalog:' in"
                                + " program.yaml)"));
    }

    @Test
    void should_give_one_finding_listing_the_statements_one_exclusion_catches() {
        // given: SP.04 catches three statements, SP.05.01 BR one of its own
        ProgramBuilder builder = program()
                .profileYaml("""
                        id: test-profile
                        catalog: iec-62443-2-4@2023
                        defaultMaturity: ML2
                        exclude:
                          - select: SP.04
                            rationale: No wireless.
                          - select: SP.05.01 BR
                            rationale: No SIS.
                        """)
                .statements(
                        "a.yaml",
                        statements(
                                statement("SP.04.02 BR", VALID),
                                statement("SP.05.01 BR", VALID),
                                statement("SP.04.01 BR", VALID)))
                .statements("b.yaml", statements(statement("SP.04.03 BR", VALID)));

        // when
        List<Diagnostic> findings = builder.run().validate();

        // then
        assertThat(rendered(findings))
                .containsExactly(
                        lines(
                                FILE
                                        + ":2:5: warning [PB-STATEMENT-OUT-OF-SCOPE] 3 statements for items that the profile"
                                        + " excludes by one rule ('exclude SP.04' at src/programbook/profile.yaml:5:5):"
                                        + " SP.04.02 BR (" + FILE + ":2:5), SP.04.01 BR (" + FILE
                                        + ":10:5), SP.04.03 BR"
                                        + " (src/programbook/statements/b.yaml:2:5)",
                                "  hint: remove the statements, or include their items in the profile if they do apply"),
                        lines(
                                FILE + ":6:5: warning [PB-STATEMENT-OUT-OF-SCOPE] statement for SP.05.01 BR, which the"
                                        + " profile excludes ('exclude SP.05.01 BR' at src/programbook/profile.yaml:7:5)",
                                "  hint: remove the statement, or include the item in the profile if it does apply"));
    }

    @Test
    void should_report_unknown_items_a_procedure_declares_or_links_to_with_their_positions() {
        // given
        ProgramBuilder builder = program().procedure("onboarding", """
                = Onboarding
                :pb-satisfies: SP.01.01 BR, SP.01.99 BR

                Staff are briefed (req:[SP.01.01 BR]) before they see req:[SP.13.01 BR].
                """);

        // when
        List<Diagnostic> findings = builder.run().validate();

        // then
        String file = "src/programbook/procedures/onboarding.adoc";
        assertThat(rendered(findings))
                .containsExactly(
                        lines(
                                file
                                        + ":2:29: error [PB-ITEM-UNKNOWN] procedure 'onboarding' declares item 'SP.01.99 BR', which"
                                        + " iec-62443-2-4@2023 does not have",
                                "  hint: did you mean 'SP.01.01 BR'? SP.01 has SP.01.01 BR to SP.01.07 BR"),
                        lines(
                                file
                                        + ":4:60: error [PB-ITEM-UNKNOWN] procedure 'onboarding' links to item 'SP.13.01 BR', which"
                                        + " iec-62443-2-4@2023 does not have",
                                "  hint: iec-62443-2-4@2023 has no functional area SP.13; its areas are SP.01 to SP.12"));
    }

    @Test
    void should_check_only_the_links_the_handbook_renders_in_a_statement_text_at_the_id() {
        // given: links in a listing, a fenced block, a comment, an inline passthrough and escaped are text
        ProgramBuilder builder = program()
                .statements(
                        "a.yaml",
                        statements(
                                statement(
                                        "SP.01.01 BR",
                                        valid(
                                                "text: |",
                                                "  Write a link like this:",
                                                "  ----",
                                                "  req:[SP.13.01 BR]",
                                                "  ----",
                                                "  ```yaml",
                                                "  text: req:[SP.13.02 BR]",
                                                "  ```",
                                                "  // req:[SP.13.03 BR] is a comment",
                                                "  Type +req:[SP.13.04 BR]+ or \\req:[SP.13.05 BR]; req:[SP.01.02 BR] and req:[ SP.01.99 BR ]."))));

        // when
        List<Diagnostic> findings = builder.run().validate();

        // then
        assertThat(rendered(findings))
                .containsExactly(lines(
                        FILE + ":15:83: error [PB-ITEM-UNKNOWN] statement text links to item 'SP.01.99 BR', which"
                                + " iec-62443-2-4@2023 does not have",
                        "  hint: did you mean 'SP.01.01 BR'? SP.01 has SP.01.01 BR to SP.01.07 BR"));
    }

    @Test
    void should_check_only_the_links_the_handbook_renders_in_a_procedure() {
        // given
        ProgramBuilder builder = program().procedure("onboarding", """
                = Onboarding
                :pb-satisfies: SP.01.01 BR

                [source,asciidoc]
                ----
                See req:[SP.13.01 BR].
                ----
                 An indented literal paragraph req:[SP.13.02 BR]
                stays literal.

                Type \\req:[SP.13.03 BR] for req:[SP.01.02 BR], req:[SP.13.04 BR].
                """);

        // when
        List<Diagnostic> findings = builder.run().validate();

        // then
        assertThat(findings)
                .extracting(d -> d.at() + " " + d.message())
                .containsExactly(
                        "src/programbook/procedures/onboarding.adoc:11:53 procedure 'onboarding' links to item 'SP.13.04 BR',"
                                + " which iec-62443-2-4@2023 does not have");
    }

    @Test
    void should_warn_about_a_link_to_an_item_the_profile_excludes_naming_the_rule() {
        // given
        ProgramBuilder builder = program()
                .statements(
                        "a.yaml",
                        statements(statement(
                                "SP.01.01 BR", valid("text: Wireless is out of scope, see req:[SP.04.01 BR]."))))
                .procedure("onboarding", "= Onboarding\n\nNo wireless (req:[SP.04.02 RE(1)]).\n");

        // when
        List<Diagnostic> findings = builder.run().validate();

        // then
        String hint =
                "  hint: the handbook links it to the item's row under 'Excluded items'; if the text relies on the"
                        + " item, include it in the profile, otherwise reword the text or write the id without req:[…]";
        assertThat(rendered(findings))
                .containsExactly(
                        lines(
                                "src/programbook/procedures/onboarding.adoc:3:19: warning [PB-LINK-EXCLUDED] procedure 'onboarding'"
                                        + " links to SP.04.02 RE(1), which the profile excludes ('include (not selected)' at"
                                        + " src/programbook/profile.yaml:4:1)",
                                hint),
                        lines(
                                FILE
                                        + ":6:46: warning [PB-LINK-EXCLUDED] statement text links to SP.04.01 BR, which the profile"
                                        + " excludes ('include (not selected)' at src/programbook/profile.yaml:4:1)",
                                hint));
    }

    @Test
    void should_check_links_in_a_justification_and_warn_about_links_in_plain_text_fields() {
        // given
        ProgramBuilder builder = program()
                .statements(
                        "a.yaml",
                        statements(
                                statement(
                                        "SP.01.02 BR",
                                        "status: not-applicable",
                                        "owner: service-manager",
                                        "justification: Covered by req:[SP.01.01 BR] and req:[SP.01.98 BR] instead."),
                                statement(
                                        "SP.01.01 BR",
                                        valid(
                                                "evidence:",
                                                "  - url: https://intranet.example/a",
                                                "    title: Records for req:[SP.01.01 BR]",
                                                "verification:",
                                                "  - by: Audit",
                                                "    date: 2026-05-10",
                                                "    result: pass",
                                                "    note: Checked with \\req:[SP.01.02 BR] and req:[SP.01.02 BR]."))));

        // when
        List<Diagnostic> findings = builder.run().validate();

        // then
        String hint = "  hint: links work in a statement's text and justification, the program's scope and procedures:"
                + " write the link there, or the item id without req:[…]";
        assertThat(rendered(findings))
                .containsExactly(
                        lines(
                                FILE + ":5:58: error [PB-ITEM-UNKNOWN] justification links to item 'SP.01.98 BR', which"
                                        + " iec-62443-2-4@2023 does not have",
                                "  hint: did you mean 'SP.01.01 BR'? SP.01 has SP.01.01 BR to SP.01.07 BR"),
                        lines(
                                FILE
                                        + ":12:28: warning [PB-LINK-PLAIN-TEXT] evidence title is plain text: 'req:[SP.01.01 BR]'"
                                        + " is shown as written, not as a link",
                                hint),
                        lines(
                                FILE + ":17:51: warning [PB-LINK-PLAIN-TEXT] verification note is plain text:"
                                        + " 'req:[SP.01.02 BR]' is shown as written, not as a link",
                                hint));
    }

    @Test
    void should_report_an_unknown_procedure_owner() {
        // when
        List<Diagnostic> findings = program()
                .procedure("onboarding", "= Onboarding\n:pb-owner: securitylead\n")
                .run()
                .validate();

        // then
        assertThat(rendered(findings))
                .containsExactly(lines(
                        "src/programbook/procedures/onboarding.adoc:2:12: error [PB-ROLE-UNKNOWN] unknown role 'securitylead'",
                        "  hint: did you mean 'security-lead'? declared roles: security-lead, service-manager"));
    }

    @Test
    void should_report_a_duplicate_role_id() {
        // when
        List<Diagnostic> findings = program()
                .programYaml(ProgramBuilder.DEFAULT_PROGRAM + "  - id: security-lead\n    name: Deputy security lead\n")
                .run()
                .validate();

        // then
        assertThat(rendered(findings))
                .containsExactly(lines(
                        "src/programbook/program.yaml:14:5: error [PB-ID-DUPLICATE] duplicate role id 'security-lead'"
                                + " (first at src/programbook/program.yaml:10:5)",
                        "  hint: keep one of them; ids must be unique"));
    }

    @Test
    void should_report_every_finding_of_a_statement_not_only_the_first() {
        // when
        List<Diagnostic> findings = program()
                .statements(
                        "a.yaml",
                        statements(statement(
                                "SP.01.01 BR",
                                "status: not-applicable",
                                "maturity: ML7",
                                "owner: nobody",
                                "procedures: [none]")))
                .run()
                .validate();

        // then
        assertThat(findings)
                .extracting(d -> d.at() + " " + d.rule().code())
                .containsExactly(
                        FILE + ":3:5 PB-JUSTIFICATION-MISSING",
                        FILE + ":4:5 PB-MATURITY-UNKNOWN",
                        FILE + ":5:5 PB-ROLE-UNKNOWN",
                        FILE + ":6:18 PB-PROCEDURE-UNKNOWN");
    }

    @Test
    void should_check_paths_against_the_program_folder_itself() {
        // given
        Path programDir = base.resolve("program");
        Diagnostics diagnostics = new Diagnostics();

        // when
        Validator.checkInside(
                programDir, "../program-old/evidence.csv", SourcePosition.of("a.yaml", 1, 1), diagnostics);
        Validator.checkInside(programDir, "evidence/../evidence.csv", SourcePosition.of("a.yaml", 2, 1), diagnostics);

        // then: a sibling folder whose name starts with the program folder's name is still outside
        assertThat(diagnostics.all())
                .extracting(Diagnostic::headline)
                .containsExactly(
                        "a.yaml:1:1: error [PB-PATH-OUTSIDE] evidence path '../program-old/evidence.csv' leaves the program folder");
    }
}
