package io.programbook.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.diag.Diagnostics;
import io.programbook.core.model.Catalog;
import io.programbook.core.model.Group;
import io.programbook.core.model.Item;
import io.programbook.core.model.ItemId;
import io.programbook.core.model.MaturityLevel;
import io.programbook.core.model.Profile;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The catalogues and profiles of the programbook-catalog jar, which is on the test class path. */
class BundledDataTest {

    private final YamlReader reader = new YamlReader();
    private final BundledData bundled = new BundledData(reader);
    private final Diagnostics diagnostics = new Diagnostics();

    private Catalog load(String reference) {
        Catalog catalog = bundled.catalog(reference, diagnostics).orElseThrow();
        assertThat(diagnostics.all()).isEmpty();
        return catalog;
    }

    @ParameterizedTest
    @CsvSource({"iec-62443-2-4@2023, 123, 12", "'iec-62443-2-4@2015+AMD1:2017', 122, 11"})
    void should_load_every_item_of_each_edition(String reference, int items, int patchItems) {
        // when
        Catalog catalog = load(reference);

        // then
        assertThat(catalog.reference()).isEqualTo(reference);
        assertThat(catalog.items()).hasSize(items);
        assertThat(catalog.itemsById()).hasSize(items);
        assertThat(catalog.groups())
                .extracting(Group::id)
                .containsExactly(
                        "SP.01", "SP.02", "SP.03", "SP.04", "SP.05", "SP.06", "SP.07", "SP.08", "SP.09", "SP.10",
                        "SP.11", "SP.12");
        assertThat(catalog.group("SP.11").orElseThrow().items()).hasSize(patchItems);
    }

    @ParameterizedTest
    @ValueSource(strings = {"iec-62443-2-4@2023", "iec-62443-2-4@2015+AMD1:2017"})
    void should_list_items_in_id_order_each_in_its_own_group_with_its_base_requirement(String reference) {
        // given
        Catalog catalog = load(reference);
        List<ItemId> ids = catalog.items().stream().map(Item::id).toList();

        // then
        assertThat(ids).isSorted().doesNotHaveDuplicates();
        for (Group group : catalog.groups()) {
            assertThat(group.items())
                    .allSatisfy(item -> assertThat(item.id().groupId()).isEqualTo(group.id()));
        }
        assertThat(ids)
                .filteredOn(id -> !id.isBaseRequirement())
                .allSatisfy(re -> assertThat(ids).contains(re.baseRequirement()));
    }

    @Test
    void should_define_maturity_levels_ml1_to_ml4_lowest_first() {
        // when
        Catalog catalog = load("iec-62443-2-4@2023");

        // then
        assertThat(catalog.maturityLevels()).extracting(MaturityLevel::id).containsExactly("ML1", "ML2", "ML3", "ML4");
        assertThat(catalog.rank("ML1")).isEqualTo(1);
        assertThat(catalog.rank("ML3")).isEqualTo(3);
        assertThat(catalog.rank("ML4")).isEqualTo(4);
        assertThat(catalog.rank("ml2")).isZero();
    }

    @Test
    void should_return_the_same_catalogue_instance_from_the_cache() {
        assertThat(load("iec-62443-2-4@2023")).isSameAs(load("iec-62443-2-4@2023"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"iec-62443-2-4@2024", "iec-62443-2-4", "../../etc/passwd@1", "iec-62443-3-3@2013", ""})
    void should_give_nothing_for_an_unknown_catalogue(String reference) {
        // when / then
        assertThat(bundled.catalog(reference, diagnostics)).isEmpty();
        assertThat(diagnostics.all()).isEmpty();
    }

    @Test
    void should_map_a_reference_to_its_resource() {
        assertThat(BundledData.catalogResource("iec-62443-2-4@2015+AMD1:2017"))
                .contains("programbook/catalogs/iec-62443-2-4/2015+AMD1-2017.yaml");
        assertThat(BundledData.profileResource("all-of-2-4")).contains("programbook/profiles/all-of-2-4.yaml");
        assertThat(BundledData.profileResource("../catalogs/iec-62443-2-4/2023"))
                .isEmpty();
        assertThat(BundledData.profileResource("no-such-profile")).isEmpty();
    }

    @Test
    void should_name_the_bundled_profile_that_tailors_the_other_edition_the_same_way() {
        assertThat(BundledData.counterpart("all-of-2-4", "iec-62443-2-4@2015+AMD1:2017"))
                .contains("all-of-2-4-2015");
        assertThat(BundledData.counterpart("maintenance-provider-2015", "iec-62443-2-4@2023"))
                .contains("maintenance-provider");
        assertThat(BundledData.counterpart("all-of-2-4", "iec-62443-2-4@2031")).isEmpty();
        assertThat(BundledData.counterpart("my-profile", "iec-62443-2-4@2023")).isEmpty();
        assertThat(BundledData.bundledProfileName("classpath:programbook/profiles/ml3-assessment.yaml"))
                .contains("ml3-assessment");
        assertThat(BundledData.bundledProfileName("src/programbook/profile.yaml"))
                .isEmpty();
    }

    @Test
    void should_bind_every_bundled_profile_to_its_catalogue_edition() {
        for (String name : BundledData.PROFILES) {
            // when
            YamlDocument doc = reader.read(
                            SourceFile.resource(
                                    BundledData.profileResource(name).orElseThrow()),
                            diagnostics)
                    .orElseThrow();
            Profile profile =
                    reader.bind(doc, "", Profile.class, "profile", diagnostics).orElseThrow();

            // then
            assertThat(profile.id()).isEqualTo(name);
            assertThat(profile.catalog())
                    .isEqualTo(name.endsWith("-2015") ? "iec-62443-2-4@2015+AMD1:2017" : "iec-62443-2-4@2023");
            assertThat(BundledData.profilesFor(profile.catalog())).contains(name);
        }
        assertThat(diagnostics.all()).isEmpty();
    }
}
