package io.programbook.core.resolve;

import static io.programbook.core.testutil.Fixtures.lines;
import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.diag.Diagnostic;
import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.SourcePosition;
import io.programbook.core.load.SourceFile;
import io.programbook.core.model.Group;
import io.programbook.core.model.ItemId;
import io.programbook.core.testutil.Fixtures;
import io.programbook.core.testutil.ProgramBuilder;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Organisation-specific requirements: catalogue files of the organisation's own that a profile adds
 * ({@code additions:}). All requirement wording here is made up.
 */
class ProfileAdditionsTest {

    /** The first group at line 6, column 5; its items at lines 10, 12 and 14, column 9. */
    static final String ORG = """
            id: acme-requirements
            edition: "2026"
            title: ACME security commitments
            publisher: ACME Integration Ltd
            groups:
              - id: ORG.01
                name: Customer commitments
                description: Made-up commitments for tests.
                items:
                  - id: ORG.01.01 BR
                    title: Made-up commitment one
                  - id: ORG.01.01 RE(1)
                    title: Made-up enhancement of commitment one
                  - id: ORG.01.02 BR
                    title: Made-up commitment two
                    tags: [backup]
            """;

    /** The default test profile (three SP.01 items in scope) adding org.yaml at line 5, column 13. */
    static final String PROFILE = ProgramBuilder.DEFAULT_PROFILE + "additions: [org.yaml]\n";

    @TempDir
    Path base;

    private ProgramBuilder program() {
        return Fixtures.program(base);
    }

    private static List<String> rendered(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(Diagnostic::render).toList();
    }

    private static ResolvedItem item(ResolvedProfile profile, String id) {
        return profile.item(ItemId.parse(id)).orElseThrow();
    }

    /** The organisation file with one line replaced. */
    private static String org(String line, String replacement) {
        assertThat(ORG).contains(line);
        return ORG.replace(line, replacement);
    }

    @Test
    void should_add_the_organisations_items_in_scope_as_a_functional_area_of_their_own() {
        // given
        ProgramBuilder builder = program().profileYaml(PROFILE).file("org.yaml", ORG);

        // when
        ProgramBuilder.Run run = builder.run();

        // then: the include list of the profile restricts the standard's items, not the added ones
        assertThat(run.resolveFindings()).isEmpty();
        assertThat(run.profile().inScope())
                .extracting(i -> i.item().id().toString())
                .containsExactly(
                        "SP.01.01 BR",
                        "SP.01.01 RE(1)",
                        "SP.01.02 BR",
                        "ORG.01.01 BR",
                        "ORG.01.01 RE(1)",
                        "ORG.01.02 BR");
        assertThat(run.inputs().catalog().groups())
                .last()
                .extracting(Group::id, Group::name)
                .containsExactly("ORG.01", "Customer commitments");
        assertThat(run.inputs().catalog().reference()).isEqualTo("iec-62443-2-4@2023");
        ResolvedItem added = item(run.profile(), "ORG.01.01 RE(1)");
        assertThat(added.group().id()).isEqualTo("ORG.01");
        assertThat(added.source()).isEqualTo("acme-requirements@2026");
        assertThat(added.targetMaturity()).isEqualTo("ML2");
        assertThat(added.scopeDecision())
                .isEqualTo(Decision.additions(
                        "test-profile", "org.yaml", SourcePosition.of("src/programbook/profile.yaml", 5, 13)));
        assertThat(item(run.profile(), "SP.01.01 BR").source()).isEqualTo("iec-62443-2-4@2023");
        assertThat(run.profile().provenance().additions()).singleElement().satisfies(a -> {
            assertThat(a.file()).isEqualTo("src/programbook/org.yaml");
            assertThat(a.profileId()).isEqualTo("test-profile");
        });
        assertThat(run.inputs().files()).extracting(SourceFile::displayName).contains("src/programbook/org.yaml");
    }

    @Test
    void should_accept_statements_for_added_items_and_trace_them() {
        // given
        ProgramBuilder builder =
                program().profileYaml(PROFILE).file("org.yaml", ORG).statements("org.yaml", """
                statements:
                  - item: ORG.01.01 BR
                    status: implemented
                    maturity: ML2
                    owner: security-lead
                    text: Made-up statement.
                    evidence:
                      - url: https://intranet.acme.example/commitments
                        title: Commitments register
                        date: 2026-09-01
                """);

        // when
        ProgramBuilder.Run run = builder.run();

        // then
        assertThat(run.validate()).isEmpty();
        assertThat(run.trace().rows())
                .filteredOn(r -> r.resolved().item().id().toString().equals("ORG.01.01 BR"))
                .singleElement()
                .satisfies(r -> assertThat(r.coverage().label()).isEqualTo("covered"));
    }

    @Test
    void should_let_the_adding_profile_and_later_ones_exclude_or_raise_added_items() {
        // given: the parent adds, the child excludes one and raises the others' maturity
        ProgramBuilder builder = program()
                .file(
                        "base.yaml",
                        "id: base\ncatalog: iec-62443-2-4@2023\ndefaultMaturity: ML2\nadditions: [org.yaml]\n")
                .file("org.yaml", ORG)
                .profileYaml("""
                        id: child
                        catalog: iec-62443-2-4@2023
                        extends: [base.yaml]
                        exclude:
                          - select: ORG.01.02 BR
                            rationale: Made-up reason.
                        maturity:
                          - select: ORG.01
                            level: ML3
                        """);

        // when
        ProgramBuilder.Run run = builder.run();

        // then
        assertThat(run.resolveFindings()).isEmpty();
        assertThat(item(run.profile(), "ORG.01.02 BR").inScope()).isFalse();
        assertThat(item(run.profile(), "ORG.01.02 BR").rationale()).isEqualTo("Made-up reason.");
        assertThat(item(run.profile(), "ORG.01.02 BR").scopeDecision())
                .isEqualTo(Decision.exclude(
                        "child", "ORG.01.02 BR", SourcePosition.of("src/programbook/profile.yaml", 5, 5)));
        assertThat(item(run.profile(), "ORG.01.01 BR").scopeDecision().rule()).isEqualTo("additions org.yaml");
        assertThat(item(run.profile(), "ORG.01.01 BR").targetMaturity()).isEqualTo("ML3");
    }

    @Test
    void should_not_apply_a_parents_rules_to_items_that_a_child_adds() {
        // given: the parent excludes everything tagged backup; the child adds an item tagged backup
        ProgramBuilder builder = program()
                .file("base.yaml", """
                        id: base
                        catalog: iec-62443-2-4@2023
                        defaultMaturity: ML2
                        exclude:
                          - select: tag:backup
                            rationale: Made-up reason.
                        """)
                .file("org.yaml", ORG)
                .profileYaml("id: child\ncatalog: iec-62443-2-4@2023\nextends: [base.yaml]\nadditions: [org.yaml]\n");

        // when
        ProgramBuilder.Run run = builder.run();

        // then
        assertThat(item(run.profile(), "SP.12.01 BR").inScope()).isFalse();
        assertThat(item(run.profile(), "ORG.01.02 BR").inScope()).isTrue();
        assertThat(item(run.profile(), "ORG.01.02 BR").scopeDecision().profile())
                .isEqualTo("child");
    }

    @Test
    void should_warn_about_a_selector_for_added_items_in_a_profile_before_the_one_that_adds_them() {
        // given
        ProgramBuilder builder = program()
                .file("base.yaml", """
                        id: base
                        catalog: iec-62443-2-4@2023
                        defaultMaturity: ML2
                        maturity:
                          - select: ORG.01
                            level: ML3
                        """)
                .file("org.yaml", ORG)
                .profileYaml("id: child\ncatalog: iec-62443-2-4@2023\nextends: [base.yaml]\nadditions: [org.yaml]\n");

        // when
        ProgramBuilder.Run run = builder.run();

        // then
        assertThat(rendered(run.resolveFindings()))
                .containsExactly(lines(
                        "src/programbook/base.yaml:5:5: warning [PB-SELECTOR-UNMATCHED] selector 'ORG.01' selects no item of the catalogue",
                        "  hint: correct the selector or remove it"));
        assertThat(item(run.profile(), "ORG.01.01 BR").targetMaturity()).isEqualTo("ML2");
    }

    @Test
    void should_report_an_added_enhancement_in_scope_whose_base_requirement_is_excluded() {
        // given
        var inputs = program().file("org.yaml", ORG).profileYaml(PROFILE + """
                exclude:
                  - select: ORG.01.01 BR
                    rationale: Made-up reason.
                """).load();
        Diagnostics diagnostics = new Diagnostics();

        // when
        new ProfileResolver().resolve(inputs, diagnostics);

        // then
        assertThat(rendered(diagnostics.all()))
                .containsExactly(
                        lines(
                                "src/programbook/profile.yaml:7:5: error [PB-RE-WITHOUT-BR] ORG.01.01 RE(1) is in scope (by 'additions"
                                        + " org.yaml' at src/programbook/profile.yaml:5:13) but its base requirement ORG.01.01 BR is excluded"
                                        + " (by 'exclude ORG.01.01 BR' at src/programbook/profile.yaml:7:5)",
                                "  hint: an enhancement only adds to its base requirement: include the BR too, or exclude the RE as well"));
    }

    @Test
    void should_load_a_file_once_when_two_profiles_of_the_chain_add_it() {
        // given
        ProgramBuilder builder = program()
                .file(
                        "base.yaml",
                        "id: base\ncatalog: iec-62443-2-4@2023\ndefaultMaturity: ML2\nadditions: [org.yaml]\n")
                .file("org.yaml", ORG)
                .profileYaml("id: child\ncatalog: iec-62443-2-4@2023\nextends: [base.yaml]\nadditions: [./org.yaml]\n");

        // when
        ProgramBuilder.Run run = builder.run();

        // then
        assertThat(run.profile().provenance().additions())
                .singleElement()
                .satisfies(a -> assertThat(a.profileId()).isEqualTo("base"));
        assertThat(run.inputs().catalog().groups())
                .filteredOn(g -> g.id().equals("ORG.01"))
                .hasSize(1);
    }

    @Test
    void should_report_an_item_id_that_collides_with_the_standards() {
        // when
        List<Diagnostic> errors = program()
                .profileYaml(PROFILE)
                .file("org.yaml", org("id: ORG.01.02 BR", "id: SP.01.02 BR"))
                .loadErrors();

        // then
        assertThat(rendered(errors))
                .containsExactly(
                        lines(
                                "src/programbook/org.yaml:14:9: error [PB-ADDITION-COLLISION] item SP.01.02 BR collides with SP.01.02 BR"
                                        + " of iec-62443-2-4@2023",
                                "  hint: give the organisation's requirements an id prefix of their own, e.g. 'ORG.01.01 BR' in group 'ORG.01'"));
    }

    @Test
    void should_report_ids_and_groups_that_use_the_standards_prefix() {
        // when
        List<Diagnostic> errors = program()
                .profileYaml(PROFILE)
                .file("org.yaml", ORG.replace("id: ORG.01\n", "id: SP.13\n").replace("ORG.01.", "SP.13."))
                .loadErrors();

        // then
        assertThat(errors)
                .extracting(Diagnostic::headline)
                .containsExactly(
                        "src/programbook/org.yaml:6:5: error [PB-ADDITION-COLLISION] group SP.13 uses the prefix 'SP' of iec-62443-2-4@2023",
                        "src/programbook/org.yaml:10:9: error [PB-ADDITION-COLLISION] item SP.13.01 BR uses the prefix 'SP' of"
                                + " iec-62443-2-4@2023",
                        "src/programbook/org.yaml:12:9: error [PB-ADDITION-COLLISION] item SP.13.01 RE(1) uses the prefix 'SP' of"
                                + " iec-62443-2-4@2023",
                        "src/programbook/org.yaml:14:9: error [PB-ADDITION-COLLISION] item SP.13.02 BR uses the prefix 'SP' of"
                                + " iec-62443-2-4@2023");
    }

    @Test
    void should_report_a_group_that_collides_with_a_functional_area_of_the_standard() {
        // when
        List<Diagnostic> errors = program()
                .profileYaml(PROFILE)
                .file("org.yaml", org("  - id: ORG.01\n", "  - id: SP.04\n"))
                .loadErrors();

        // then
        assertThat(errors)
                .extracting(Diagnostic::headline)
                .first()
                .isEqualTo(
                        "src/programbook/org.yaml:6:5: error [PB-ADDITION-COLLISION] group SP.04 collides with SP.04 Wireless of"
                                + " iec-62443-2-4@2023");
    }

    @Test
    void should_report_an_item_under_the_wrong_group_and_an_enhancement_without_its_base_requirement() {
        // when
        List<Diagnostic> errors = program()
                .profileYaml(PROFILE)
                .file("org.yaml", ORG.replace("id: ORG.01.01 BR", "id: ORG.02.01 BR"))
                .loadErrors();

        // then
        assertThat(rendered(errors))
                .containsExactly(
                        lines(
                                "src/programbook/org.yaml:10:9: error [PB-ADDITION-INVALID] item ORG.02.01 BR is listed under group"
                                        + " ORG.01 but its id names group ORG.02",
                                "  hint: move the item to group ORG.02, or correct its id"),
                        lines(
                                "src/programbook/org.yaml:12:9: error [PB-ADDITION-INVALID] enhancement ORG.01.01 RE(1) has no base"
                                        + " requirement ORG.01.01 BR in src/programbook/org.yaml",
                                "  hint: add the base requirement ORG.01.01 BR, or number the item as a BR"));
    }

    @Test
    void should_report_a_duplicate_id_within_the_file() {
        // when
        List<Diagnostic> errors = program()
                .profileYaml(PROFILE)
                .file("org.yaml", org("id: ORG.01.02 BR", "id: ORG.01.01 BR"))
                .loadErrors();

        // then
        assertThat(rendered(errors))
                .containsExactly(lines(
                        "src/programbook/org.yaml:14:9: error [PB-ID-DUPLICATE] duplicate item id ORG.01.01 BR (first at"
                                + " src/programbook/org.yaml:10:9)",
                        "  hint: keep one of them; ids must be unique"));
    }

    @Test
    void should_report_a_group_that_two_files_add() {
        // given
        String other = ORG.replace("acme-requirements", "acme-site-requirements");

        // when
        List<Diagnostic> errors = program()
                .profileYaml(ProgramBuilder.DEFAULT_PROFILE + "additions: [org.yaml, site.yaml]\n")
                .file("org.yaml", ORG)
                .file("site.yaml", other)
                .loadErrors();

        // then
        assertThat(errors)
                .extracting(Diagnostic::headline)
                .first()
                .isEqualTo(
                        "src/programbook/site.yaml:6:5: error [PB-ADDITION-COLLISION] group ORG.01 is already added by"
                                + " src/programbook/org.yaml (at src/programbook/org.yaml:6:5)");
        assertThat(errors)
                .extracting(Diagnostic::headline)
                .contains(
                        "src/programbook/site.yaml:10:9: error [PB-ID-DUPLICATE] duplicate item id ORG.01.01 BR (first at"
                                + " src/programbook/org.yaml:10:9)");
    }

    @Test
    void should_report_maturity_levels_of_their_own_and_a_file_without_items() {
        // when
        List<Diagnostic> errors =
                program().profileYaml(PROFILE).file("org.yaml", """
                id: acme-requirements
                edition: "2026"
                title: ACME security commitments
                maturityLevels:
                  - id: L1
                    name: Basic
                groups: []
                """).loadErrors();

        // then
        assertThat(rendered(errors))
                .containsExactly(
                        lines(
                                "src/programbook/org.yaml:4:1: error [PB-ADDITION-INVALID] organisation requirements take their"
                                        + " maturity levels from iec-62443-2-4@2023",
                                "  hint: remove 'maturityLevels:' from src/programbook/org.yaml"),
                        lines(
                                "src/programbook/org.yaml:7:1: error [PB-ADDITION-INVALID] organisation requirements file has no"
                                        + " requirement items",
                                "  hint: add groups with items, or remove the file from the profile's 'additions:'"));
    }

    @Test
    void should_report_a_missing_file_relative_to_the_profile() {
        // when
        List<Diagnostic> errors = program()
                .profileYaml(ProgramBuilder.DEFAULT_PROFILE + "additions:\n  - own/org.yaml\n")
                .loadErrors();

        // then
        assertThat(rendered(errors))
                .containsExactly(lines(
                        "src/programbook/profile.yaml:6:5: error [PB-FILE-MISSING] organisation requirements file 'own/org.yaml'"
                                + " does not exist",
                        "  hint: create src/programbook/own/org.yaml (see docs/formats.md), or correct the path: it is relative"
                                + " to the profile file"));
    }

    @Test
    void should_report_an_unknown_field_of_the_file_with_a_suggestion() {
        // when
        List<Diagnostic> errors = program()
                .profileYaml(PROFILE)
                .file("org.yaml", org("    name: Customer commitments", "    nme: Customer commitments"))
                .loadErrors();

        // then
        assertThat(errors)
                .extracting(Diagnostic::headline)
                .containsExactly("src/programbook/org.yaml:7:5: error [PB-FIELD-UNKNOWN] unknown field 'nme' in group");
        assertThat(errors.get(0).hint()).startsWith("did you mean 'name'?");
    }

    @Test
    void should_report_the_catalogue_id_of_the_standard_reused_for_the_organisations_file() {
        // when
        List<Diagnostic> errors = program()
                .profileYaml(PROFILE)
                .file(
                        "org.yaml",
                        ORG.replace("id: acme-requirements", "id: iec-62443-2-4")
                                .replace("edition: \"2026\"", "edition: \"2023\""))
                .loadErrors();

        // then
        assertThat(rendered(errors))
                .containsExactly(lines(
                        "src/programbook/org.yaml:1:1: error [PB-ADDITION-COLLISION] organisation requirements are named"
                                + " iec-62443-2-4@2023, like the standard's catalogue",
                        "  hint: give the file an id of its own, e.g. 'id: acme-requirements'"));
    }
}
