package io.programbook.core.load;

import static io.programbook.core.testutil.Fixtures.lines;
import static io.programbook.core.testutil.Fixtures.statement;
import static io.programbook.core.testutil.Fixtures.statements;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.programbook.core.diag.Diagnostic;
import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.GeneratorException;
import io.programbook.core.diag.SourcePosition;
import io.programbook.core.model.Evidence;
import io.programbook.core.model.ItemId;
import io.programbook.core.model.ItemRef;
import io.programbook.core.model.Procedure;
import io.programbook.core.model.Profile;
import io.programbook.core.model.Status;
import io.programbook.core.testutil.Fixtures;
import io.programbook.core.testutil.ProgramBuilder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class ProgramLoaderTest {

    private static final String STATEMENTS = "src/programbook/statements/";

    @TempDir
    Path base;

    private ProgramBuilder program() {
        return Fixtures.program(base);
    }

    private static List<String> rendered(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(Diagnostic::render).toList();
    }

    @Test
    void should_load_a_valid_program() {
        // given
        ProgramBuilder builder = program()
                .statements(
                        "sp01.yaml",
                        statements(statement(
                                "SP.01.01 BR", "status: implemented", "maturity: ML2", "owner: security-lead")));

        // when
        ProgramInputs inputs = builder.load();

        // then
        assertThat(inputs.programDir()).isEqualTo(builder.programDir());
        assertThat(inputs.catalog().reference()).isEqualTo("iec-62443-2-4@2023");
        assertThat(inputs.program().value().organisation().name()).isEqualTo("Test GmbH");
        assertThat(inputs.profile().value().id()).isEqualTo("test-profile");
        assertThat(inputs.statements()).singleElement().satisfies(s -> {
            assertThat(s.value().status()).isEqualTo(Status.IMPLEMENTED);
            assertThat(s.position("owner")).isEqualTo(SourcePosition.of(STATEMENTS + "sp01.yaml", 5, 5));
        });
        assertThat(inputs.files())
                .extracting(SourceFile::displayName)
                .containsExactly(
                        "src/programbook/program.yaml", STATEMENTS + "sp01.yaml", "src/programbook/profile.yaml");
    }

    @Test
    void should_report_a_missing_program_folder_relative_to_the_base_directory() {
        // when
        GeneratorException e = catchThrowableOfType(
                GeneratorException.class,
                () -> new ProgramLoader(new YamlReader())
                        .load(base, base.resolve("src/programbook"), new Diagnostics()));

        // then
        assertThat(rendered(e.diagnostics()))
                .containsExactly(lines(
                        "src/programbook: error [PB-FOLDER-MISSING] program folder does not exist",
                        "  hint: create the folder with a program.yaml (copy examples/nordwind-automation/src/programbook to start),"
                                + " or point <programDirectory> at it"));
    }

    @Test
    void should_report_a_missing_program_yaml() {
        // when
        List<Diagnostic> errors = program().without("program.yaml").loadErrors();

        // then
        assertThat(rendered(errors))
                .containsExactly(
                        lines(
                                "src/programbook/program.yaml: error [PB-FILE-MISSING] the program folder has no program.yaml",
                                "  hint: create program.yaml (see docs/formats.md), or copy examples/nordwind-automation/src/programbook"));
    }

    @Test
    void should_report_a_service_the_tool_does_not_know_at_its_position() {
        // when
        List<Diagnostic> errors = program()
                .programYaml(ProgramBuilder.DEFAULT_PROGRAM + "services: [integration, consulting]\n")
                .loadErrors();

        // then
        assertThat(rendered(errors))
                .singleElement()
                .asString()
                .startsWith("src/programbook/program.yaml:14:25: error [");
        assertThat(rendered(errors).get(0))
                .contains("consulting")
                .contains("integration")
                .contains("maintenance");
    }

    @Test
    void should_report_a_yaml_syntax_error_with_line_and_column() {
        // when
        List<Diagnostic> errors = program()
                .statements("a.yaml", "statements:\n  - item: SP.01.01 BR\n    status: \"implemented\n")
                .loadErrors();

        // then
        assertThat(rendered(errors))
                .containsExactly(
                        lines(
                                STATEMENTS
                                        + "a.yaml:3:11: error [PB-YAML-SYNTAX] YAML syntax error: while scanning a quoted scalar,"
                                        + " found unexpected end of stream",
                                "  hint: fix the YAML syntax at this position (indentation, a missing ':' or an unclosed quote)"));
    }

    @Test
    void should_report_an_unknown_field_with_a_did_you_mean_hint() {
        // when
        List<Diagnostic> errors = program()
                .statements(
                        "a.yaml",
                        statements(statement(
                                "SP.01.01 BR",
                                "status: implemented",
                                "maturity: ML2",
                                "owner: security-lead",
                                "txt: We brief staff.")))
                .loadErrors();

        // then
        assertThat(rendered(errors))
                .containsExactly(
                        lines(
                                STATEMENTS + "a.yaml:6:5: error [PB-FIELD-UNKNOWN] unknown field 'txt' in statement",
                                "  hint: did you mean 'text'? Valid fields here: action, assetOwner, components, customers, evidence, item,"
                                        + " justification, maturity, owner, procedures, reviewed, roles, status, text, verification"));
    }

    @Test
    void should_report_a_misspelt_required_field_as_unknown_rather_than_as_missing() {
        // when
        List<Diagnostic> errors = program()
                .statements(
                        "a.yaml",
                        statements(statement(
                                "SP.01.01 BR", "status: implemented", "maturity: ML2", "ownr: security-lead")))
                .loadErrors();

        // then
        assertThat(rendered(errors))
                .containsExactly(
                        lines(
                                STATEMENTS + "a.yaml:5:5: error [PB-FIELD-UNKNOWN] unknown field 'ownr' in statement",
                                "  hint: did you mean 'owner'? Valid fields here: action, assetOwner, components, customers, evidence, item,"
                                        + " justification, maturity, owner, procedures, reviewed, roles, status, text, verification"));
    }

    @Test
    void should_report_a_misspelt_required_field_of_a_nested_mapping_where_it_is_written() {
        // when
        List<Diagnostic> errors = program()
                .programYaml(ProgramBuilder.DEFAULT_PROGRAM.replace("  name: Test GmbH", "  nmae: Test GmbH"))
                .loadErrors();

        // then
        assertThat(rendered(errors))
                .containsExactly(lines(
                        "src/programbook/program.yaml:2:3: error [PB-FIELD-UNKNOWN] unknown field 'nmae' in organisation",
                        "  hint: did you mean 'name'? Valid fields here: address, contact, name"));
    }

    @Test
    void should_report_an_unknown_top_level_field_of_program_yaml() {
        // when
        List<Diagnostic> errors = program()
                .programYaml(ProgramBuilder.DEFAULT_PROGRAM + "scpoe: Everything.\n")
                .loadErrors();

        // then
        assertThat(rendered(errors))
                .containsExactly(lines(
                        "src/programbook/program.yaml:14:1: error [PB-FIELD-UNKNOWN] unknown field 'scpoe' in program.yaml",
                        "  hint: did you mean 'scope'? Valid fields here: catalog, components, documentControl, evidence,"
                                + " organisation, overlay, profile, program, reviewedEdition, roles, scope, services"));
    }

    @Test
    void should_report_an_invalid_enum_value_listing_the_valid_ones() {
        // when
        List<Diagnostic> errors = program()
                .statements(
                        "a.yaml",
                        statements(statement("SP.01.01 BR", "status: done", "maturity: ML2", "owner: security-lead")))
                .loadErrors();

        // then
        assertThat(rendered(errors))
                .containsExactly(lines(
                        STATEMENTS + "a.yaml:3:5: error [PB-VALUE-INVALID] 'done' is not a valid status",
                        "  hint: valid values: implemented, partial, planned, not-applicable"));
    }

    @Test
    void should_suggest_the_nearest_enum_value_for_a_typo() {
        // when
        List<Diagnostic> errors = program()
                .statements(
                        "a.yaml",
                        statements(statement(
                                "SP.01.01 BR", "status: implemnted", "maturity: ML2", "owner: security-lead")))
                .loadErrors();

        // then
        assertThat(rendered(errors))
                .containsExactly(
                        lines(
                                STATEMENTS + "a.yaml:3:5: error [PB-VALUE-INVALID] 'implemnted' is not a valid status",
                                "  hint: did you mean 'implemented'? Valid values: implemented, partial, planned, not-applicable"));
    }

    @Test
    void should_report_a_missing_required_field() {
        // when
        List<Diagnostic> errors = program()
                .statements("a.yaml", statements(statement("SP.01.01 BR", "status: implemented", "maturity: ML2")))
                .loadErrors();

        // then
        assertThat(rendered(errors))
                .containsExactly(lines(
                        STATEMENTS
                                + "a.yaml:2:5: error [PB-FIELD-REQUIRED] missing required field 'owner' in statement",
                        "  hint: add 'owner:' (see docs/formats.md)"));
    }

    @Test
    void should_report_a_missing_required_field_of_a_nested_mapping_at_that_mapping() {
        // when
        List<Diagnostic> errors = program()
                .programYaml(ProgramBuilder.DEFAULT_PROGRAM.replace("  title: Test program\n", ""))
                .loadErrors();

        // then
        assertThat(rendered(errors))
                .containsExactly(lines(
                        "src/programbook/program.yaml:3:1: error [PB-FIELD-REQUIRED] missing required field 'title' in program",
                        "  hint: add 'title:' (see docs/formats.md)"));
    }

    @Test
    void should_report_an_invalid_date() {
        // when
        List<Diagnostic> errors = program()
                .programYaml(ProgramBuilder.DEFAULT_PROGRAM.replace("2026-10-01", "2026-13-01"))
                .loadErrors();

        // then
        assertThat(rendered(errors))
                .containsExactly(lines(
                        "src/programbook/program.yaml:6:3: error [PB-VALUE-INVALID] '2026-13-01' is not a valid date",
                        "  hint: there is no month 13: months run from 01 to 12 (YYYY-MM-DD)"));
    }

    @Test
    void should_report_an_invalid_item_id_with_its_canonical_spelling() {
        // when
        List<Diagnostic> errors = program()
                .statements(
                        "a.yaml",
                        statements(
                                statement("SP.1.1 BR", "status: implemented", "maturity: ML2", "owner: security-lead")))
                .loadErrors();

        // then
        assertThat(rendered(errors))
                .containsExactly(lines(
                        STATEMENTS + "a.yaml:2:5: error [PB-ID-INVALID] invalid item id \"SP.1.1 BR\"",
                        "  hint: did you mean 'SP.01.01 BR'?"));
    }

    @Test
    void should_report_an_item_id_numbered_from_zero_without_crashing() {
        // when
        List<Diagnostic> errors = program()
                .statements(
                        "a.yaml",
                        statements(statement(
                                "SP.00.01 BR", "status: implemented", "maturity: ML2", "owner: security-lead")))
                .loadErrors();

        // then
        assertThat(rendered(errors))
                .containsExactly(lines(
                        STATEMENTS
                                + "a.yaml:2:5: error [PB-ID-INVALID] invalid item id \"SP.00.01 BR\": groups and requirements are numbered from 01",
                        "  hint: write item ids as 'SP.01.01 BR' or 'SP.01.01 RE(1)'"));
    }

    @Test
    void should_report_a_duplicate_key() {
        // when
        List<Diagnostic> errors = program()
                .statements(
                        "a.yaml",
                        statements(statement(
                                "SP.01.01 BR",
                                "status: implemented",
                                "status: planned",
                                "maturity: ML2",
                                "owner: security-lead")))
                .loadErrors();

        // then
        assertThat(rendered(errors))
                .containsExactly(lines(
                        STATEMENTS + "a.yaml:4:5: error [PB-ID-DUPLICATE] duplicate key 'status' (first at "
                                + STATEMENTS + "a.yaml:3:5)",
                        "  hint: remove one of the two 'status' entries"));
    }

    @Test
    void should_report_an_invalid_evidence_entry() {
        // when
        List<Diagnostic> errors = program()
                .statements(
                        "a.yaml",
                        statements(statement(
                                "SP.01.01 BR",
                                "status: implemented",
                                "maturity: ML2",
                                "owner: security-lead",
                                "evidence:",
                                "  - title: Attendance list")))
                .loadErrors();

        // then
        assertThat(rendered(errors))
                .containsExactly(lines(
                        STATEMENTS
                                + "a.yaml:7:9: error [PB-EVIDENCE-INVALID] an evidence entry needs exactly one of 'file', 'url' and 'record'",
                        "  hint: " + Evidence.HINT_ONE_LOCATION));
    }

    @Test
    void should_report_every_broken_statement_of_every_file() {
        // given
        ProgramBuilder builder = program()
                .statements(
                        "a.yaml",
                        statements(
                                statement("SP.1.1 BR", "status: implemented", "maturity: ML2", "owner: security-lead"),
                                statement("SP.01.02 BR", "status: done", "maturity: ML2", "owner: security-lead"),
                                statement(
                                        "SP.01.01 RE(1)",
                                        "status: implemented",
                                        "maturity: ML2",
                                        "owner: security-lead"),
                                statement("SP.02.01 BR", "status: implemented", "maturity: ML2")))
                .statements(
                        "b.yml",
                        statements(statement(
                                "SP.03.01 BR",
                                "status: implemented",
                                "maturity: ML2",
                                "owner: security-lead",
                                "date: 2026-01-01")));

        // when
        List<Diagnostic> errors = builder.loadErrors();

        // then
        assertThat(errors)
                .extracting(d -> d.at() + " " + d.rule().code())
                .containsExactly(
                        STATEMENTS + "a.yaml:2:5 PB-ID-INVALID",
                        STATEMENTS + "a.yaml:7:5 PB-VALUE-INVALID",
                        STATEMENTS + "a.yaml:14:5 PB-FIELD-REQUIRED",
                        STATEMENTS + "b.yml:6:5 PB-FIELD-UNKNOWN");
    }

    @Test
    void should_require_a_list_under_statements() {
        // when
        List<Diagnostic> errors =
                program().statements("a.yaml", "- item: SP.01.01 BR\n").loadErrors();

        // then
        assertThat(rendered(errors))
                .containsExactly(lines(
                        STATEMENTS
                                + "a.yaml:1:1: error [PB-VALUE-INVALID] the file must be a mapping (statements file), not a list",
                        "  hint: start the file with 'statements:' followed by list entries '- item: SP.01.01 BR'"));
    }

    @Test
    void should_reject_other_top_level_fields_of_a_statements_file() {
        // when
        List<Diagnostic> errors = program()
                .statements("a.yaml", "owner: security-lead\nstatements: []\n")
                .loadErrors();

        // then
        assertThat(rendered(errors))
                .containsExactly(lines(
                        STATEMENTS + "a.yaml:1:1: error [PB-FIELD-UNKNOWN] unknown field 'owner' in statements file",
                        "  hint: valid fields here: statements"));
    }

    @Test
    void should_name_the_file_and_byte_offset_of_invalid_utf8() {
        // given
        ProgramBuilder builder = program();
        builder.write();
        Fixtures.write(
                builder.programDir(),
                "statements/latin1.yaml",
                "statements: []\n# Grüße\n".getBytes(StandardCharsets.ISO_8859_1));

        // when
        List<Diagnostic> errors = builder.loadErrors();

        // then
        assertThat(rendered(errors))
                .containsExactly(
                        lines(
                                STATEMENTS
                                        + "latin1.yaml:2:5: error [PB-FILE-ENCODING] the file is not valid UTF-8: invalid byte 0xFC at byte offset 19",
                                "  hint: save the file as UTF-8 (the byte is probably a character written in another encoding, such as Windows-1252)"));
    }

    @Test
    void should_accept_a_byte_order_mark_in_program_yaml() {
        // given
        ProgramBuilder builder = program();
        builder.write();
        Fixtures.write(
                builder.programDir(),
                "program.yaml",
                ("\uFEFF" + ProgramBuilder.DEFAULT_PROGRAM).getBytes(StandardCharsets.UTF_8));

        // when
        ProgramInputs inputs = builder.load();

        // then
        assertThat(inputs.program().value().organisation().name()).isEqualTo("Test GmbH");
        assertThat(inputs.program().position("catalog"))
                .isEqualTo(SourcePosition.of("src/programbook/program.yaml", 7, 1));
    }

    @Test
    void should_report_an_unknown_catalogue_listing_the_bundled_ones() {
        // when
        List<Diagnostic> errors = program()
                .programYaml(ProgramBuilder.DEFAULT_PROGRAM.replace("iec-62443-2-4@2023", "iec-62443-2-4@2024"))
                .loadErrors();

        // then
        assertThat(rendered(errors))
                .containsExactly(
                        lines(
                                "src/programbook/program.yaml:7:1: error [PB-CATALOG-UNKNOWN] unknown catalogue 'iec-62443-2-4@2024'",
                                "  hint: did you mean 'iec-62443-2-4@2023'? Bundled catalogues: iec-62443-2-4@2015+AMD1:2017, iec-62443-2-4@2023"));
    }

    @Test
    void should_report_an_unknown_profile() {
        // when
        List<Diagnostic> errors = program()
                .programYaml(
                        ProgramBuilder.DEFAULT_PROGRAM.replace("profile: profile.yaml", "profile: profiles/mine.yaml"))
                .loadErrors();

        // then
        assertThat(rendered(errors))
                .containsExactly(
                        lines(
                                "src/programbook/program.yaml:8:1: error [PB-PROFILE-UNKNOWN] unknown profile 'profiles/mine.yaml'",
                                "  hint: name a profile file relative to src/programbook or a bundled profile: all-of-2-4,"
                                        + " integration-no-sis-no-wireless, maintenance-provider, ml3-assessment, all-of-2-4-2015,"
                                        + " integration-no-sis-no-wireless-2015, maintenance-provider-2015, ml3-assessment-2015"));
    }

    @Test
    void should_load_a_bundled_profile_by_name() {
        // when
        ProgramInputs inputs = program()
                .without("profile.yaml")
                .programYaml(ProgramBuilder.DEFAULT_PROGRAM.replace(
                        "profile: profile.yaml", "profile: maintenance-provider"))
                .load();

        // then
        assertThat(inputs.profiles())
                .extracting(p -> p.value().id())
                .containsExactly("all-of-2-4", "maintenance-provider");
        assertThat(inputs.profile().position("exclude/0/select").file())
                .isEqualTo("classpath:programbook/profiles/maintenance-provider.yaml");
    }

    @Test
    void should_order_the_profile_chain_parents_first_and_load_a_shared_parent_once() {
        // given: own extends left and right, both extend the bundled all-of-2-4 and root.yaml
        ProgramBuilder builder = program()
                .profileYaml(
                        "id: own\ncatalog: iec-62443-2-4@2023\nextends: [profiles/left.yaml, profiles/right.yaml]\n")
                .file("profiles/left.yaml", "id: left\ncatalog: iec-62443-2-4@2023\nextends: [root.yaml, all-of-2-4]\n")
                .file(
                        "profiles/right.yaml",
                        "id: right\ncatalog: iec-62443-2-4@2023\nextends: [all-of-2-4, root.yaml]\n")
                .file("profiles/root.yaml", "id: root\ncatalog: iec-62443-2-4@2023\ndefaultMaturity: ML1\n");

        // when
        ProgramInputs inputs = builder.load();

        // then
        assertThat(inputs.profiles())
                .extracting(p -> p.value().id())
                .containsExactly("root", "all-of-2-4", "left", "right", "own");
        assertThat(inputs.profile().value().id()).isEqualTo("own");
        List<String> files =
                inputs.files().stream().map(SourceFile::displayName).toList();
        assertThat(files)
                .containsOnlyOnce(
                        "src/programbook/profiles/root.yaml", "classpath:programbook/profiles/all-of-2-4.yaml");
    }

    @Test
    void should_report_a_two_profile_cycle_naming_the_whole_cycle() {
        // given
        ProgramBuilder builder = program()
                .profileYaml("id: a\ncatalog: iec-62443-2-4@2023\ndefaultMaturity: ML2\nextends: [b.yaml]\n")
                .file("b.yaml", "id: b\ncatalog: iec-62443-2-4@2023\nextends: [profile.yaml]\n");

        // when
        List<Diagnostic> errors = builder.loadErrors();

        // then
        assertThat(rendered(errors))
                .containsExactly(lines(
                        "src/programbook/b.yaml:3:11: error [PB-PROFILE-CYCLE] profile cycle: a (src/programbook/profile.yaml) extends"
                                + " b (src/programbook/b.yaml) extends a",
                        "  hint: remove one of the 'extends' entries of the cycle: src/programbook/profile.yaml:4:11,"
                                + " src/programbook/b.yaml:3:11"));
    }

    @Test
    void should_report_a_three_profile_cycle_naming_the_whole_cycle() {
        // given: a -> b -> c -> b, entered from a
        ProgramBuilder builder = program()
                .profileYaml("id: a\ncatalog: iec-62443-2-4@2023\ndefaultMaturity: ML2\nextends: [b.yaml]\n")
                .file("b.yaml", "id: b\ncatalog: iec-62443-2-4@2023\nextends: [c.yaml]\n")
                .file("c.yaml", "id: c\ncatalog: iec-62443-2-4@2023\nextends: [all-of-2-4, profile.yaml]\n");

        // when
        List<Diagnostic> errors = builder.loadErrors();

        // then
        assertThat(rendered(errors))
                .containsExactly(lines(
                        "src/programbook/c.yaml:3:23: error [PB-PROFILE-CYCLE] profile cycle: a (src/programbook/profile.yaml) extends"
                                + " b (src/programbook/b.yaml) extends c (src/programbook/c.yaml) extends a",
                        "  hint: remove one of the 'extends' entries of the cycle: src/programbook/profile.yaml:4:11,"
                                + " src/programbook/b.yaml:3:11, src/programbook/c.yaml:3:23"));
    }

    @Test
    void should_report_a_cycle_that_does_not_include_the_programs_own_profile() {
        // given: a -> b -> c -> b
        ProgramBuilder builder = program()
                .profileYaml("id: a\ncatalog: iec-62443-2-4@2023\ndefaultMaturity: ML2\nextends: [b.yaml]\n")
                .file("b.yaml", "id: b\ncatalog: iec-62443-2-4@2023\nextends: [c.yaml]\n")
                .file("c.yaml", "id: c\ncatalog: iec-62443-2-4@2023\nextends: [b.yaml]\n");

        // when
        List<Diagnostic> errors = builder.loadErrors();

        // then
        assertThat(errors)
                .singleElement()
                .extracting(Diagnostic::headline)
                .isEqualTo(
                        "src/programbook/c.yaml:3:11: error [PB-PROFILE-CYCLE] profile cycle: b (src/programbook/b.yaml) extends"
                                + " c (src/programbook/c.yaml) extends b");
    }

    @Test
    void should_load_and_resolve_an_extends_chain_of_thousands_of_profiles_without_recursion() {
        // given: profile.yaml extends p1.yaml, which extends p2.yaml ... p2000.yaml extends all-of-2-4
        int depth = 2000;
        ProgramBuilder builder =
                program().profileYaml("id: own\ncatalog: iec-62443-2-4@2023\nextends: [chain/p1.yaml]\n");
        for (int i = 1; i <= depth; i++) {
            builder.file(
                    "chain/p" + i + ".yaml",
                    "id: p" + i + "\ncatalog: iec-62443-2-4@2023\nextends: ["
                            + (i == depth ? "all-of-2-4" : "p" + (i + 1) + ".yaml") + "]\n");
        }

        // when
        ProgramBuilder.Run run = builder.run();

        // then: parents first
        assertThat(run.inputs().profiles()).hasSize(depth + 2);
        assertThat(run.inputs().profiles().get(0).value().id()).isEqualTo("all-of-2-4");
        assertThat(run.inputs().profiles().get(1).value().id()).isEqualTo("p" + depth);
        assertThat(run.inputs().profile().value().id()).isEqualTo("own");
        assertThat(run.profile().inScope()).hasSize(123);
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "Windows file names cannot hold '|' or '\"'")
    void should_report_procedure_file_names_that_would_break_tables_and_links_at_the_file() {
        // given
        ProgramBuilder builder = program()
                .procedure("backup|restore", "= Backup\n\nWe back up.\n")
                .procedure("it's \"ours\"", "= Ours\n\nText.\n")
                .procedure("übersicht_2", "= Overview\n\nText.\n");

        // when
        List<Diagnostic> errors = builder.loadErrors();

        // then
        assertThat(rendered(errors))
                .containsExactly(
                        lines(
                                "src/programbook/procedures/backup|restore.adoc: error [PB-FILE-NAME] procedure file"
                                        + " name 'backup|restore.adoc' has characters other than letters, digits, '-'"
                                        + " and '_'; the name is the procedure's id in links, tables and 'procedures:'"
                                        + " lists",
                                "  hint: rename the file to 'backup-restore.adoc', and the 'procedures:' entries that"
                                        + " name it to 'backup-restore'"),
                        lines(
                                "src/programbook/procedures/it's \"ours\".adoc: error [PB-FILE-NAME] procedure file name"
                                        + " 'it's \"ours\".adoc' has characters other than letters, digits, '-' and '_'; the"
                                        + " name is the procedure's id in links, tables and 'procedures:' lists",
                                "  hint: rename the file to 'it-s-ours.adoc', and the 'procedures:' entries that name it to"
                                        + " 'it-s-ours'"));
    }

    @Test
    void should_read_a_procedures_title_owner_and_item_links_with_positions() {
        // given
        ProgramBuilder builder = program().procedure("staff-onboarding", """
                // Procedure of the security program
                = Staff onboarding
                :pb-satisfies: SP.01.01 BR,  SP.01.01 RE(1)
                :pb-owner: security-lead
                :toc:

                Every engineer completes the module (req:[SP.01.01 BR]) and req:[SP.01.02 BR].
                """);

        // when
        Procedure procedure = builder.load().procedures().get(0);

        // then
        String file = "src/programbook/procedures/staff-onboarding.adoc";
        assertThat(procedure.id()).isEqualTo("staff-onboarding");
        assertThat(procedure.title()).isEqualTo("Staff onboarding");
        assertThat(procedure.source()).isEqualTo(file);
        assertThat(procedure.owner()).isEqualTo("security-lead");
        assertThat(procedure.ownerAt()).isEqualTo(SourcePosition.of(file, 4, 12));
        assertThat(procedure.satisfies())
                .containsExactly(
                        new ItemRef(ItemId.parse("SP.01.01 BR"), SourcePosition.of(file, 3, 16)),
                        new ItemRef(ItemId.parse("SP.01.01 RE(1)"), SourcePosition.of(file, 3, 30)));
        assertThat(procedure.references())
                .containsExactly(
                        new ItemRef(ItemId.parse("SP.01.01 BR"), SourcePosition.of(file, 7, 43)),
                        new ItemRef(ItemId.parse("SP.01.02 BR"), SourcePosition.of(file, 7, 66)));
        assertThat(procedure.body()).startsWith("Every engineer");
    }

    @Test
    void should_report_malformed_ids_and_unknown_attributes_of_a_procedure() {
        // given
        ProgramBuilder builder = program().procedure("p", """
                = P
                :pb-satisfies: SP.01.01 BR, SP.1.2 BR
                :pb-satisfy: SP.01.01 BR

                See req:[SP.01.01RE1] and req:[SP.00.01 BR].
                """);

        // when
        List<Diagnostic> errors = builder.loadErrors();

        // then
        String file = "src/programbook/procedures/p.adoc";
        assertThat(rendered(errors))
                .containsExactly(
                        lines(
                                file + ":2:29: error [PB-ID-INVALID] invalid item id \"SP.1.2 BR\"",
                                "  hint: did you mean 'SP.01.02 BR'?"),
                        lines(
                                file + ":3:2: error [PB-FIELD-UNKNOWN] unknown procedure attribute ':pb-satisfy:'",
                                "  hint: use :pb-satisfies: (item ids) or :pb-owner: (a role id)"),
                        lines(
                                file + ":5:10: error [PB-ID-INVALID] invalid item id \"SP.01.01RE1\"",
                                "  hint: did you mean 'SP.01.01 RE(1)'?"),
                        lines(
                                file
                                        + ":5:32: error [PB-ID-INVALID] invalid item id \"SP.00.01 BR\": groups and requirements are numbered from 01",
                                "  hint: write item ids as 'SP.01.01 BR' or 'SP.01.01 RE(1)'"));
    }

    @Test
    void should_point_at_the_attribute_value_even_when_the_name_contains_it() {
        // when
        Procedure procedure = program()
                .procedure("p", "= P\n:pb-owner: owner\n")
                .load()
                .procedures()
                .get(0);

        // then
        assertThat(procedure.ownerAt()).isEqualTo(SourcePosition.of("src/programbook/procedures/p.adoc", 2, 12));
    }

    @Test
    void should_require_a_procedure_title() {
        // when
        List<Diagnostic> errors =
                program().procedure("untitled", "\nJust text.\n").loadErrors();

        // then
        assertThat(rendered(errors))
                .containsExactly(lines(
                        "src/programbook/procedures/untitled.adoc:2:1: error [PB-ASCIIDOC] procedure 'untitled' has no document title",
                        "  hint: start the file with a level-0 title line such as '= Staff onboarding'"));
    }

    @Test
    void should_read_statement_files_in_name_order_and_ignore_other_files() {
        // given
        ProgramBuilder builder = program()
                .statements("b.yml", statements(statement("SP.01.02 BR", "status: planned", "owner: security-lead")))
                .statements("a.yaml", statements(statement("SP.01.01 BR", "status: planned", "owner: security-lead")))
                .statements("notes.txt", "not yaml: [");

        // when
        ProgramInputs inputs = builder.load();

        // then
        assertThat(inputs.statements())
                .extracting(s -> s.value().item().toString())
                .containsExactly("SP.01.01 BR", "SP.01.02 BR");
    }

    @Test
    void should_keep_the_extends_field_name_of_a_profile() {
        // when
        Profile own = program()
                .profileYaml(
                        "id: own\ncatalog: iec-62443-2-4@2023\nextends: [all-of-2-4]\nparameters:\n  review-interval-months: 12\n")
                .load()
                .profile()
                .value();

        // then
        assertThat(own.parents()).containsExactly("all-of-2-4");
        assertThat(own.parameters()).containsEntry("review-interval-months", "12");
    }
}
