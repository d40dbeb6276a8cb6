package io.programbook.core.diff;

import static io.programbook.core.testutil.Fixtures.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.programbook.core.api.DiffRequest;
import io.programbook.core.api.DiffResult;
import io.programbook.core.api.OutputFormat;
import io.programbook.core.diag.Diagnostic;
import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.GeneratorException;
import io.programbook.core.diff.Changes.EditionChanges;
import io.programbook.core.diff.Changes.ItemChange;
import io.programbook.core.diff.Changes.ProfileChanges;
import io.programbook.core.diff.Changes.ProgramChanges;
import io.programbook.core.edition.Aspect;
import io.programbook.core.edition.Change;
import io.programbook.core.edition.EditionMappings;
import io.programbook.core.load.ProgramInputs;
import io.programbook.core.model.Catalog;
import io.programbook.core.model.Confidence;
import io.programbook.core.model.Item;
import io.programbook.core.model.ItemId;
import io.programbook.core.pipeline.Programbook;
import io.programbook.core.resolve.ResolvedProfile;
import io.programbook.core.testutil.Fixtures;
import io.programbook.core.testutil.ProgramBuilder;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of diff: catalogue editions, profiles, and a program against its baseline. */
class DifferTest {

    private static final String ED1 = "iec-62443-2-4@2015+AMD1:2017";
    private static final String ED2 = "iec-62443-2-4@2023";
    private static final Path GOLDEN = Path.of("src/test/resources/golden/changes-baseline");

    @TempDir
    Path base;

    private final Programbook generator = new Programbook();

    private Differ differ(Path baseDir) {
        return new Differ(Fixtures.yaml(), new EditionMappings(Fixtures.yaml()), (dir, label, warnings) -> {
            ProgramInputs inputs = generator.load(baseDir, dir, warnings);
            ResolvedProfile profile = generator.resolve(inputs, warnings);
            return ProgramSnapshot.of(label, inputs, profile, generator.trace(inputs, profile, Optional.empty()));
        });
    }

    private static DiffRequest request(
            Path baseDir,
            Optional<String> fromCatalog,
            Optional<String> toCatalog,
            Optional<String> fromProfile,
            Optional<String> toProfile,
            Optional<Path> baseline) {
        return new DiffRequest(
                baseDir,
                baseDir.resolve("src/programbook"),
                baseDir.resolve("target/programbook"),
                Set.of(OutputFormat.ADOC),
                fromCatalog,
                toCatalog,
                fromProfile,
                toProfile,
                baseline,
                Optional.empty());
    }

    private Changes compare(DiffRequest request) {
        return differ(request.baseDir()).compare(request, new Diagnostics());
    }

    private List<String> errors(DiffRequest request) {
        try {
            Diagnostics diagnostics = new Diagnostics();
            differ(request.baseDir()).compare(request, diagnostics);
            diagnostics.throwIfErrors();
        } catch (GeneratorException e) {
            return e.diagnostics().stream().map(Diagnostic::render).toList();
        }
        throw new AssertionError("the diff should have failed");
    }

    private static ItemId id(String text) {
        return ItemId.parse(text);
    }

    // --- catalogue editions

    @Test
    void should_list_sp_11_02_re_2_as_new_and_the_changed_items_with_their_notes() {
        // when
        Changes changes = compare(DiffRequest.editions(base, ED1, ED2));

        // then
        assertThat(changes.kind()).isEqualTo(Changes.Kind.EDITIONS);
        assertThat(changes.profile()).isEmpty();
        assertThat(changes.program()).isEmpty();
        EditionChanges catalog = changes.catalog().orElseThrow();
        assertThat(catalog.inferred()).isFalse();
        assertThat(catalog.scoped()).isFalse();
        assertThat(catalog.items(Change.ADDED)).singleElement().satisfies(added -> {
            assertThat(added.to()).contains(id("SP.11.02 RE(2)"));
            assertThat(added.from()).isEmpty();
            assertThat(added.area()).isEqualTo("SP.11");
        });
        assertThat(catalog.items(Change.CHANGED)).hasSize(39);
        assertThat(catalog.items(Change.REWORDED)).hasSize(83);
        ItemChange addressing = catalog.items(Change.CHANGED).stream()
                .filter(i -> i.id().equals(id("SP.04.03 RE(2)")))
                .findFirst()
                .orElseThrow();
        assertThat(addressing.aspects()).containsExactly(Aspect.RELAXED, Aspect.EVIDENCE);
        assertThat(addressing.title()).isEqualTo("Wireless device addresses configured and verified");
        assertThat(addressing.previousTitle()).isEqualTo("Static addresses for wireless devices");
        assertThat(changes.summary())
                .containsExactly(
                        "Changes from iec-62443-2-4@2015+AMD1:2017 to iec-62443-2-4@2023",
                        "Catalogue iec-62443-2-4@2015+AMD1:2017 to iec-62443-2-4@2023: 1 added, 0 removed, 0 renamed, 39 changed,"
                                + " 83 reworded, 0 unchanged (78 of the mapping's entries unverified)");
    }

    @Test
    void should_compare_editions_backwards_and_take_the_programs_catalogue_for_the_side_left_out() {
        // given a program on 2015+AMD1:2017
        Fixtures.program(base)
                .programYaml(ProgramBuilder.DEFAULT_PROGRAM.replace("@2023", "@2015+AMD1:2017"))
                .write();

        // when
        Changes changes = compare(request(
                base, Optional.of(ED2), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));

        // then
        EditionChanges catalog = changes.catalog().orElseThrow();
        assertThat(catalog.to()).isEqualTo(ED1);
        assertThat(catalog.items(Change.REMOVED)).extracting(ItemChange::id).containsExactly(id("SP.11.02 RE(2)"));
        assertThat(catalog.count(Change.ADDED)).isZero();
    }

    @Test
    void should_infer_changes_from_ids_and_titles_between_editions_without_a_mapping() {
        // given two editions of a made-up catalogue: one item dropped, one added, one retitled
        var older = Fixtures.tinyCatalog();
        var newer = new Catalog(
                "tiny",
                "2",
                "Tiny 2",
                "",
                "",
                older.maturityLevels(),
                List.of(
                        Fixtures.group(
                                "SP.01",
                                "Solution staffing",
                                Fixtures.item("SP.01.01 BR"),
                                new Item(
                                        id("SP.01.02 BR"),
                                        "A new short title",
                                        List.of(),
                                        false,
                                        Confidence.HIGH,
                                        "",
                                        ""),
                                Fixtures.item("SP.01.03 BR")),
                        older.groups().get(1),
                        older.groups().get(2),
                        older.groups().get(3)));

        // when
        EditionChanges changes = EditionDiffer.diff(older, newer, Optional.empty(), e -> true, false);

        // then
        assertThat(changes.inferred()).isTrue();
        assertThat(changes.note()).isEqualTo(EditionDiffer.INFERRED_NOTE);
        assertThat(changes.items())
                .extracting(i -> i.change() + " " + i.id() + " " + i.previousTitle())
                .containsExactly(
                        "REMOVED SP.01.01 RE(1) ", "REWORDED SP.01.02 BR Title of SP.01.02 BR", "ADDED SP.01.03 BR ");
        assertThat(changes.count(Change.UNCHANGED)).isEqualTo(9);
    }

    @Test
    void should_report_an_unknown_catalogue_and_a_missing_program_together() {
        // when there is no program folder to take toCatalog from
        List<String> errors = errors(request(
                base,
                Optional.of("iec-62443-2-4@2019"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty()));

        // then
        assertThat(errors)
                .containsExactly(lines(
                        "diff configuration: error [PB-DIFF-REQUEST] 'toCatalog' is not set and there is no"
                                + " src/programbook/program.yaml to take it from",
                        "  hint: set 'toCatalog', or run the diff in a project with a program folder"));
        assertThat(errors(request(
                        base,
                        Optional.of("iec-62443-2-4@2019"),
                        Optional.of(ED2),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty())))
                .containsExactly(lines(
                        "diff configuration: error [PB-CATALOG-UNKNOWN] fromCatalog names unknown catalogue 'iec-62443-2-4@2019'",
                        "  hint: use one of: iec-62443-2-4@2015+AMD1:2017, iec-62443-2-4@2023"));
    }

    @Test
    void should_ask_for_exactly_one_comparison() {
        String hint =
                "  hint: set 'baseline' to a folder with an earlier version of the program (-Dprogrambook.baseline=...),"
                        + " or 'fromCatalog' (e.g. iec-62443-2-4@2015+AMD1:2017), or 'fromProfile' (a profile file)";
        assertThat(errors(request(
                        base,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty())))
                .containsExactly(lines("diff configuration: error [PB-DIFF-REQUEST] nothing to compare", hint));
        assertThat(errors(request(
                        base,
                        Optional.of(ED1),
                        Optional.empty(),
                        Optional.of("old.yaml"),
                        Optional.empty(),
                        Optional.of(base))))
                .containsExactly(lines(
                        "diff configuration: error [PB-DIFF-REQUEST] choose one"
                                + " comparison; these parameters are set: fromCatalog, fromProfile, baseline",
                        hint));
    }

    // --- profiles

    @Test
    void should_list_items_entering_and_leaving_scope_and_maturity_targets_raised_and_lowered() {
        // given two versions of a made-up profile
        Fixtures.write(base, "profiles/v1.yaml", """
                id: acme
                version: "1.0"
                catalog: iec-62443-2-4@2023
                defaultMaturity: ML2
                exclude:
                  - select: SP.04
                    rationale: No wireless.
                parameters:
                  review-interval-months: 12
                  retention: 90
                """);
        Fixtures.write(base, "profiles/v2.yaml", """
                id: acme
                version: "2.0"
                catalog: iec-62443-2-4@2023
                defaultMaturity: ML2
                exclude:
                  - select: SP.05
                    rationale: No safety systems.
                  - select: SP.04.03 RE(*)
                    rationale: No wireless addressing.
                maturity:
                  - select: SP.09.*
                    level: ML3
                  - select: SP.01.01 BR
                    level: ML1
                parameters:
                  review-interval-months: 6
                  log-retention-days: 180
                """);

        // when
        Changes changes = compare(request(
                base,
                Optional.empty(),
                Optional.empty(),
                Optional.of("profiles/v1.yaml"),
                Optional.of("profiles/v2.yaml"),
                Optional.empty()));

        // then
        ProfileChanges profile = changes.profile().orElseThrow();
        assertThat(changes.catalog()).isEmpty();
        assertThat(profile.entering())
                .extracting(c -> c.id().toString())
                .containsExactly("SP.04.01 BR", "SP.04.02 BR", "SP.04.02 RE(1)", "SP.04.03 BR");
        assertThat(profile.leaving())
                .hasSize(12)
                .allSatisfy(c -> assertThat(c.area()).isEqualTo("SP.05"));
        assertThat(profile.leaving().get(0).reason())
                .isEqualTo("No safety systems. Out of scope by 'exclude SP.05' at" + " profiles/v2.yaml:6:5");
        assertThat(profile.raised()).hasSize(17).allSatisfy(m -> {
            assertThat(m.from()).isEqualTo("ML2");
            assertThat(m.to()).isEqualTo("ML3");
        });
        assertThat(profile.lowered()).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo(id("SP.01.01 BR"));
            assertThat(m.rule()).isEqualTo("'maturity SP.01.01 BR ML1' at profiles/v2.yaml:13:5");
        });
        assertThat(profile.parameters())
                .extracting(p -> p.name() + ": " + p.from() + " -> " + p.to())
                .containsExactly("log-retention-days:  -> 180", "retention: 90 -> ", "review-interval-months: 12 -> 6");
        assertThat(changes.summary())
                .containsExactly(
                        "Changes from profiles/v1.yaml to profiles/v2.yaml",
                        "Profile acme 1.0 to acme 2.0: 4 items enter scope, 12 leave; target maturity raised for 17, lowered for 1;"
                                + " 3 parameters changed");
    }

    @Test
    void should_compare_a_bundled_profile_with_the_programs_own() {
        // given a program whose profile excludes SP.04 only
        Fixtures.program(base).profileYaml("""
                id: own
                catalog: iec-62443-2-4@2023
                defaultMaturity: ML2
                exclude:
                  - select: SP.04
                    rationale: No wireless.
                """).write();

        // when
        Changes changes = compare(request(
                base,
                Optional.empty(),
                Optional.empty(),
                Optional.of("integration-no-sis-no-wireless"),
                Optional.empty(),
                Optional.empty()));

        // then SP.05 comes back into scope
        ProfileChanges profile = changes.profile().orElseThrow();
        assertThat(changes.from()).isEqualTo("integration-no-sis-no-wireless");
        assertThat(changes.to()).isEqualTo("src/programbook/profile.yaml");
        assertThat(profile.entering())
                .hasSize(12)
                .allSatisfy(c -> assertThat(c.reason())
                        .isEqualTo("In scope by 'every item (no include rule)' at src/programbook/profile.yaml:1:1"));
        assertThat(profile.leaving()).isEmpty();
    }

    @Test
    void should_show_a_new_item_entering_scope_when_a_profile_moves_to_the_newer_edition() {
        // given the same tailoring written for each edition
        String profile =
                "id: acme\ncatalog: %s\ndefaultMaturity: ML2\nexclude:\n  - select: SP.05\n    rationale: No SIS.\n";
        Fixtures.write(base, "old.yaml", profile.formatted(ED1));
        Fixtures.write(base, "new.yaml", profile.formatted(ED2));

        // when
        Changes changes = compare(request(
                base,
                Optional.empty(),
                Optional.empty(),
                Optional.of("old.yaml"),
                Optional.of("new.yaml"),
                Optional.empty()));

        // then
        assertThat(changes.profile().orElseThrow().entering()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(id("SP.11.02 RE(2)"));
            assertThat(c.reason()).isEqualTo("New in 2023; in scope by 'every item (no include rule)' at new.yaml:1:1");
        });
        EditionChanges catalog = changes.catalog().orElseThrow();
        assertThat(catalog.scoped()).isTrue();
        assertThat(catalog.items()).noneMatch(i -> i.area().equals("SP.05"));
        assertThat(catalog.count(Change.CHANGED)).isEqualTo(39);
    }

    @Test
    void should_report_a_profile_whose_edition_does_not_match_its_parent() {
        // given a profile for 2015+AMD1:2017 that extends a bundled 2023 profile
        Fixtures.write(base, "old.yaml", "id: acme\ncatalog: " + ED1 + "\nextends: [all-of-2-4]\n");
        Fixtures.write(base, "new.yaml", "id: acme\ncatalog: " + ED2 + "\ndefaultMaturity: ML2\n");

        // when
        List<String> errors = errors(request(
                base,
                Optional.empty(),
                Optional.empty(),
                Optional.of("old.yaml"),
                Optional.of("new.yaml"),
                Optional.empty()));

        // then
        assertThat(errors)
                .singleElement()
                .asString()
                .startsWith("classpath:programbook/profiles/all-of-2-4.yaml:")
                .contains(
                        "error [PB-PROFILE-EDITION] bundled profile 'all-of-2-4' is made for iec-62443-2-4@2023 but"
                                + " the program follows iec-62443-2-4@2015+AMD1:2017",
                        "hint: name 'all-of-2-4-2015' instead");
    }

    // --- baseline

    @Test
    void should_compare_the_program_with_its_baseline() {
        // when
        Changes changes = compare(new DiffRequest(
                GOLDEN,
                GOLDEN.resolve("current"),
                base,
                Set.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(GOLDEN.resolve("baseline")),
                Optional.empty()));

        // then
        ProgramChanges program = changes.program().orElseThrow();
        assertThat(changes.from()).isEqualTo("baseline (version 1.3)");
        assertThat(changes.to()).isEqualTo("current (version 2.0)");
        assertThat(program.added()).extracting(s -> s.id() + " " + s.to()).containsExactly("SP.01.03 BR implemented");
        assertThat(program.removed())
                .extracting(s -> s.id() + " " + s.from())
                .containsExactly("SP.01.01 RE(1) planned");
        assertThat(program.statusChanged())
                .extracting(s -> s.id() + " " + s.from() + " -> " + s.to())
                .containsExactly("SP.01.02 BR partial -> implemented");
        assertThat(program.maturityChanged())
                .extracting(s -> s.id() + " " + s.from() + " -> " + s.to())
                .containsExactly("SP.01.02 BR ML1 -> ML3");
        assertThat(program.textChanged())
                .extracting(s -> s.id().toString())
                .containsExactly("SP.01.01 BR", "SP.01.02 BR");
        // reviewed against 2023 already: SP.01.02 BR; suspect by its own review record: SP.03.08 RE(1)
        assertThat(program.toReview())
                .extracting(r -> r.id().toString())
                .containsExactly("SP.01.01 BR", "SP.01.03 BR", "SP.03.08 BR", "SP.03.08 RE(1)");
        assertThat(program.toReview().get(3).reason())
                .isEqualTo("Changed in 2023: Role-based access control is no longer"
                        + " mandated; any suitable access control will do.");
        assertThat(program.fromTotals().coveragePercent()).isEqualTo(60.0);
        assertThat(program.toTotals().coveragePercent()).isEqualTo(80.0);
        assertThat(program.coverageChanged())
                .extracting(c -> c.id() + " " + c.from() + " -> " + c.to() + " " + c.gaps())
                .contains("SP.03.08 RE(1) covered -> gap [suspect]");
        assertThat(changes.summary())
                .containsExactly(
                        "Changes from baseline (version 1.3) to current (version 2.0)",
                        "Catalogue iec-62443-2-4@2015+AMD1:2017 to iec-62443-2-4@2023: 1 added, 0 removed, 0 renamed, 39 changed,"
                                + " 83 reworded, 0 unchanged (78 of the mapping's entries unverified)",
                        "Profile kestrel-small 1.0 to kestrel-small 2.0: 1 item enters scope, 1 leaves; target maturity raised"
                                + " for 1, lowered for 0; 1 parameter changed",
                        "Statements: 1 added, 1 removed, 1 changed in status, 1 changed in maturity, 2 changed in text; 4 to review",
                        "Coverage: 60.0 % to 80.0 % (up 20.0 points); covered 3 to 4, with gaps 2 to 1");
    }

    @Test
    void should_find_the_program_in_a_baseline_project_folder_and_show_coverage_going_down() {
        // given the baseline is a project with src/programbook whose one item was covered; now it is planned
        String covered = Fixtures.statements(Fixtures.statement(
                "SP.01.01 BR",
                "status: implemented",
                "maturity: ML2",
                "owner: security-lead",
                "evidence:",
                "  - url: https://example.com/record",
                "    title: Record",
                "    date: 2026-09-01"));
        Fixtures.program(base.resolve("release-1"))
                .statements("a.yaml", covered)
                .write();
        Path project = base.resolve("project");
        Fixtures.program(project)
                .statements(
                        "a.yaml",
                        Fixtures.statements(
                                Fixtures.statement("SP.01.01 BR", "status: planned", "owner: security-lead")))
                .write();

        // when the baseline lies beside the project, as a worktree of the last release would
        Changes changes = compare(request(
                project,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(base.resolve("release-1"))));

        // then
        ProgramChanges program = changes.program().orElseThrow();
        assertThat(changes.from()).isEqualTo("../release-1 (version 1.0)");
        assertThat(changes.catalog()).isEmpty();
        assertThat(changes.profile().orElseThrow().isEmpty()).isTrue();
        assertThat(program.statusChanged())
                .extracting(s -> s.from() + " -> " + s.to())
                .containsExactly("implemented -> planned");
        assertThat(program.toReview()).isEmpty();
        assertThat(program.coverageDelta()).isEqualTo(-33.3);
        assertThat(changes.summary())
                .last()
                .isEqualTo("Coverage: 33.3 % to 0.0 % (down 33.3 points); covered 1 to 0, with gaps 2 to 3");
    }

    @Test
    void should_show_how_the_verdicts_moved_between_two_assessments() {
        // given: the release was assessed in September; the current program also in December
        String september = """
                scheme: IECEE CB scheme (IEC TS 62443-6-1)
                assessor: M. Okafor
                date: 2026-09-15
                catalog: iec-62443-2-4@2023
                results:
                  - item: SP.01.01 BR
                    role: integration
                    verdict: fail
                    action: {owner: security-lead, due: 2026-11-30}
                  - item: SP.01.02 BR
                    role: integration
                    verdict: pass
                """;
        String december = """
                scheme: IECEE CB scheme (IEC TS 62443-6-1)
                assessor: M. Okafor
                date: 2026-12-01
                catalog: iec-62443-2-4@2023
                results:
                  - item: SP.01.01 BR
                    role: integration
                    verdict: pass
                  - item: SP.01.01 RE(1)
                    role: maintenance
                    verdict: n/e
                """;
        Fixtures.program(base.resolve("release-1"))
                .file("assessments/2026-09-15-m-okafor.yaml", september)
                .write();
        Path project = base.resolve("project");
        Fixtures.program(project)
                .file("assessments/2026-09-15-m-okafor.yaml", september)
                .file("assessments/2026-12-01-m-okafor.yaml", december)
                .write();

        // when
        Changes changes = compare(request(
                project,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(base.resolve("release-1"))));

        // then: SP.01.02 BR kept its September verdict
        assertThat(changes.program().orElseThrow().verdictChanged())
                .extracting(v -> v.id() + ": " + v.from() + " -> " + v.to())
                .containsExactly(
                        "SP.01.01 BR: Fail (2026-09-15) -> Pass (2026-12-01)",
                        "SP.01.01 RE(1): " + " -> N/E (2026-12-01)");
    }

    @Test
    void should_report_the_problems_of_both_programs_at_once() {
        // given a baseline and a current program that each name an unknown role
        String bad = Fixtures.statements(Fixtures.statement("SP.01.01 BR", "status: planned", "owner: nobody"));
        Fixtures.program(base.resolve("old")).statements("a.yaml", bad).write();
        Fixtures.program(base).statements("a.yaml", bad).write();

        // when
        List<String> errors = errors(request(
                base,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(base.resolve("old"))));

        // then
        assertThat(errors)
                .extracting(e -> e.lines().findFirst().orElseThrow())
                .containsExactly(
                        "old/src/programbook/statements/a.yaml:4:5: error [PB-ROLE-UNKNOWN] unknown role 'nobody'",
                        "src/programbook/statements/a.yaml:4:5: error [PB-ROLE-UNKNOWN] unknown role 'nobody'");
    }

    @Test
    void should_report_a_baseline_folder_without_a_program() {
        // given
        Fixtures.program(base).write();
        Fixtures.write(base, "empty/readme.txt", "nothing here");

        // then
        assertThat(errors(request(
                        base,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(base.resolve("empty")))))
                .containsExactly(
                        lines(
                                "empty: error [PB-FILE-MISSING] the baseline folder has neither program.yaml nor src/programbook/program.yaml",
                                "  hint: point 'baseline' at an earlier program folder, or at a project folder that holds one in src/programbook"));
        assertThat(errors(request(
                        base,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(base.resolve("missing")))))
                .first()
                .asString()
                .startsWith("missing: error [PB-FOLDER-MISSING] baseline folder does not exist");
    }

    @Test
    void should_write_the_changes_and_remove_them_and_every_other_output_when_a_later_diff_fails() throws Exception {
        // given a diff that wrote its files
        DiffResult written =
                generator.diff(DiffRequest.editions(base, ED1, ED2).withFormats(Set.of(OutputFormat.ADOC)));
        Path out = base.resolve("target/programbook");
        Fixtures.write(out, "handbook.adoc", "written by generate");
        assertThat(written.files()).containsExactly(out.resolve("changes.adoc"), out.resolve("changes.json"));

        // when the next diff fails
        assertThatThrownBy(() -> generator.diff(
                        DiffRequest.editions(base, ED1, "iec-62443-2-4@2030").withFormats(Set.of(OutputFormat.ADOC))))
                .isInstanceOf(GeneratorException.class);

        // then nothing stale is left: one rule for every failed goal, whichever wrote the files
        assertThat(out.resolve("changes.adoc")).doesNotExist();
        assertThat(out.resolve("changes.json")).doesNotExist();
        assertThat(out.resolve("handbook.adoc")).doesNotExist();
    }

    @Test
    void should_not_accept_a_request_without_its_paths() {
        assertThatThrownBy(() -> new DiffRequest(
                        base,
                        base,
                        base,
                        Set.of(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        null,
                        Optional.empty()))
                .isInstanceOf(NullPointerException.class);
    }
}
