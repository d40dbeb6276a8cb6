package io.programbook.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import io.programbook.core.model.Catalog;
import io.programbook.core.model.ItemId;
import io.programbook.core.model.Profile;
import io.programbook.core.model.Program;
import io.programbook.core.model.Statement;
import io.programbook.core.validate.ValidationReport;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The JSON Schemas and the model records describe the same files: every record component is a
 * schema property and every schema property a record component, with matching types and enum
 * values, all the way down. A field added to either side without the other fails here.
 */
class SchemaAgreementTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void should_describe_program_yaml_as_the_program_record() {
        assertAgrees(InputKind.PROGRAM, "", Program.class);
    }

    @Test
    void should_describe_a_statements_file_as_a_list_of_statement_records() {
        JsonNode schema = SchemaValidator.schemaTree(InputKind.STATEMENTS);
        assertThat(names(schema.path("properties"))).containsExactly("statements");
        assertAgrees(InputKind.STATEMENTS, "/properties/statements/items", Statement.class);
    }

    @Test
    void should_describe_a_profile_as_the_profile_record() {
        assertAgrees(InputKind.PROFILE, "", Profile.class);
    }

    @Test
    void should_describe_a_catalogue_as_the_catalog_record() {
        assertAgrees(InputKind.CATALOG, "", Catalog.class);
    }

    @Test
    void should_describe_the_validation_report_as_the_report_record() throws Exception {
        JsonNode schema;
        try (InputStream in =
                getClass().getClassLoader().getResourceAsStream("programbook/schemas/validation-report.schema.json")) {
            schema = JSON.readTree(in);
        }
        compare(schema, schema, ValidationReport.Report.class, "validation-report.schema.json");
    }

    @ParameterizedTest
    @EnumSource(InputKind.class)
    void should_be_a_valid_draft_2020_12_schema(InputKind kind) {
        JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

        assertThat(meta.validate(SchemaValidator.schemaTree(kind)))
                .as(kind.schemaFile())
                .isEmpty();
        assertThat(SchemaValidator.schemaTree(kind).path("$id").asText())
                .isEqualTo("https://programbook.io/schemas/" + kind.schemaFile());
    }

    private static void assertAgrees(InputKind kind, String pointer, Class<?> record) {
        JsonNode root = SchemaValidator.schemaTree(kind);
        compare(root, root.at(pointer), record, kind.schemaFile() + "#" + pointer);
    }

    /** Walks a schema node and a Java type side by side. */
    private static void compare(JsonNode root, JsonNode node, Type type, String where) {
        JsonNode schema = resolve(root, node);
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw == ItemId.class) {
            assertThat(types(schema)).as("type of %s", where).containsExactly("string");
            assertThat(schema.path("pattern").asText())
                    .as("pattern of %s", where)
                    .isNotEmpty();
        } else if (raw.isRecord()) {
            assertThat(types(schema)).as("type of %s", where).contains("object");
            assertThat(schema.path("additionalProperties").asBoolean(true))
                    .as("%s rejects unknown fields", where)
                    .isFalse();
            Map<String, Type> components = new TreeMap<>();
            for (RecordComponent component : raw.getRecordComponents()) {
                components.put(jsonName(raw, component), component.getGenericType());
            }
            assertThat(names(schema.path("properties")))
                    .as("properties of %s (the record %s)", where, raw.getSimpleName())
                    .containsExactlyElementsOf(components.keySet());
            assertThat(names(schema.path("required")))
                    .as("required fields of %s are properties", where)
                    .isSubsetOf(components.keySet());
            components.forEach((name, componentType) ->
                    compare(root, schema.path("properties").path(name), componentType, where + "/" + name));
        } else if (List.class.isAssignableFrom(raw)) {
            assertThat(types(schema)).as("type of %s", where).contains("array");
            compare(root, schema.path("items"), ((ParameterizedType) type).getActualTypeArguments()[0], where + "[]");
        } else if (Map.class.isAssignableFrom(raw)) {
            assertThat(types(schema)).as("type of %s", where).contains("object");
            assertThat(schema.path("additionalProperties").isObject())
                    .as("%s maps names to values", where)
                    .isTrue();
            compare(
                    root,
                    schema.path("additionalProperties"),
                    ((ParameterizedType) type).getActualTypeArguments()[1],
                    where + "{}");
        } else if (raw.isEnum()) {
            List<String> expected = Arrays.stream(raw.getEnumConstants())
                    .map(c -> jsonName(raw, (Enum<?>) c))
                    .toList();
            List<String> actual = StreamSupport.stream(schema.path("enum").spliterator(), false)
                    .map(JsonNode::asText)
                    .toList();
            assertThat(actual)
                    .as("values of %s (the enum %s)", where, raw.getSimpleName())
                    .containsExactlyElementsOf(expected);
        } else if (raw == String.class) {
            assertThat(types(schema)).as("type of %s", where).contains("string");
        } else if (raw == LocalDate.class) {
            assertThat(types(schema)).as("type of %s", where).contains("string");
            assertThat(schema.path("format").asText()).as("format of %s", where).isEqualTo("date");
        } else if (raw == boolean.class || raw == Boolean.class) {
            assertThat(types(schema)).as("type of %s", where).containsExactly("boolean");
        } else if (raw == int.class || raw == long.class || raw == Integer.class) {
            assertThat(schema.has("const") || types(schema).contains("integer"))
                    .as("type of %s", where)
                    .isTrue();
        } else {
            fail("no schema rule for the Java type " + type + " at " + where);
        }
    }

    private static JsonNode resolve(JsonNode root, JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            String ref = current.get("$ref").asText();
            assertThat(ref).as("only local references").startsWith("#/");
            current = root.at(ref.substring(1));
        }
        assertThat(current.isMissingNode()).as("schema node exists").isFalse();
        return current;
    }

    private static Set<String> types(JsonNode schema) {
        JsonNode type = schema.path("type");
        Set<String> types = new TreeSet<>();
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (type.isTextual()) {
            types.add(type.asText());
        }
        return types;
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> names.add(n.asText()));
        } else {
            node.fieldNames().forEachRemaining(names::add);
        }
        return names.stream().sorted().toList();
    }

    private static String jsonName(Class<?> record, RecordComponent component) {
        try {
            JsonProperty renamed = record.getDeclaredField(component.getName()).getAnnotation(JsonProperty.class);
            return renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName();
        } catch (NoSuchFieldException e) {
            throw new AssertionError(e);
        }
    }

    private static String jsonName(Class<?> type, Enum<?> constant) {
        try {
            JsonProperty renamed = type.getField(constant.name()).getAnnotation(JsonProperty.class);
            return renamed != null ? renamed.value() : constant.name();
        } catch (NoSuchFieldException e) {
            throw new AssertionError(e);
        }
    }
}
