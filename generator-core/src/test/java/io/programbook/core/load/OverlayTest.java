package io.programbook.core.load;

import static io.programbook.core.testutil.Fixtures.lines;
import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.diag.Diagnostic;
import io.programbook.core.model.ItemId;
import io.programbook.core.model.OfficialText;
import io.programbook.core.pipeline.Programbook;
import io.programbook.core.pipeline.RenderedDocs;
import io.programbook.core.resolve.ResolvedProfile;
import io.programbook.core.testutil.Fixtures;
import io.programbook.core.testutil.ProgramBuilder;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The licensed text overlay: official text, topic and subtopic by item id from a file of the user's
 * own repository. All "official" text in these tests is made up.
 */
class OverlayTest {

    /** program.yaml configuring the overlay at lines 14 to 17. */
    static final String PROGRAM = ProgramBuilder.DEFAULT_PROGRAM + """
            overlay:
              file: licensed/overlay.yaml
              licensee: Test GmbH
              licence: Made-up single-user licence 0000
            """;

    /** Entries at lines 3 and 7. */
    static final String OVERLAY = """
            catalog: iec-62443-2-4@2023
            items:
              SP.01.01 BR:
                topic: Made-up topic
                subtopic: Made-up subtopic
                text: Lorem ipsum dolor sit amet, consectetur adipiscing elit.
              SP.01.02 BR:
                text: |
                  Sed do eiusmod tempor incididunt.

                  Ut labore et dolore magna aliqua.
            """;

    static final String NOTICE = "Requirement text, topics and subtopics of IEC 62443-2-4:2023 Security program"
            + " requirements for IACS service providers are reproduced from a copy licensed to Test GmbH (Made-up"
            + " single-user licence 0000); they are not part of Programbook and may be passed on only as that licence allows.";

    @TempDir
    Path base;

    private ProgramBuilder program(String overlay) {
        return Fixtures.program(base).programYaml(PROGRAM).file("licensed/overlay.yaml", overlay);
    }

    private static List<String> rendered(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(Diagnostic::render).toList();
    }

    @Test
    void should_merge_official_text_topic_and_subtopic_into_the_resolved_items() {
        // when
        ProgramBuilder.Run run = program(OVERLAY).run();

        // then
        ResolvedProfile profile = run.profile();
        assertThat(profile.item(ItemId.parse("SP.01.01 BR")).orElseThrow().official())
                .contains(new OfficialText(
                        "Lorem ipsum dolor sit amet, consectetur adipiscing elit.",
                        "Made-up topic",
                        "Made-up subtopic"));
        assertThat(profile.item(ItemId.parse("SP.01.02 BR"))
                        .orElseThrow()
                        .official()
                        .orElseThrow()
                        .text())
                .isEqualTo("Sed do eiusmod tempor incididunt.\n\nUt labore et dolore magna aliqua.");
        assertThat(profile.item(ItemId.parse("SP.01.01 RE(1)")).orElseThrow().official())
                .isEmpty();
        assertThat(profile.overlay()).hasValueSatisfying(o -> {
            assertThat(o.file()).isEqualTo("src/programbook/licensed/overlay.yaml");
            assertThat(o.licensee()).isEqualTo("Test GmbH");
            assertThat(o.notice("IEC 62443-2-4:2023 Security program requirements for IACS service providers"))
                    .isEqualTo(NOTICE);
        });
        assertThat(run.inputs().files())
                .extracting(SourceFile::displayName)
                .contains("src/programbook/licensed/overlay.yaml");
    }

    @Test
    void should_show_the_text_and_whose_licence_it_is_in_the_handbook_and_the_applicability_statement() {
        // given
        ProgramBuilder.Run run = program(OVERLAY).run();

        // when
        RenderedDocs docs = new Programbook().render(run.inputs(), run.profile(), run.trace());

        // then
        String handbook = docs.documents().get("handbook.adoc");
        assertThat(handbook).contains("IMPORTANT: " + NOTICE);
        assertThat(handbook).contains("""
                [.official-text]
                .Official text of iec-62443-2-4@2023, topic: Made-up topic, subtopic: Made-up subtopic
                ____
                Lorem ipsum dolor sit amet, consectetur adipiscing elit.
                ____
                """);
        assertThat(handbook).contains("""
                ____
                Sed do eiusmod tempor incididunt.

                Ut labore et dolore magna aliqua.
                ____
                """);
        String applicability = docs.documents().get("applicability.adoc");
        assertThat(applicability).contains("IMPORTANT: " + NOTICE);
        assertThat(applicability).contains("""
                | Own staff briefed on and follow 2-4 security duties before assignment

                _Topic:_ Made-up topic · _Subtopic:_ Made-up subtopic

                [.official]#Lorem ipsum dolor sit amet, consectetur adipiscing elit.#
                """);
    }

    @Test
    void should_show_no_licence_notice_without_an_overlay() {
        // given
        ProgramBuilder.Run run = Fixtures.program(base).run();

        // when
        RenderedDocs docs = new Programbook().render(run.inputs(), run.profile(), run.trace());

        // then
        assertThat(docs.documents().values()).noneMatch(d -> d.contains("licensed to") || d.contains("official-text"));
        assertThat(run.profile().overlay()).isEmpty();
    }

    @Test
    void should_report_an_overlay_id_that_the_catalogue_lacks_at_its_position() {
        // when
        List<Diagnostic> errors =
                program(OVERLAY.replace("SP.01.02 BR:", "SP.01.09 BR:")).loadErrors();

        // then
        assertThat(rendered(errors))
                .containsExactly(lines(
                        "src/programbook/licensed/overlay.yaml:7:3: error [PB-ITEM-UNKNOWN] overlay names item 'SP.01.09 BR',"
                                + " which iec-62443-2-4@2023 does not have",
                        "  hint: did you mean 'SP.01.01 BR'?"));
    }

    @Test
    void should_report_an_overlay_id_of_the_organisations_own_requirements_as_unknown() {
        // given
        String org = """
                id: acme-requirements
                edition: "1"
                title: ACME commitments
                groups:
                  - id: ORG.01
                    name: Commitments
                    items:
                      - id: ORG.01.01 BR
                        title: Made-up commitment
                """;

        // when
        List<Diagnostic> errors = program(OVERLAY.replace("SP.01.02 BR:", "ORG.01.01 BR:"))
                .profileYaml(ProgramBuilder.DEFAULT_PROFILE + "additions: [org.yaml]\n")
                .file("org.yaml", org)
                .loadErrors();

        // then
        assertThat(rendered(errors))
                .containsExactly(lines(
                        "src/programbook/licensed/overlay.yaml:7:3: error [PB-ITEM-UNKNOWN] overlay names item 'ORG.01.01 BR',"
                                + " which iec-62443-2-4@2023 does not have",
                        "  hint: 'ORG' is not the standard's prefix: an overlay holds licensed text of the standard's"
                                + " items only, and the organisation's own requirements carry no licensed text (their"
                                + " titles are in their additions file); remove the entry"));
    }

    @Test
    void should_report_a_malformed_id_with_its_canonical_spelling() {
        // when
        List<Diagnostic> errors =
                program(OVERLAY.replace("SP.01.02 BR:", "SP.1.2 BR:")).loadErrors();

        // then
        assertThat(rendered(errors))
                .containsExactly(lines(
                        "src/programbook/licensed/overlay.yaml:7:3: error [PB-ID-INVALID] invalid item id \"SP.1.2 BR\"",
                        "  hint: did you mean 'SP.01.02 BR'?"));
    }

    @Test
    void should_report_an_overlay_made_for_another_edition_naming_both() {
        // when
        List<Diagnostic> errors = program(OVERLAY.replace("iec-62443-2-4@2023", "iec-62443-2-4@2015+AMD1:2017"))
                .loadErrors();

        // then
        assertThat(rendered(errors))
                .containsExactly(lines(
                        "src/programbook/licensed/overlay.yaml:1:1: error [PB-OVERLAY-EDITION] overlay is made for"
                                + " iec-62443-2-4@2015+AMD1:2017 but the program follows iec-62443-2-4@2023",
                        "  hint: use an overlay made from your licensed copy of iec-62443-2-4@2023, or move the program to"
                                + " iec-62443-2-4@2015+AMD1:2017 (set 'catalog:' in program.yaml)"));
    }

    @Test
    void should_report_a_missing_overlay_file_where_program_yaml_names_it() {
        // when
        List<Diagnostic> errors = Fixtures.program(base).programYaml(PROGRAM).loadErrors();

        // then
        assertThat(rendered(errors))
                .containsExactly(lines(
                        "src/programbook/program.yaml:15:3: error [PB-FILE-MISSING] overlay file 'licensed/overlay.yaml' does"
                                + " not exist",
                        "  hint: put the overlay made from your licensed copy at src/programbook/licensed/overlay.yaml, or"
                                + " correct 'overlay: file:' (it is relative to the program folder)"));
    }

    @Test
    void should_require_whose_licence_it_is() {
        // when
        List<Diagnostic> errors = program(OVERLAY)
                .programYaml(PROGRAM.replace("  licensee: Test GmbH\n", ""))
                .loadErrors();

        // then
        assertThat(rendered(errors))
                .containsExactly(lines(
                        "src/programbook/program.yaml:14:1: error [PB-FIELD-REQUIRED] missing required field 'licensee' in"
                                + " overlay",
                        "  hint: add 'licensee:' (see docs/formats.md)"));
    }

    @Test
    void should_report_an_empty_entry_and_an_unknown_field_of_an_entry() {
        // when
        List<Diagnostic> errors = program("""
                catalog: iec-62443-2-4@2023
                items:
                  SP.01.01 BR:
                  SP.01.02 BR:
                    txet: Lorem ipsum.
                """).loadErrors();

        // then: every entry is checked on its own
        assertThat(rendered(errors))
                .containsExactly(
                        lines(
                                "src/programbook/licensed/overlay.yaml:3:3: error [PB-VALUE-INVALID] 'SP.01.01 BR' must be a mapping"
                                        + " (item text), not a text value",
                                "  hint: write the fields of 'SP.01.01 BR' as 'name: value' lines indented below 'SP.01.01 BR:'"),
                        lines(
                                "src/programbook/licensed/overlay.yaml:5:5: error [PB-FIELD-UNKNOWN] unknown field 'txet' in item text",
                                "  hint: did you mean 'text'? Valid fields here: subtopic, text, topic"));
    }

    @Test
    void should_leave_items_without_an_entry_without_official_text() {
        // when
        ProgramBuilder.Run run =
                program("catalog: iec-62443-2-4@2023\nitems: {}\n").run();

        // then
        assertThat(run.profile().items())
                .allSatisfy(i -> assertThat(i.official()).isEqualTo(Optional.empty()));
        assertThat(run.profile().overlay()).isPresent();
    }
}
