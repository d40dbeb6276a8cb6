package io.programbook.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class JsonWriterTest {

    @JsonPropertyOrder({"name", "counts", "tags", "empty"})
    record Sample(String name, Map<String, Integer> counts, List<String> tags, Map<String, String> empty) {}

    enum Colour {
        RED,
        GREEN,
        BLUE
    }

    @Test
    void should_indent_by_two_spaces_with_newlines_and_a_final_newline() {
        String json = JsonWriter.standard()
                .text(new Sample("ü", new LinkedHashMap<>(Map.of("a", 1)), List.of(), new TreeMap<>()));

        assertThat(json).isEqualTo("""
                {
                  "name": "ü",
                  "counts": {
                    "a": 1
                  },
                  "tags": [],
                  "empty": {}
                }
                """);
        assertThat(JsonWriter.standard().bytes(new Sample("ü", Map.of(), List.of(), Map.of())))
                .startsWith("{\n  \"name\": \"ü\"".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void should_write_the_keys_of_a_map_without_an_order_of_its_own_sorted() {
        // given: keys whose hash order is not their sorted order
        Map<String, Integer> hashed = new HashMap<>();
        for (String key : List.of("zeta", "alpha", "mu", "beta", "omega", "delta", "kappa", "gamma")) {
            hashed.put(key, key.length());
        }
        assertThat(List.copyOf(hashed.keySet()))
                .as("precondition: hash order is not sorted")
                .isNotEqualTo(List.copyOf(new TreeMap<>(hashed).keySet()));

        // when
        String json = JsonWriter.standard().text(Map.of("m", hashed));

        // then
        assertThat(keysInOrder(json, hashed.keySet()))
                .containsExactly("alpha", "beta", "delta", "gamma", "kappa", "mu", "omega", "zeta");
    }

    @Test
    void should_keep_the_order_of_insertion_ordered_enum_and_wrapped_maps() {
        Map<String, Integer> inserted = new LinkedHashMap<>();
        inserted.put("worst", 3);
        inserted.put("bad", 2);
        inserted.put("ok", 1);
        Map<Colour, Integer> colours = new EnumMap<>(Colour.class);
        colours.put(Colour.BLUE, 1);
        colours.put(Colour.RED, 2);

        assertThat(keysInOrder(JsonWriter.standard().text(inserted), inserted.keySet()))
                .containsExactly("worst", "bad", "ok");
        assertThat(keysInOrder(JsonWriter.standard().text(Collections.unmodifiableMap(inserted)), inserted.keySet()))
                .containsExactly("worst", "bad", "ok");
        assertThat(keysInOrder(JsonWriter.standard().text(colours), List.of("RED", "GREEN", "BLUE")))
                .containsExactly("RED", "BLUE");
    }

    @Test
    void should_write_trees_in_insertion_order() {
        ObjectNode tree = JsonNodeFactory.instance.objectNode();
        tree.put("format", "x");
        tree.putArray("items").addObject().put("id", "b");
        tree.putNull("overlay");

        assertThat(JsonWriter.standard().text(tree)).isEqualTo("""
                {
                  "format": "x",
                  "items": [
                    {
                      "id": "b"
                    }
                  ],
                  "overlay": null
                }
                """);
    }

    @Test
    void should_give_the_same_bytes_for_equal_values_built_in_a_different_order() {
        Map<String, Object> first = new HashMap<>();
        Map<String, Object> second = new HashMap<>(64);
        List<String> keys = List.of("item", "title", "area", "status", "owner", "statement", "gaps");
        List<String> reversed = new ArrayList<>(keys);
        Collections.reverse(reversed);
        keys.forEach(k -> first.put(k, k.toUpperCase(Locale.ROOT)));
        reversed.forEach(k -> second.put(k, k.toUpperCase(Locale.ROOT)));

        assertThat(JsonWriter.standard().bytes(List.of(first)))
                .isEqualTo(JsonWriter.standard().bytes(List.of(second)));
    }

    @Test
    void should_write_an_empty_list_as_spaced_brackets_for_the_validation_report_only() {
        assertThat(JsonWriter.spacedEmptyArrays().text(Map.of("findings", List.of())))
                .isEqualTo("{\n  \"findings\": [ ]\n}\n");
        assertThat(JsonWriter.standard().text(Map.of("findings", List.of()))).isEqualTo("{\n  \"findings\": []\n}\n");
    }

    private static List<String> keysInOrder(String json, Collection<String> keys) {
        return keys.stream()
                .filter(k -> json.contains("\"" + k + "\""))
                .sorted((a, b) -> Integer.compare(json.indexOf("\"" + a + "\""), json.indexOf("\"" + b + "\"")))
                .toList();
    }
}
