package io.programbook.core.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Null-tolerant copies for record components bound from YAML, where an absent list means empty. */
final class Lists {

    private Lists() {}

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** A sorted, unmodifiable copy: output built from it never depends on hash order. */
    static <V> Map<String, V> sorted(Map<String, V> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(map));
    }

    static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
