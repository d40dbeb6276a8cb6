package io.programbook.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pins the bundled catalogue and profile data against the research note
 * (shared/reference/iec-62443-2-4.md, sections 5, 6 and 8). Reads plain YAML trees so it does not
 * depend on the product's model classes.
 */
class CatalogDataTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static final String CATALOG_DIR = "/programbook/catalogs/iec-62443-2-4/";
    private static final String ED_2023 = "2023.yaml";
    private static final String ED_2015 = "2015+AMD1-2017.yaml";
    private static final String PROFILE_DIR = "/programbook/profiles/";
    private static final List<String> PROFILES_2023 =
            List.of("all-of-2-4", "integration-no-sis-no-wireless", "maintenance-provider", "ml3-assessment");
    /** The same four for the first edition, named with the suffix {@code -2015}. */
    private static final List<String> PROFILES_2015 =
            PROFILES_2023.stream().map(p -> p + "-2015").toList();

    private static final List<String> PROFILES =
            Stream.concat(PROFILES_2023.stream(), PROFILES_2015.stream()).toList();

    private static final Pattern ITEM_ID = Pattern.compile("^SP\\.(0[1-9]|1[0-2])\\.(\\d{2}) (BR|RE\\((\\d+)\\))$");
    private static final Pattern GROUP_ID = Pattern.compile("^SP\\.(0[1-9]|1[0-2])$");
    private static final Pattern TAG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    private static final String EXTRA_2023_ITEM = "SP.11.02 RE(2)";

    private static final Set<String> TOP_KEYS =
            Set.of("id", "edition", "title", "publisher", "note", "maturityLevels", "groups");
    private static final Set<String> GROUP_KEYS = Set.of("id", "name", "description", "items");
    private static final Set<String> ITEM_KEYS =
            Set.of("id", "title", "tags", "deliversDocument", "confidence", "provenance");
    private static final Set<String> PROFILE_KEYS = Set.of(
            "id",
            "name",
            "version",
            "catalog",
            "description",
            "extends",
            "defaultMaturity",
            "include",
            "exclude",
            "maturity",
            "parameters");

    /** Section 5 of the reference: group -> {BRs, REs in the Ed1+A1 list, REs in the Ed2 list}. */
    private static final Map<String, int[]> COUNTS_PER_GROUP = new LinkedHashMap<>();

    static {
        COUNTS_PER_GROUP.put("SP.01", new int[] {7, 4, 4});
        COUNTS_PER_GROUP.put("SP.02", new int[] {3, 4, 4});
        COUNTS_PER_GROUP.put("SP.03", new int[] {10, 14, 14});
        COUNTS_PER_GROUP.put("SP.04", new int[] {3, 3, 3});
        COUNTS_PER_GROUP.put("SP.05", new int[] {9, 3, 3});
        COUNTS_PER_GROUP.put("SP.06", new int[] {3, 1, 1});
        COUNTS_PER_GROUP.put("SP.07", new int[] {4, 1, 1});
        COUNTS_PER_GROUP.put("SP.08", new int[] {4, 4, 4});
        COUNTS_PER_GROUP.put("SP.09", new int[] {9, 8, 8});
        COUNTS_PER_GROUP.put("SP.10", new int[] {5, 3, 3});
        COUNTS_PER_GROUP.put("SP.11", new int[] {6, 5, 6});
        COUNTS_PER_GROUP.put("SP.12", new int[] {9, 0, 0});
    }

    // ---------------------------------------------------------------- catalogue: shape and counts

    @Test
    void should_hold_122_items_in_2015_amd1_and_123_items_in_2023() {
        // when
        List<String> ids2015 = itemIds(catalog(ED_2015));
        List<String> ids2023 = itemIds(catalog(ED_2023));

        // then
        assertThat(ids2015).hasSize(122);
        assertThat(ids2023).hasSize(123);
        assertThat(ids2015.stream().filter(id -> id.endsWith(" BR"))).hasSize(72);
        assertThat(ids2023.stream().filter(id -> id.endsWith(" BR"))).hasSize(72);
    }

    @Test
    void should_count_brs_and_res_per_group_as_in_the_reference() {
        // given
        JsonNode ed2015 = catalog(ED_2015);
        JsonNode ed2023 = catalog(ED_2023);

        // then
        for (Map.Entry<String, int[]> e : COUNTS_PER_GROUP.entrySet()) {
            String group = e.getKey();
            int brs = e.getValue()[0];
            assertThat(count(ed2015, group, true))
                    .as("BRs of %s in 2015+AMD1:2017", group)
                    .isEqualTo(brs);
            assertThat(count(ed2015, group, false))
                    .as("REs of %s in 2015+AMD1:2017", group)
                    .isEqualTo(e.getValue()[1]);
            assertThat(count(ed2023, group, true))
                    .as("BRs of %s in 2023", group)
                    .isEqualTo(brs);
            assertThat(count(ed2023, group, false))
                    .as("REs of %s in 2023", group)
                    .isEqualTo(e.getValue()[2]);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {ED_2015, ED_2023})
    void should_list_the_twelve_groups_in_order(String file) {
        List<String> groups = new ArrayList<>();
        catalog(file).get("groups").forEach(g -> groups.add(g.get("id").asText()));

        assertThat(groups).containsExactlyElementsOf(COUNTS_PER_GROUP.keySet());
    }

    @ParameterizedTest
    @ValueSource(strings = {ED_2015, ED_2023})
    void should_use_only_the_documented_keys(String file) {
        JsonNode cat = catalog(file);
        Set<String> itemKeys = new HashSet<>(ITEM_KEYS);
        if (file.equals(ED_2023)) {
            itemKeys.add("changeNote"); // optional, 2023 only
        }

        assertThat(fieldNames(cat)).containsExactlyInAnyOrderElementsOf(TOP_KEYS);
        for (JsonNode group : cat.get("groups")) {
            assertThat(fieldNames(group)).containsExactlyInAnyOrderElementsOf(GROUP_KEYS);
            for (JsonNode item : group.get("items")) {
                assertThat(fieldNames(item)).as(item.get("id").asText()).containsAll(ITEM_KEYS);
                assertThat(itemKeys).as(item.get("id").asText()).containsAll(fieldNames(item));
            }
        }
    }

    @Test
    void should_name_the_catalogue_and_its_edition() {
        JsonNode ed2015 = catalog(ED_2015);
        JsonNode ed2023 = catalog(ED_2023);

        assertThat(ed2015.get("id").asText()).isEqualTo("iec-62443-2-4");
        assertThat(ed2023.get("id").asText()).isEqualTo("iec-62443-2-4");
        assertThat(ed2015.get("edition").asText()).isEqualTo("2015+AMD1:2017");
        assertThat(ed2023.get("edition").asText()).isEqualTo("2023");
        assertThat(ed2015.get("publisher").asText()).isEqualTo("IEC");
        assertThat(ed2023.get("publisher").asText()).isEqualTo("IEC");
    }

    @ParameterizedTest
    @ValueSource(strings = {ED_2015, ED_2023})
    void should_define_the_four_maturity_levels_lowest_first(String file) {
        JsonNode levels = catalog(file).get("maturityLevels");

        assertThat(levels).hasSize(4);
        assertThat(texts(levels, "id")).containsExactly("ML1", "ML2", "ML3", "ML4");
        assertThat(texts(levels, "name")).containsExactly("Initial", "Managed", "Defined (Practiced)", "Improving");
        assertThat(texts(levels, "description")).allSatisfy(d -> assertThat(d).isNotBlank());
    }

    // ---------------------------------------------------------------- catalogue: ids

    @ParameterizedTest
    @ValueSource(strings = {ED_2015, ED_2023})
    void should_follow_the_id_grammar_and_nest_items_in_their_group(String file) {
        for (JsonNode group : catalog(file).get("groups")) {
            String groupId = group.get("id").asText();
            assertThat(groupId).matches(GROUP_ID);
            assertThat(group.get("name").asText()).isNotBlank();
            assertThat(group.get("description").asText()).isNotBlank();
            for (JsonNode item : group.get("items")) {
                String id = item.get("id").asText();
                assertThat(id).matches(ITEM_ID);
                assertThat(id).startsWith(groupId + ".");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {ED_2015, ED_2023})
    void should_have_unique_ids(String file) {
        List<String> ids = itemIds(catalog(file));

        assertThat(ids).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @ValueSource(strings = {ED_2015, ED_2023})
    void should_list_every_re_after_its_br_with_contiguous_numbers(String file) {
        // given
        List<String> ids = itemIds(catalog(file));
        Map<String, Integer> lastRe = new HashMap<>();
        Map<String, Integer> lastBrPerGroup = new HashMap<>();

        // then
        for (int i = 0; i < ids.size(); i++) {
            Matcher m = ITEM_ID.matcher(ids.get(i));
            assertThat(m.matches()).isTrue();
            String group = "SP." + m.group(1);
            String base = group + "." + m.group(2);
            if (m.group(3).equals("BR")) {
                int number = Integer.parseInt(m.group(2));
                assertThat(number)
                        .as("BR numbers run 01, 02, ... in %s", group)
                        .isEqualTo(lastBrPerGroup.getOrDefault(group, 0) + 1);
                lastBrPerGroup.put(group, number);
                lastRe.put(base, 0);
            } else {
                String parent = base + " BR";
                assertThat(ids.subList(0, i))
                        .as("parent of %s listed before it", ids.get(i))
                        .contains(parent);
                int n = Integer.parseInt(m.group(4));
                assertThat(n).as("RE numbering of %s", ids.get(i)).isEqualTo(lastRe.get(base) + 1);
                lastRe.put(base, n);
            }
        }
    }

    @Test
    void should_have_SP_11_02_RE_2_only_in_2023() {
        // given
        List<String> ids2015 = itemIds(catalog(ED_2015));
        List<String> ids2023 = itemIds(catalog(ED_2023));

        // when
        List<String> withoutExtra = new ArrayList<>(ids2023);
        withoutExtra.remove(EXTRA_2023_ITEM);

        // then
        assertThat(ids2023).contains(EXTRA_2023_ITEM);
        assertThat(ids2015).doesNotContain(EXTRA_2023_ITEM);
        assertThat(ids2015).containsExactlyElementsOf(withoutExtra);
    }

    // ---------------------------------------------------------------- catalogue: item attributes

    @ParameterizedTest
    @ValueSource(strings = {ED_2015, ED_2023})
    void should_flag_32_items_as_delivering_a_document(String file) {
        List<String> flagged = items(catalog(file)).stream()
                .filter(item -> item.get("deliversDocument").asBoolean())
                .map(item -> item.get("id").asText())
                .collect(Collectors.toList());

        assertThat(flagged).hasSize(32);
        assertThat(flagged)
                .contains(
                        "SP.02.03 BR",
                        "SP.03.02 RE(1)",
                        "SP.06.01 BR",
                        "SP.06.01 RE(1)",
                        "SP.06.02 BR",
                        "SP.07.02 BR",
                        "SP.09.02 RE(1)",
                        "SP.12.09 BR");
    }

    @ParameterizedTest
    @ValueSource(strings = {ED_2015, ED_2023})
    void should_give_every_item_a_title_tags_confidence_and_provenance(String file) {
        for (JsonNode item : items(catalog(file))) {
            String id = item.get("id").asText();
            assertThat(item.get("title").asText()).as(id).isNotBlank();
            assertThat(item.get("deliversDocument").isBoolean()).as(id).isTrue();
            assertThat(item.get("confidence").asText()).as(id).isIn("high", "medium", "low");
            assertThat(item.get("provenance").asText()).as(id).isNotBlank();
            List<String> tags = texts(item.get("tags"));
            assertThat(tags)
                    .as(id)
                    .isNotEmpty()
                    .doesNotHaveDuplicates()
                    .allSatisfy(t -> assertThat(t).matches(TAG));
            if (id.startsWith("SP.04.")) {
                assertThat(tags).as(id).contains("wireless");
            }
            if (id.startsWith("SP.05.")) {
                assertThat(tags).as(id).contains("sis");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {ED_2015, ED_2023})
    void should_rate_brs_high_and_res_medium_except_the_single_source_item(String file) {
        for (JsonNode item : items(catalog(file))) {
            String id = item.get("id").asText();
            String expected = id.equals(EXTRA_2023_ITEM) ? "low" : id.endsWith(" BR") ? "high" : "medium";
            assertThat(item.get("confidence").asText()).as(id).isEqualTo(expected);
        }
    }

    @Test
    void should_keep_change_notes_out_of_the_2015_amd1_catalogue() {
        assertThat(items(catalog(ED_2015))).noneMatch(item -> item.has("changeNote"));
        assertThat(items(catalog(ED_2023))).anyMatch(item -> item.has("changeNote"));
    }

    // ---------------------------------------------------------------- profiles

    @ParameterizedTest
    @ValueSource(
            strings = {
                "all-of-2-4",
                "integration-no-sis-no-wireless",
                "maintenance-provider",
                "ml3-assessment",
                "all-of-2-4-2015",
                "integration-no-sis-no-wireless-2015",
                "maintenance-provider-2015",
                "ml3-assessment-2015"
            })
    void should_parse_each_bundled_profile_against_its_catalogue(String name) {
        // given
        JsonNode profile = profile(name);
        Set<String> levels = Set.of("ML1", "ML2", "ML3", "ML4");

        // then
        assertThat(fieldNames(profile)).isSubsetOf(PROFILE_KEYS);
        assertThat(profile.get("id").asText()).isEqualTo(name);
        assertThat(profile.get("name").asText()).isNotBlank();
        assertThat(profile.get("version").asText()).isEqualTo("1.0");
        assertThat(profile.get("catalog").asText()).isEqualTo(catalogReference(name));
        assertThat(profile.get("description").asText()).isNotBlank();
        if (profile.has("defaultMaturity")) {
            assertThat(profile.get("defaultMaturity").asText()).isIn(levels);
        }
        if (profile.has("extends")) {
            assertThat(texts(profile.get("extends")))
                    .isSubsetOf(name.endsWith("-2015") ? PROFILES_2015 : PROFILES_2023)
                    .doesNotContain(name);
        }
        for (JsonNode rule : iterable(profile.get("maturity"))) {
            assertThat(rule.get("level").asText()).isIn(levels);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "all-of-2-4",
                "integration-no-sis-no-wireless",
                "maintenance-provider",
                "ml3-assessment",
                "all-of-2-4-2015",
                "integration-no-sis-no-wireless-2015",
                "maintenance-provider-2015",
                "ml3-assessment-2015"
            })
    void should_give_every_exclusion_a_rationale(String name) {
        for (JsonNode exclusion : iterable(profile(name).get("exclude"))) {
            assertThat(exclusion.path("rationale").asText())
                    .as("rationale of %s in %s", exclusion.path("select").asText(), name)
                    .isNotBlank();
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "all-of-2-4",
                "integration-no-sis-no-wireless",
                "maintenance-provider",
                "ml3-assessment",
                "all-of-2-4-2015",
                "integration-no-sis-no-wireless-2015",
                "maintenance-provider-2015",
                "ml3-assessment-2015"
            })
    void should_only_use_selectors_that_match_items_of_its_catalogue(String name) {
        // given
        List<JsonNode> items = items(catalog(name.endsWith("-2015") ? ED_2015 : ED_2023));
        JsonNode profile = profile(name);
        List<String> selectors = new ArrayList<>(texts(profile.get("include")));
        iterable(profile.get("exclude"))
                .forEach(rule -> selectors.add(rule.get("select").asText()));
        iterable(profile.get("maturity"))
                .forEach(rule -> selectors.add(rule.get("select").asText()));

        // then
        for (String selector : selectors) {
            assertThat(items)
                    .as("items matched by selector %s in %s", selector, name)
                    .anyMatch(item -> matches(selector, item));
        }
    }

    @Test
    void should_bundle_exactly_the_four_profiles_and_the_expected_choices() {
        // given
        JsonNode all = profile("all-of-2-4");
        JsonNode integration = profile("integration-no-sis-no-wireless");
        JsonNode maintenance = profile("maintenance-provider");
        JsonNode ml3 = profile("ml3-assessment");

        // then
        assertThat(all.get("defaultMaturity").asText()).isEqualTo("ML2");
        assertThat(iterable(all.get("exclude"))).isEmpty();
        assertThat(texts(integration.get("exclude"), "select")).containsExactlyInAnyOrder("SP.04", "SP.05");
        assertThat(texts(integration.get("extends"))).containsExactly("all-of-2-4");
        assertThat(texts(maintenance.get("extends"))).containsExactly("all-of-2-4");
        assertThat(iterable(maintenance.get("exclude"))).hasSizeBetween(1, 8);
        assertThat(texts(ml3.get("extends"))).containsExactly("all-of-2-4");
        assertThat(ml3.get("defaultMaturity").asText()).isEqualTo("ML2");
        assertThat(texts(ml3.get("maturity"), "level")).containsOnly("ML3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"all-of-2-4", "integration-no-sis-no-wireless", "maintenance-provider", "ml3-assessment"})
    void should_tailor_the_first_edition_as_the_2023_profile_tailors_the_second(String name) {
        // given
        JsonNode ed2023 = profile(name);
        JsonNode ed2015 = profile(name + "-2015");

        // then: the same choices and rationales; only the id, the catalogue and the parents' names differ
        assertThat(ed2015.get("id").asText()).isEqualTo(name + "-2015");
        assertThat(ed2015.get("catalog").asText()).isEqualTo("iec-62443-2-4@2015+AMD1:2017");
        assertThat(texts(ed2015.get("extends")))
                .containsExactlyElementsOf(texts(ed2023.get("extends")).stream()
                        .map(p -> p + "-2015")
                        .toList());
        for (String field : List.of("name", "version", "defaultMaturity", "include", "exclude", "maturity")) {
            assertThat(ed2015.path(field)).as("%s of %s-2015", field, name).isEqualTo(ed2023.path(field));
        }
    }

    @Test
    void should_ship_no_profile_files_besides_the_known_ones() throws IOException {
        Path dir = moduleDir().resolve("src/main/resources/programbook/profiles");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(
                            PROFILES.stream().map(p -> p + ".yaml").collect(Collectors.toList()));
        }
    }

    // ---------------------------------------------------------------- copyright guard

    @Test
    void should_not_contain_the_normative_keyword_anywhere_in_the_module() throws IOException {
        // given: the keyword of normative requirement sentences, assembled so that this file passes too
        Pattern normative = Pattern.compile("\\b" + "sh" + "all" + "\\b", Pattern.CASE_INSENSITIVE);
        Path module = moduleDir();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(module)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> !module.relativize(p).startsWith("target"))
                    .collect(Collectors.toList());
        }

        // when
        List<String> offenders = new ArrayList<>();
        for (Path file : files) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            if (normative.matcher(text).find()) {
                offenders.add(module.relativize(file).toString());
            }
        }

        // then
        assertThat(files).isNotEmpty();
        assertThat(offenders).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {ED_2015, ED_2023})
    void should_not_contain_the_normative_keyword_in_any_parsed_string(String file) {
        Pattern normative = Pattern.compile("\\b" + "sh" + "all" + "\\b", Pattern.CASE_INSENSITIVE);

        assertThat(allStrings(catalog(file)))
                .noneMatch(s -> normative.matcher(s).find());
    }

    // ---------------------------------------------------------------- helpers

    private static JsonNode catalog(String file) {
        return read(CATALOG_DIR + file);
    }

    private static String catalogReference(String profile) {
        return profile.endsWith("-2015") ? "iec-62443-2-4@2015+AMD1:2017" : "iec-62443-2-4@2023";
    }

    private static JsonNode profile(String name) {
        return read(PROFILE_DIR + name + ".yaml");
    }

    private static JsonNode read(String resource) {
        try (InputStream in = CatalogDataTest.class.getResourceAsStream(resource)) {
            assertThat(in).as("classpath resource %s", resource).isNotNull();
            return YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path moduleDir() {
        // Surefire runs with the module directory as working directory.
        Path dir = Paths.get("").toAbsolutePath();
        assertThat(dir.resolve("src/main/resources/programbook")).isDirectory();
        return dir;
    }

    private static List<JsonNode> items(JsonNode catalog) {
        List<JsonNode> result = new ArrayList<>();
        catalog.get("groups").forEach(g -> g.get("items").forEach(result::add));
        return result;
    }

    private static List<String> itemIds(JsonNode catalog) {
        return items(catalog).stream().map(i -> i.get("id").asText()).collect(Collectors.toList());
    }

    private static long count(JsonNode catalog, String group, boolean baseRequirements) {
        return itemIds(catalog).stream()
                .filter(id -> id.startsWith(group + "."))
                .filter(id -> id.endsWith(" BR") == baseRequirements)
                .count();
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new LinkedHashSet<>();
        node.properties().forEach(field -> names.add(field.getKey()));
        return names;
    }

    private static List<JsonNode> iterable(JsonNode node) {
        List<JsonNode> result = new ArrayList<>();
        if (node != null && !node.isNull()) {
            node.forEach(result::add);
        }
        return result;
    }

    private static List<String> texts(JsonNode array) {
        return iterable(array).stream().map(JsonNode::asText).collect(Collectors.toList());
    }

    private static List<String> texts(JsonNode array, String field) {
        return iterable(array).stream().map(n -> n.get(field).asText()).collect(Collectors.toList());
    }

    private static List<String> allStrings(JsonNode node) {
        List<String> result = new ArrayList<>();
        if (node.isTextual()) {
            result.add(node.asText());
        } else if (node.isContainerNode()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                result.add(field.getKey());
                result.addAll(allStrings(field.getValue()));
            }
            if (node.isArray()) {
                node.forEach(child -> result.addAll(allStrings(child)));
            }
        }
        return result;
    }

    /** A minimal reading of the selector grammar in docs/formats.md, enough to catch typos in bundled profiles. */
    private static boolean matches(String selector, JsonNode item) {
        String id = item.get("id").asText();
        if (selector.startsWith("tag:")) {
            return texts(item.get("tags")).contains(selector.substring(4));
        }
        if (GROUP_ID.matcher(selector).matches()) {
            return id.startsWith(selector + ".");
        }
        String regex = Stream.of(selector.split("\\*", -1)).map(Pattern::quote).collect(Collectors.joining(".*"));
        return id.matches(regex);
    }
}
