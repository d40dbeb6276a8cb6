package io.programbook.core.pipeline;

import io.programbook.core.api.RunSetting;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A request as one comparable text, made from the record as a whole: every component of the record
 * and of the records in it, by name, in declaration order; sets and maps sorted. A component added
 * to a request is part of the text without any change here, so the up-to-date check can never miss
 * an option. A value without a stable text (not a record, string, path, number, enum, date,
 * period, optional or collection of these) is refused, not guessed. A component marked
 * {@link RunSetting} (how a run works, not what it writes) is left out.
 */
final class Canonical {

    private Canonical() {}

    /** The canonical text of a value. */
    static String of(Object value) {
        StringBuilder out = new StringBuilder();
        append(out, value);
        return out.toString();
    }

    /** Every path in a value, in canonical order: the files and folders a request names. */
    static List<Path> paths(Object value) {
        List<Path> paths = new ArrayList<>();
        collectPaths(value, paths);
        return paths;
    }

    private static void append(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Record record) {
            out.append(record.getClass().getSimpleName()).append('{');
            List<RecordComponent> components = compared(record);
            for (int i = 0; i < components.size(); i++) {
                out.append(i == 0 ? "" : ", ")
                        .append(components.get(i).getName())
                        .append('=');
                append(out, component(record, components.get(i)));
            }
            out.append('}');
        } else if (value instanceof Optional<?> optional) {
            if (optional.isPresent()) {
                out.append("some(");
                append(out, optional.get());
                out.append(')');
            } else {
                out.append("none");
            }
        } else if (value instanceof Collection<?> collection) {
            List<String> items = new ArrayList<>();
            collection.forEach(item -> items.add(of(item)));
            if (value instanceof Set<?>) {
                items.sort(null);
            }
            out.append('[').append(String.join(", ", items)).append(']');
        } else if (value instanceof Map<?, ?> map) {
            List<String> entries = new ArrayList<>();
            map.forEach((key, item) -> entries.add(of(key) + ": " + of(item)));
            entries.sort(null);
            out.append('{').append(String.join(", ", entries)).append('}');
        } else if (value instanceof CharSequence || value instanceof Path) {
            out.append('"')
                    .append(value.toString().replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
        } else if (value instanceof Enum<?> constant) {
            out.append(constant.name());
        } else if (value instanceof Locale locale) {
            out.append(locale.toLanguageTag());
        } else if (value instanceof Number
                || value instanceof Boolean
                || value instanceof Character
                || value instanceof Temporal
                || value instanceof TemporalAmount) {
            out.append(value);
        } else {
            throw new IllegalArgumentException("a request holds a "
                    + value.getClass().getName() + ", which has no canonical text; use a record or a value type");
        }
    }

    private static void collectPaths(Object value, List<Path> paths) {
        if (value instanceof Path path) {
            paths.add(path);
        } else if (value instanceof Record record) {
            for (RecordComponent component : compared(record)) {
                collectPaths(component(record, component), paths);
            }
        } else if (value instanceof Optional<?> optional) {
            optional.ifPresent(item -> collectPaths(item, paths));
        } else if (value instanceof Collection<?> collection) {
            collection.stream().sorted((a, b) -> of(a).compareTo(of(b))).forEach(item -> collectPaths(item, paths));
        } else if (value instanceof Map<?, ?> map) {
            map.values().stream().sorted((a, b) -> of(a).compareTo(of(b))).forEach(item -> collectPaths(item, paths));
        }
    }

    /** A record's components but those marked {@link RunSetting}, in declaration order. */
    private static List<RecordComponent> compared(Record record) {
        return Arrays.stream(record.getClass().getRecordComponents())
                .filter(c -> !c.isAnnotationPresent(RunSetting.class))
                .toList();
    }

    private static Object component(Record record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + record, e);
        }
    }
}
