package io.programbook.core.edition;

import static io.programbook.core.testutil.Fixtures.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.programbook.core.diag.Diagnostic;
import io.programbook.core.diag.Diagnostics;
import io.programbook.core.load.BundledData;
import io.programbook.core.load.SourceFile;
import io.programbook.core.model.Catalog;
import io.programbook.core.model.Confidence;
import io.programbook.core.model.InvalidValueException;
import io.programbook.core.model.Item;
import io.programbook.core.model.ItemId;
import io.programbook.core.testutil.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EditionMappingsTest {

    private static final String ED1 = "iec-62443-2-4@2015+AMD1:2017";
    private static final String ED2 = "iec-62443-2-4@2023";

    private final EditionMappings mappings = new EditionMappings(Fixtures.yaml());

    @TempDir
    Path base;

    private EditionMapping bundled() {
        return mappings.between(ED1, ED2).orElseThrow();
    }

    private static ItemId id(String text) {
        return ItemId.parse(text);
    }

    @Test
    void should_map_every_item_of_2015_amd1_to_2023_with_pinned_counts() {
        // when
        EditionMapping mapping = bundled();

        // then
        assertThat(mapping.from()).isEqualTo(ED1);
        assertThat(mapping.to()).isEqualTo(ED2);
        assertThat(mapping.items()).hasSize(123);
        assertThat(mapping.counts())
                .containsEntry(Change.UNCHANGED, 0L)
                .containsEntry(Change.REWORDED, 83L)
                .containsEntry(Change.CHANGED, 39L)
                .containsEntry(Change.RENAMED, 0L)
                .containsEntry(Change.ADDED, 1L)
                .containsEntry(Change.REMOVED, 0L);
        long sameId = mapping.items().stream()
                .filter(m -> m.from() != null && m.from().equals(m.to()))
                .count();
        assertThat(sameId).isEqualTo(122);
        assertThat(mapping.unverified()).hasSize(78);
    }

    @Test
    void should_list_sp_11_02_re_2_as_the_one_added_item() {
        // when
        ItemMapping added = bundled().toItem(id("SP.11.02 RE(2)")).orElseThrow();

        // then
        assertThat(added.change()).isEqualTo(Change.ADDED);
        assertThat(added.from()).isNull();
        assertThat(added.confidence()).isEqualTo(Confidence.LOW);
        assertThat(added.verified()).isFalse();
        assertThat(added.note()).contains("mitigation plan");
    }

    @Test
    void should_carry_the_relaxations_and_the_evidence_emphasis_as_changes_with_notes() {
        // when
        EditionMapping mapping = bundled();

        // then
        ItemMapping rbac = mapping.toItem(id("SP.03.08 RE(1)")).orElseThrow();
        assertThat(rbac.change()).isEqualTo(Change.CHANGED);
        assertThat(rbac.aspects()).containsExactly(Aspect.RELAXED);
        assertThat(rbac.note())
                .isEqualTo("Role-based access control is no longer mandated; any suitable access control will do.");
        ItemMapping malware = mapping.toItem(id("SP.10.03 BR")).orElseThrow();
        assertThat(malware.aspects()).containsExactly(Aspect.EVIDENCE);
        ItemMapping wording = mapping.toItem(id("SP.01.01 BR")).orElseThrow();
        assertThat(wording.change()).isEqualTo(Change.REWORDED);
        assertThat(wording.note()).contains("process").contains("capability");
        assertThat(wording.verified()).isTrue();
        assertThat(mapping.items()).allSatisfy(m -> assertThat(m.note()).isNotBlank());
        assertThat(mapping.items())
                .filteredOn(m -> m.change() == Change.CHANGED)
                .allSatisfy(m -> assertThat(m.aspects()).isNotEmpty())
                .allSatisfy(m -> assertThat(m.verified()).isFalse());
        assertThat(mapping.items())
                .filteredOn(m -> !m.anyId().isBaseRequirement())
                .allSatisfy(m -> assertThat(m.verified()).as("%s", m.anyId()).isFalse());
    }

    @Test
    void should_not_leave_an_item_the_2023_catalogue_notes_as_changed_unchanged() {
        // given
        Catalog ed2 =
                new BundledData(Fixtures.yaml()).catalog(ED2, new Diagnostics()).orElseThrow();
        EditionMapping mapping = bundled();

        // then
        for (Item item : ed2.items()) {
            ItemMapping entry = mapping.toItem(item.id()).orElseThrow();
            if (!item.changeNote().isEmpty()) {
                assertThat(entry.change())
                        .as("%s has a change note in the catalogue", item.id())
                        .isIn(Change.REWORDED, Change.CHANGED, Change.ADDED);
            }
        }
    }

    @Test
    void should_read_the_mapping_backwards_from_2023() {
        // when
        EditionMapping back = mappings.between(ED2, ED1).orElseThrow();

        // then
        assertThat(back.from()).isEqualTo(ED2);
        assertThat(back.counts())
                .containsEntry(Change.REMOVED, 1L)
                .containsEntry(Change.ADDED, 0L)
                .containsEntry(Change.CHANGED, 39L);
        assertThat(back.fromItem(id("SP.11.02 RE(2)")).orElseThrow().change()).isEqualTo(Change.REMOVED);
        assertThat(mappings.between(ED2, ED2)).isEmpty();
        assertThat(mappings.between(ED1, "iec-62443-2-4@2015")).isEmpty();
        assertThat(mappings.isNewer(ED2, ED1)).isTrue();
        assertThat(mappings.isNewer(ED1, ED2)).isFalse();
        assertThat(EditionMappings.editions("iec-62443-2-4")).containsExactly("2015+AMD1:2017", "2023");
    }

    @Test
    void should_chain_two_mappings_keeping_the_most_disruptive_change_and_both_notes() {
        // given A -> B -> C: x reworded then changed, y renamed to z then unchanged, w removed in B,
        // n added in B, m added in C, t added in B and removed again in C
        EditionMapping ab = new EditionMapping(
                "c@A",
                "c@B",
                "first",
                List.of(
                        entry("SP.01.01 BR", "SP.01.01 BR", Change.REWORDED, "wording"),
                        entry("SP.01.02 BR", "SP.01.03 BR", Change.RENAMED, "new number"),
                        entry("SP.01.04 BR", null, Change.REMOVED, "gone"),
                        entry(null, "SP.01.05 BR", Change.ADDED, "new in B"),
                        entry(null, "SP.01.07 BR", Change.ADDED, "short-lived")));
        EditionMapping bc = new EditionMapping(
                "c@B",
                "c@C",
                "second",
                List.of(
                        entry("SP.01.01 BR", "SP.01.01 BR", Change.CHANGED, "relaxed"),
                        entry("SP.01.03 BR", "SP.01.03 BR", Change.UNCHANGED, ""),
                        entry("SP.01.05 BR", "SP.01.05 BR", Change.REWORDED, "wording"),
                        entry(null, "SP.01.06 BR", Change.ADDED, "new in C"),
                        entry("SP.01.07 BR", null, Change.REMOVED, "dropped")));

        // when
        EditionMapping ac = ab.then(bc);

        // then
        assertThat(ac.from()).isEqualTo("c@A");
        assertThat(ac.to()).isEqualTo("c@C");
        assertThat(ac.note()).isEqualTo("B: first C: second");
        assertThat(ac.items())
                .extracting(m -> m.from() + " -> " + m.to() + " " + m.change().label() + ": " + m.note())
                .containsExactly(
                        "SP.01.01 BR -> SP.01.01 BR changed: B: wording C: relaxed",
                        "SP.01.02 BR -> SP.01.03 BR renamed: B: new number",
                        "SP.01.04 BR -> null removed: B: gone",
                        "null -> SP.01.05 BR added: B: new in B C: wording",
                        "null -> SP.01.06 BR added: C: new in C");
    }

    private static ItemMapping entry(String from, String to, Change change, String note) {
        return new ItemMapping(
                from == null ? null : id(from),
                to == null ? null : id(to),
                change,
                List.of(),
                note,
                Confidence.MEDIUM,
                false);
    }

    @Test
    void should_reject_an_entry_whose_ids_do_not_fit_its_change() {
        assertThatThrownBy(() -> entry("SP.01.01 BR", "SP.01.02 BR", Change.CHANGED, "moved"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("a changed item keeps its id: write it as 'id:'");
        assertThatThrownBy(() -> entry("SP.01.01 BR", null, Change.ADDED, "new"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("an added item has only 'to:'");
        assertThatThrownBy(() -> entry("SP.01.01 BR", "SP.01.01 BR", Change.RENAMED, "same"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("a renamed item has 'from:' and 'to:' with different ids");
    }

    @Test
    void should_report_every_problem_of_a_mapping_file_with_its_position() {
        // given a mapping that misses most items, maps one twice, names an unknown one and has a
        // changed entry without a note (which is then missing too)
        Path file = Fixtures.write(base, "mapping.yaml", """
                from: iec-62443-2-4@2015+AMD1:2017
                to: iec-62443-2-4@2023
                items:
                  - id: SP.01.01 BR
                    change: reworded
                    note: Process wording.
                    verified: true
                  - id: SP.01.01 BR
                    change: reworded
                    note: Again.
                    verified: false
                  - id: SP.13.01 BR
                    change: reworded
                    note: No such item.
                    verified: false
                  - id: SP.01.02 BR
                    change: changed
                    verified: false
                """);
        Diagnostics diagnostics = new Diagnostics();

        // when
        Optional<EditionMapping> mapping = mappings.load(SourceFile.of(file, base), diagnostics);

        // then
        assertThat(mapping).isEmpty();
        assertThat(diagnostics.all())
                .extracting(Diagnostic::render)
                .containsExactly(
                        lines(
                                "mapping.yaml:3:1: error [PB-MAPPING-INVALID] no entry for 121 items of iec-62443-2-4@2015+AMD1:2017:"
                                        + " SP.01.01 RE(1), SP.01.02 BR, SP.01.02 RE(1), SP.01.03 BR, SP.01.03 RE(1) and 116 more",
                                "  hint: add an entry for each: 'id:' when it keeps its id, 'from:' and 'to:' when renamed,"
                                        + " 'from:' alone when removed"),
                        lines(
                                "mapping.yaml:3:1: error [PB-MAPPING-INVALID] no entry for 122 items of iec-62443-2-4@2023:"
                                        + " SP.01.01 RE(1), SP.01.02 BR, SP.01.02 RE(1), SP.01.03 BR, SP.01.03 RE(1) and 117 more",
                                "  hint: add an entry for each: 'id:' when it keeps its id, 'from:' and 'to:' when renamed,"
                                        + " 'to:' alone when added"),
                        lines(
                                "mapping.yaml:8:5: error [PB-MAPPING-INVALID] second entry for SP.01.01 BR of"
                                        + " iec-62443-2-4@2015+AMD1:2017 (first at mapping.yaml:4:5)",
                                "  hint: give every item of both editions exactly one entry, with ids of those editions (see docs/formats.md)"),
                        lines(
                                "mapping.yaml:8:5: error [PB-MAPPING-INVALID] second entry for SP.01.01 BR of iec-62443-2-4@2023"
                                        + " (first at mapping.yaml:4:5)",
                                "  hint: give every item of both editions exactly one entry, with ids of those editions (see docs/formats.md)"),
                        lines(
                                "mapping.yaml:12:5: error [PB-MAPPING-INVALID] 'from' item SP.13.01 BR is not an item of"
                                        + " iec-62443-2-4@2015+AMD1:2017",
                                "  hint: give every item of both editions exactly one entry, with ids of those editions (see docs/formats.md)"),
                        lines(
                                "mapping.yaml:12:5: error [PB-MAPPING-INVALID] 'to' item SP.13.01 BR is not an item of iec-62443-2-4@2023",
                                "  hint: give every item of both editions exactly one entry, with ids of those editions (see docs/formats.md)"),
                        lines(
                                "mapping.yaml:16:5: error [PB-FIELD-REQUIRED] missing required field 'note' in edition mapping entry",
                                "  hint: add 'note:' (see docs/formats.md)"));
    }

    @Test
    void should_report_items_missing_from_a_mapping_and_ids_of_neither_edition() {
        // given
        StringBuilder yaml = new StringBuilder("from: iec-62443-2-4@2015+AMD1:2017\nto: iec-62443-2-4@2023\nitems:\n");
        Catalog ed2 =
                new BundledData(Fixtures.yaml()).catalog(ED2, new Diagnostics()).orElseThrow();
        for (Item item : ed2.items()) {
            if (item.id().equals(id("SP.12.09 BR"))) {
                continue;
            }
            yaml.append(
                    item.id().equals(id("SP.11.02 RE(2)"))
                            ? "  - to: SP.11.02 RE(2)\n    change: added\n    note: New.\n    verified: false\n"
                            : "  - id: " + item.id()
                                    + "\n    change: reworded\n    note: Wording.\n    verified: false\n");
        }
        yaml.append("  - id: SP.01.01 BR\n    change: reworded\n    note: Twice.\n    verified: false\n");
        yaml.append("  - id: SP.13.01 BR\n    change: reworded\n    note: Unknown.\n    verified: false\n");
        Path file = Fixtures.write(base, "mapping.yaml", yaml.toString());
        Diagnostics diagnostics = new Diagnostics();

        // when
        Optional<EditionMapping> mapping = mappings.load(SourceFile.of(file, base), diagnostics);

        // then
        assertThat(mapping).isEmpty();
        assertThat(diagnostics.all())
                .extracting(Diagnostic::headline)
                .containsExactly(
                        "mapping.yaml:3:1: error [PB-MAPPING-INVALID] no entry for SP.12.09 BR of iec-62443-2-4@2015+AMD1:2017",
                        "mapping.yaml:3:1: error [PB-MAPPING-INVALID] no entry for SP.12.09 BR of iec-62443-2-4@2023",
                        "mapping.yaml:492:5: error [PB-MAPPING-INVALID] second entry for SP.01.01 BR of"
                                + " iec-62443-2-4@2015+AMD1:2017 (first at mapping.yaml:4:5)",
                        "mapping.yaml:492:5: error [PB-MAPPING-INVALID] second entry for SP.01.01 BR of iec-62443-2-4@2023"
                                + " (first at mapping.yaml:4:5)",
                        "mapping.yaml:496:5: error [PB-MAPPING-INVALID] 'from' item SP.13.01 BR is not an item of"
                                + " iec-62443-2-4@2015+AMD1:2017",
                        "mapping.yaml:496:5: error [PB-MAPPING-INVALID] 'to' item SP.13.01 BR is not an item of iec-62443-2-4@2023");
    }
}
