package io.programbook.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.MapType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The one way Programbook writes a JSON file ({@code coverage.json}, {@code resolved-profile.json},
 * {@code traceability-matrix.json}, {@code validation-report.json}, {@code changes.json} and the
 * build state), so that the same value always gives the same bytes on every machine:
 *
 * <ul>
 *   <li>two-space indentation, {@code \n} line ends whatever the platform, {@code "key": value};
 *   <li>an empty list as {@code []} and an empty object as {@code {}};
 *   <li>fields of records and trees in their declared or inserted order; maps that have an order of
 *       their own ({@link LinkedHashMap}, {@link SortedMap}, {@link EnumMap})
 *       keep it, maps that have none ({@code HashMap}, {@code Map.of}, …) are written
 *       with their keys sorted;
 *   <li>a final newline; bytes are UTF-8.
 * </ul>
 */
public final class JsonWriter {

    private static final JsonWriter STANDARD = new JsonWriter("");
    private static final JsonWriter SPACED_EMPTY_ARRAYS = new JsonWriter(" ");

    private final ObjectWriter writer;

    private JsonWriter(String emptyArray) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("")
                        .withArrayEmptySeparator(emptyArray))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        this.writer = JsonMapper.builder()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .addModule(sortingModule())
                .build()
                .writer(printer);
    }

    /** The writer of every JSON file. */
    public static JsonWriter standard() {
        return STANDARD;
    }

    /**
     * The writer of {@code validation-report.json}, which has written an empty list of findings as
     * {@code [ ]} since its first version (tools and the plugin's integration tests pin those bytes);
     * in every other respect the {@link #standard()} writer.
     */
    public static JsonWriter spacedEmptyArrays() {
        return SPACED_EMPTY_ARRAYS;
    }

    /** The value as JSON text, with a final newline. */
    public String text(Object value) {
        try {
            return writer.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** The value as JSON, UTF-8 encoded, with a final newline. */
    public byte[] bytes(Object value) {
        return text(value).getBytes(StandardCharsets.UTF_8);
    }

    private static SimpleModule sortingModule() {
        SimpleModule module = new SimpleModule("programbook-json");
        module.setSerializers(new UnorderedMapsSorted());
        return module;
    }

    /** Whether a map's iteration order is its own (insertion, key or enum order) rather than its hash layout. */
    static boolean ordered(Class<?> mapClass) {
        return SortedMap.class.isAssignableFrom(mapClass)
                || LinkedHashMap.class.isAssignableFrom(mapClass)
                || EnumMap.class.isAssignableFrom(mapClass)
                // Collections.unmodifiableMap and friends keep the order of the map they wrap
                || mapClass.getEnclosingClass() == Collections.class;
    }

    /** Picks the sorting serializer for a map class without an order of its own. */
    private static final class UnorderedMapsSorted extends SimpleSerializers {

        private static final long serialVersionUID = 1L;

        @Override
        public JsonSerializer<?> findMapSerializer(
                SerializationConfig config,
                MapType type,
                BeanDescription beanDesc,
                JsonSerializer<Object> keySerializer,
                TypeSerializer elementTypeSerializer,
                JsonSerializer<Object> elementValueSerializer) {
            return ordered(type.getRawClass()) ? null : new SortedMapSerializer();
        }
    }

    /** Writes a map with its keys sorted by their text. */
    @SuppressWarnings("rawtypes")
    private static final class SortedMapSerializer extends StdSerializer<Map> {

        private static final long serialVersionUID = 1L;

        SortedMapSerializer() {
            super(Map.class);
        }

        @Override
        public void serialize(Map value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            Map<String, Object> sorted = new TreeMap<>(Comparator.naturalOrder());
            for (Object entry : value.entrySet()) {
                Map.Entry<?, ?> e = (Map.Entry<?, ?>) entry;
                sorted.put(String.valueOf(e.getKey()), e.getValue());
            }
            generator.writeStartObject(value);
            for (Map.Entry<String, Object> e : sorted.entrySet()) {
                generator.writeFieldName(e.getKey());
                provider.defaultSerializeValue(e.getValue(), generator);
            }
            generator.writeEndObject();
        }
    }
}
