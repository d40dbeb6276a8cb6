package io.programbook.core.edition;

import static io.programbook.core.testutil.Fixtures.lines;
import static io.programbook.core.testutil.Fixtures.statement;
import static io.programbook.core.testutil.Fixtures.statements;
import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.diag.Diagnostic;
import io.programbook.core.diag.Diagnostics;
import io.programbook.core.model.ItemId;
import io.programbook.core.testutil.Fixtures;
import io.programbook.core.testutil.ProgramBuilder;
import io.programbook.core.trace.Coverage;
import io.programbook.core.trace.Gap;
import io.programbook.core.trace.GapKind;
import io.programbook.core.trace.Trace;
import io.programbook.core.trace.TraceRow;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review tracking on a program that follows the 2023 catalogue with SP.01.01 BR, SP.01.01 RE(1)
 * and SP.01.02 BR in scope. The overlay texts are made up: the standard's text never appears in
 * tests.
 */
class ReviewTrackerTest {

    private static final ItemId BR_01 = ItemId.parse("SP.01.01 BR");
    private static final ItemId BR_02 = ItemId.parse("SP.01.02 BR");
    private static final String ED1 = "2015+AMD1:2017";

    private final ReviewTracker tracker = new ReviewTracker(new EditionMappings(Fixtures.yaml()));

    @TempDir
    Path base;

    private ProgramBuilder program(String... statements) {
        return Fixtures.program(base)
                .file("evidence/record.csv", "who,when\n")
                .statements("a.yaml", statements(statements));
    }

    /** Implemented at target with evidence: covered, unless review tracking finds it suspect. */
    private static String covered(String item, String... more) {
        String[] fields = {
            "status: implemented",
            "maturity: ML2",
            "owner: security-lead",
            "evidence:",
            "  - file: evidence/record.csv",
            "    title: Record",
            "    date: 2026-09-01"
        };
        String[] all = Stream.concat(Arrays.stream(fields), Arrays.stream(more)).toArray(String[]::new);
        return statement(item, all);
    }

    private List<Suspect> suspects(ProgramBuilder.Run run, Map<ItemId, String> texts) {
        return tracker.suspects(run.inputs(), run.profile(), texts, TextFingerprint::sha256);
    }

    private static TraceRow row(Trace trace, ItemId id) {
        return trace.rows().stream()
                .filter(r -> r.resolved().item().id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void should_flag_a_statement_reviewed_against_the_older_edition_when_its_item_changed() {
        // given SP.01.02 BR changed from 2015+AMD1:2017 to 2023
        ProgramBuilder.Run run = program(covered("SP.01.02 BR", "reviewed: {edition: \"2015+AMD1:2017\"}"))
                .run();

        // when
        List<Suspect> suspects = suspects(run, Map.of());

        // then
        assertThat(suspects).singleElement().satisfies(s -> {
            assertThat(s.item()).isEqualTo(BR_02);
            assertThat(s.reason()).isEqualTo(Suspect.Reason.EDITION_CHANGED);
            assertThat(s.detail())
                    .isEqualTo("Last reviewed against 2015+AMD1:2017; the program now follows 2023."
                            + " Change (changed; clarified): Requirements specific to the asset owner are named explicitly"
                            + " alongside its general security policies. (unverified mapping)");
            assertThat(s.action())
                    .isEqualTo("Re-read the statement against the item as 2023 has it, update it where"
                            + " needed, then record the review in the statement: reviewed: {edition: \"2023\"}.");
        });
    }

    @Test
    void should_flag_a_reworded_item_and_leave_a_statement_reviewed_against_the_current_edition_alone() {
        // given SP.01.01 BR is reworded (capability to process); SP.01.02 BR was reviewed against 2023
        ProgramBuilder.Run run = program(
                        covered("SP.01.01 BR", "reviewed:", "  edition: \"2015+AMD1:2017\""),
                        covered("SP.01.02 BR", "reviewed: {edition: \"2023\"}"))
                .run();

        // when
        List<Suspect> suspects = suspects(run, Map.of());

        // then
        assertThat(suspects).extracting(Suspect::item).containsExactly(BR_01);
        assertThat(suspects.get(0).detail()).contains("Change (reworded): Reworded to a process");
    }

    @Test
    void should_take_the_programs_review_edition_for_statements_without_their_own() {
        // given the program was reviewed against 2015+AMD1:2017 as a whole; SP.01.02 BR since again
        ProgramBuilder builder = program(
                        covered("SP.01.01 BR"),
                        covered("SP.01.01 RE(1)"),
                        covered("SP.01.02 BR", "reviewed: {edition: \"2023\"}"))
                .programYaml(ProgramBuilder.DEFAULT_PROGRAM + "reviewedEdition: \"2015+AMD1:2017\"\n");

        // when
        List<Suspect> suspects = suspects(builder.run(), Map.of());

        // then
        assertThat(suspects).extracting(Suspect::item).containsExactly(BR_01, ItemId.parse("SP.01.01 RE(1)"));
    }

    @Test
    void should_not_track_statements_without_any_review_record() {
        // when
        List<Suspect> suspects =
                suspects(program(covered("SP.01.01 BR"), covered("SP.01.02 BR")).run(), Map.of());

        // then
        assertThat(suspects).isEmpty();
    }

    @Test
    void should_flag_a_statement_whose_overlay_text_changed_since_its_review() {
        // given a made-up overlay; the statement recorded the fingerprint of an earlier text
        String reviewedText = "Made-up requirement text about briefing the staff.";
        String currentText = "Made-up requirement text about briefing the staff, now with a second sentence.";
        String recorded = TextFingerprint.sha256(reviewedText);
        ProgramBuilder.Run run = program(
                        covered("SP.01.01 BR", "reviewed: {edition: \"2023\", fingerprint: \"" + recorded + "\"}"),
                        covered(
                                "SP.01.02 BR",
                                "reviewed: {edition: \"2023\", fingerprint: \""
                                        + TextFingerprint.sha256("Unchanged made-up text.") + "\"}"))
                .run();
        Map<ItemId, String> overlay = Map.of(BR_01, currentText, BR_02, "  Unchanged   made-up\n text. ");

        // when
        List<Suspect> suspects = suspects(run, overlay);

        // then the re-wrapped text of SP.01.02 BR is the same text; SP.01.01 BR's words moved
        String now = TextFingerprint.sha256(currentText);
        assertThat(suspects).singleElement().satisfies(s -> {
            assertThat(s.item()).isEqualTo(BR_01);
            assertThat(s.reason()).isEqualTo(Suspect.Reason.TEXT_CHANGED);
            assertThat(s.detail())
                    .isEqualTo("The licensed text of the item differs from the text the statement was"
                            + " reviewed against (recorded " + recorded.substring(0, 15) + ", now "
                            + now.substring(0, 15) + ").");
            assertThat(s.record()).isEqualTo("reviewed: {edition: \"2023\", fingerprint: \"" + now + "\"}");
        });
    }

    @Test
    void should_use_the_given_fingerprint_function() {
        // given a fingerprint function that sees every text as the same
        ProgramBuilder.Run run = program(covered(
                        "SP.01.01 BR", "reviewed: {edition: \"2023\", fingerprint: \"sha256:" + "0".repeat(64) + "\"}"))
                .run();

        // when
        List<Suspect> suspects = tracker.suspects(
                run.inputs(), run.profile(), Map.of(BR_01, "any made-up text"), text -> "sha256:" + "0".repeat(64));

        // then
        assertThat(suspects).isEmpty();
    }

    @Test
    void should_flag_a_statement_for_the_new_item_reviewed_against_an_edition_without_it() {
        // given SP.11.02 RE(2) is new in 2023
        ProgramBuilder.Run run = program(
                        covered("SP.11.02 BR"), covered("SP.11.02 RE(2)", "reviewed: {edition: \"2015+AMD1:2017\"}"))
                .profileYaml(ProgramBuilder.DEFAULT_PROFILE.replace(
                        "SP.01.02 BR]", "SP.01.02 BR, SP.11.02 BR, SP.11.02 RE(2)]"))
                .run();

        // when
        List<Suspect> suspects = suspects(run, Map.of());

        // then
        assertThat(suspects).singleElement().satisfies(s -> {
            assertThat(s.reason()).isEqualTo(Suspect.Reason.ITEM_NEW);
            assertThat(s.detail())
                    .startsWith("Last reviewed against 2015+AMD1:2017, which does not have this item;"
                            + " it is new in 2023: New enhancement: a mitigation plan");
        });
    }

    @Test
    void should_turn_a_suspect_covered_item_into_a_gap_in_the_trace() {
        // given
        ProgramBuilder.Run run = program(
                        covered("SP.01.01 BR", "reviewed: {edition: \"2015+AMD1:2017\"}"), covered("SP.01.02 BR"))
                .run();
        Trace before = run.trace();

        // when
        Trace after = ReviewTracker.mark(before, suspects(run, Map.of()));

        // then
        assertThat(row(before, BR_01).coverage()).isEqualTo(Coverage.COVERED);
        assertThat(row(after, BR_01).coverage()).isEqualTo(Coverage.GAP);
        assertThat(row(after, BR_01).gaps()).extracting(Gap::kind).containsExactly(GapKind.SUSPECT);
        // the gap report sends the reader to the review to record again, not to the item line
        assertThat(row(after, BR_01).gaps()).extracting(Gap::field).containsExactly("reviewed");
        assertThat(row(after, BR_02).coverage()).isEqualTo(Coverage.COVERED);
        assertThat(after.gaps())
                .extracting(Gap::kind, Gap::subject)
                .contains(Tuple.tuple(GapKind.SUSPECT, "SP.01.01 BR"));
        assertThat(after.gaps()).hasSize(before.gaps().size() + 1);
        assertThat(after.coveragePercent()).isLessThan(before.coveragePercent());
        assertThat(ReviewTracker.mark(before, List.of())).isSameAs(before);
    }

    @Test
    void should_report_a_review_edition_the_catalogue_does_not_have() {
        // given
        ProgramBuilder.Run run = program(covered("SP.01.01 BR", "reviewed: {edition: \"2019\"}"))
                .programYaml(ProgramBuilder.DEFAULT_PROGRAM + "reviewedEdition: \"2015\"\n")
                .run();
        Diagnostics diagnostics = new Diagnostics();

        // when
        tracker.check(run.inputs(), diagnostics);

        // then
        assertThat(diagnostics.all())
                .extracting(Diagnostic::render)
                .containsExactly(
                        lines(
                                "src/programbook/program.yaml:14:1: error [PB-REVIEW-EDITION] the program's 'reviewedEdition' names"
                                        + " review edition '2015', which iec-62443-2-4 does not have",
                                "  hint: use one of: 2015+AMD1:2017, 2023"),
                        lines(
                                "src/programbook/statements/a.yaml:10:16: error [PB-REVIEW-EDITION] statement for SP.01.01 BR names"
                                        + " review edition '2019', which iec-62443-2-4 does not have",
                                "  hint: use one of: 2015+AMD1:2017, 2023"));
    }

    @Test
    void should_warn_about_a_review_against_an_edition_newer_than_the_programs() {
        // given a program moved back to 2015+AMD1:2017
        ProgramBuilder.Run run = program(covered("SP.01.01 BR", "reviewed: {edition: \"2023\"}"))
                .programYaml(ProgramBuilder.DEFAULT_PROGRAM.replace("@2023", "@" + ED1))
                .profileYaml(ProgramBuilder.DEFAULT_PROFILE.replace("@2023", "@" + ED1))
                .run();
        Diagnostics diagnostics = new Diagnostics();

        // when
        tracker.check(run.inputs(), diagnostics);

        // then
        assertThat(diagnostics.all())
                .extracting(Diagnostic::render)
                .containsExactly(lines(
                        "src/programbook/statements/a.yaml:10:16: warning [PB-REVIEW-EDITION] statement for SP.01.01 BR was reviewed"
                                + " against 2023, which is newer than the edition the program follows (2015+AMD1:2017)",
                        "  hint: set 'catalog:' in program.yaml to iec-62443-2-4@2023, or correct the review edition"));
        assertThat(suspects(run, Map.of())).isEmpty();
    }

    @Test
    void should_report_a_malformed_fingerprint_where_it_is_written() {
        // when
        List<Diagnostic> errors = program(covered("SP.01.01 BR", "reviewed: {edition: \"2023\", fingerprint: \"abc\"}"))
                .loadErrors();

        // then
        assertThat(errors)
                .extracting(Diagnostic::render)
                .containsExactly(
                        lines(
                                "src/programbook/statements/a.yaml:10:33: error [PB-VALUE-INVALID] invalid text fingerprint \"abc\"",
                                "  hint: write 'sha256:' and 64 lower-case hex digits, as the gap report prints it for the item"));
    }

    @Test
    void should_fingerprint_normalised_text() {
        assertThat(TextFingerprint.sha256("a  b\n c "))
                .isEqualTo(TextFingerprint.sha256("a b c"))
                .isNotEqualTo(TextFingerprint.sha256("a b c d"))
                .startsWith("sha256:")
                .hasSize(71);
        assertThat(TextFingerprint.sha256(""))
                .isEqualTo("sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }
}
