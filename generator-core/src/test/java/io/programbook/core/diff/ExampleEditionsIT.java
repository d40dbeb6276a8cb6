package io.programbook.core.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.api.DiffRequest;
import io.programbook.core.api.DiffResult;
import io.programbook.core.api.GenerateRequest;
import io.programbook.core.api.GenerateResult;
import io.programbook.core.api.OutputFormat;
import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diff.Changes.EditionChanges;
import io.programbook.core.diff.Changes.ProgramChanges;
import io.programbook.core.edition.Change;
import io.programbook.core.edition.EditionMapping;
import io.programbook.core.edition.EditionMappings;
import io.programbook.core.edition.ItemMapping;
import io.programbook.core.load.ProgramInputs;
import io.programbook.core.model.ItemId;
import io.programbook.core.pipeline.Programbook;
import io.programbook.core.resolve.ResolvedProfile;
import io.programbook.core.testutil.ExampleProgram;
import io.programbook.core.testutil.Fixtures;
import io.programbook.core.text.Messages;
import io.programbook.core.trace.Coverage;
import io.programbook.core.trace.Gap;
import io.programbook.core.trace.GapKind;
import io.programbook.core.trace.Trace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled example (which follows 2023) built against both editions, and the changes between
 * them: a copy switched to 2015+AMD1:2017 stands for the program before it moved.
 */
class ExampleEditionsIT {

    private static final String ED1 = "iec-62443-2-4@2015+AMD1:2017";
    private static final ItemId NEW_ITEM = ItemId.parse("SP.11.02 RE(2)");

    @TempDir
    Path base;

    private final Programbook generator = new Programbook();
    private Path edition1;
    private Path edition2;

    @BeforeEach
    void copyTheExampleForBothEditions() {
        EditionMapping mapping = new EditionMappings(Fixtures.yaml())
                .between(ED1, ExampleProgram.CATALOG)
                .orElseThrow();
        List<ItemId> onlyInNewer = mapping.items().stream()
                .filter(m -> m.change() == Change.ADDED)
                .map(ItemMapping::to)
                .toList();
        edition1 = ExampleProgram.copyFor(base.resolve("release-3.1/src/programbook"), ED1, onlyInNewer);
        Path program = edition1.resolve("program.yaml");
        Fixtures.write(edition1, "program.yaml", read(program).replace("version: \"3.2\"", "version: \"3.1\""));
        edition2 = ExampleProgram.copy(base.resolve("src/programbook"));
    }

    private GenerateResult generate(Path programDir) {
        return generator.generate(new GenerateRequest(
                base,
                programDir,
                programDir.resolveSibling("out"),
                Set.of(OutputFormat.ADOC),
                Optional.empty(),
                Optional.empty()));
    }

    @Test
    void should_build_the_example_against_both_editions() throws Exception {
        // when
        GenerateResult older = generate(edition1);
        GenerateResult newer = generate(edition2);

        // then the 2015+AMD1:2017 copy lacks only the new enhancement (both have Nordwind's own three)
        assertThat(newer.inScope()).isEqualTo(108);
        assertThat(older.inScope()).isEqualTo(107);
        // only the example's one missing evidence file, on purpose
        assertThat(older.warnings()).extracting(d -> d.rule().code()).containsExactly("PB-EVIDENCE-MISSING");
        assertThat(newer.warnings()).extracting(d -> d.rule().code()).containsExactly("PB-EVIDENCE-MISSING");
        String handbook = Files.readString(edition1.resolveSibling("out/handbook.adoc"), StandardCharsets.UTF_8);
        assertThat(handbook).contains("`iec-62443-2-4@2015+AMD1:2017`").doesNotContain("SP.11.02 RE(2) ");
    }

    @Test
    void should_list_sp_11_02_re_2_as_new_and_the_changed_items_with_notes_between_the_editions() throws Exception {
        // when
        DiffRequest request = new DiffRequest(
                base,
                edition2,
                base.resolve("target/programbook"),
                Set.of(OutputFormat.ADOC),
                Optional.of(ED1),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
        DiffResult result = generator.diff(request);
        Changes changes = generator.changes(request, new Diagnostics());

        // then
        EditionChanges catalog = changes.catalog().orElseThrow();
        assertThat(catalog.to()).isEqualTo(ExampleProgram.CATALOG);
        assertThat(catalog.items(Change.ADDED))
                .extracting(Changes.ItemChange::id)
                .containsExactly(NEW_ITEM);
        String adoc = Files.readString(base.resolve("target/programbook/changes.adoc"), StandardCharsets.UTF_8);
        assertThat(adoc)
                .contains(
                        "=== Added\n\n[cols=\"2,4,6,1\",options=header]\n|===\n| Item | Title | Note | Confidence\n"
                                + "| SP.11.02 RE(2) | Mitigation plan for applicable patches the AO has not approved | New enhancement:");
        assertThat(adoc)
                .contains(
                        "| SP.03.08 RE(1) | Access control for network/wireless device admin | Relaxed"
                                + " | Role-based access control is no longer mandated; any suitable access control will do. | no");
        assertThat(adoc)
                .contains(
                        "| SP.10.03 BR | Verify protection detects known (non-zero-day) malware | More evidence"
                                + " | Detection is demonstrated with tests such as the EICAR file, IDS checks or whitelisting checks. | no");
        assertThat(result.summary())
                .contains(
                        "Catalogue iec-62443-2-4@2015+AMD1:2017 to iec-62443-2-4@2023: 1 added,"
                                + " 0 removed, 0 renamed, 39 changed, 83 reworded, 0 unchanged (78 of the mapping's entries unverified)");
    }

    @Test
    void should_show_what_moved_since_the_release_on_the_older_edition() {
        // when the example is compared with its copy on 2015+AMD1:2017 as the baseline
        DiffRequest request = new DiffRequest(
                base,
                edition2,
                base.resolve("target/programbook"),
                Set.of(OutputFormat.ADOC),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(base.resolve("release-3.1")),
                Optional.empty());
        DiffResult result = generator.diff(request);
        Changes changes = generator.changes(request, new Diagnostics());

        // then
        ProgramChanges program = changes.program().orElseThrow();
        assertThat(program.added()).extracting(Changes.StatementChange::id).containsExactly(NEW_ITEM);
        assertThat(program.removed()).isEmpty();
        assertThat(changes.profile().orElseThrow().entering())
                .extracting(Changes.ScopeChange::id)
                .containsExactly(NEW_ITEM);
        // every carried-over statement of an in-scope item was written against the older edition
        assertThat(program.toReview())
                .hasSize(104)
                .extracting(Changes.ReviewNeeded::id)
                .doesNotContain(NEW_ITEM);
        assertThat(changes.catalog().orElseThrow().scoped()).isTrue();
        assertThat(result.summary())
                .containsExactly(
                        "Changes from release-3.1 (version 3.1) to src/programbook (version 3.2)",
                        "Catalogue iec-62443-2-4@2015+AMD1:2017 to iec-62443-2-4@2023: 1 added, 0 removed, 0 renamed, 39 changed,"
                                + " 83 reworded, 0 unchanged (78 of the mapping's entries unverified)",
                        "Profile nordwind-integration 1.0 to nordwind-integration 1.0: 1 item enters scope, 0 leave; target maturity"
                                + " raised for 0, lowered for 0; 0 parameters changed",
                        "Statements: 1 added, 0 removed, 0 changed in status, 0 changed in maturity, 0 changed in text; 104 to review",
                        "Coverage: 76.4 % to 76.6 % (up 0.2 points); covered 81 to 82, with gaps 25 to 25");
    }

    @Test
    void should_flag_every_statement_for_review_when_the_program_moves_to_2023() {
        // given the example just moved to 2023, its statements last reviewed against 2015+AMD1:2017
        Fixtures.write(
                edition2,
                "program.yaml",
                read(edition2.resolve("program.yaml"))
                        .replace(
                                "profile: profile.yaml\n",
                                "profile: profile.yaml\nreviewedEdition: \"2015+AMD1:2017\"\n"));
        Diagnostics diagnostics = new Diagnostics();
        ProgramInputs inputs = generator.load(base, edition2, diagnostics);
        ResolvedProfile profile = generator.resolve(inputs, diagnostics);

        // when
        Trace trace = generator.trace(inputs, profile, Optional.empty());

        // then
        List<Gap> suspects =
                trace.gaps().stream().filter(g -> g.kind() == GapKind.SUSPECT).toList();
        assertThat(suspects).hasSize(105);
        assertThat(suspects)
                .filteredOn(g -> g.subject().equals("SP.03.08 RE(1)"))
                .singleElement()
                .extracting(g -> g.detail(Messages.english()))
                .asString()
                .contains("Role-based access control is no longer mandated");
        assertThat(suspects)
                .filteredOn(g -> g.subject().equals(NEW_ITEM.toString()))
                .singleElement()
                .extracting(g -> g.detail(Messages.english()))
                .asString()
                .contains("which does not have this item; it is new in 2023");
        // only the organisation's own requirements, which no edition of the standard changes, stay covered
        assertThat(trace.rows())
                .filteredOn(r -> r.coverage() == Coverage.COVERED)
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.resolved().item().id().prefix()).isEqualTo("NWA"));
        assertThat(suspects).noneMatch(g -> g.subject().startsWith("NWA."));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
