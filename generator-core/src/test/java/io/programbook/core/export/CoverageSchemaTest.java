package io.programbook.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.programbook.core.api.GenerateRequest;
import io.programbook.core.api.Generator;
import io.programbook.core.api.OutputFormat;
import io.programbook.core.model.Status;
import io.programbook.core.trace.GapKind;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** coverage.json against its published JSON Schema (in the programbook-catalog jar). */
class CoverageSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path output;

    static JsonNode schemaNode;
    static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in =
                CoverageSchemaTest.class.getClassLoader().getResourceAsStream(CoverageReport.SCHEMA_RESOURCE)) {
            assertThat(in).as("schema on the class path").isNotNull();
            schemaNode = JSON.readTree(in);
        }
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode);
    }

    private static JsonNode generated(String goldenCase, String name) throws Exception {
        Path caseDir = Path.of("src/test/resources/golden", goldenCase);
        Path out = output.resolve(name);
        Generator.create()
                .generate(new GenerateRequest(
                        caseDir,
                        caseDir.resolve("program"),
                        out,
                        Set.of(OutputFormat.ADOC),
                        Optional.empty(),
                        Optional.empty()));
        return JSON.readTree(out.resolve("coverage.json").toFile());
    }

    @Test
    void should_describe_the_coverage_json_of_every_golden_program() throws Exception {
        for (String goldenCase : List.of("trace-falcon", "small-integrator")) {
            // when
            JsonNode report = generated(goldenCase, goldenCase);

            // then
            assertThat(schema.validate(report)).as(goldenCase).isEmpty();
            assertThat(report.get("items")).hasSize(123);
        }
    }

    @Test
    void should_give_an_area_where_nothing_applies_no_percentage() throws Exception {
        // when: trace-falcon's profile excludes every item of SP.02
        JsonNode report = generated("trace-falcon", "empty-area");

        // then
        JsonNode area = report.get("areas").get(1);
        assertThat(area.get("id").asText()).isEqualTo("SP.02");
        assertThat(area.at("/totals/applicable").asInt()).isZero();
        assertThat(area.at("/totals/coveragePercent").isNull()).isTrue();
        assertThat(schema.validate(report)).isEmpty();
        assertThat(schemaNode
                        .at("/$defs/counts/properties/coveragePercent/description")
                        .asText())
                .contains("null when nothing applies");
    }

    @Test
    void should_reject_a_report_that_breaks_the_schema() throws Exception {
        // given
        ObjectNode report = (ObjectNode) generated("trace-falcon", "broken");
        ((ObjectNode) report.get("items").get(0)).putArray("gaps").add("no-such-gap");
        ((ObjectNode) report.get("totals")).put("coveragePercent", 120.5);
        report.put("extra", true);

        // when
        Set<ValidationMessage> errors = schema.validate(report);

        // then
        assertThat(errors)
                .extracting(ValidationMessage::getInstanceLocation)
                .extracting(Object::toString)
                .containsExactlyInAnyOrder("$.items[0].gaps[0]", "$.totals.coveragePercent", "$");
    }

    @Test
    void should_name_exactly_the_gap_kinds_and_statuses_programbook_writes() {
        List<String> gapKinds = values(schemaNode.at("/$defs/gapKind/enum"));
        assertThat(gapKinds)
                .containsExactlyElementsOf(
                        Arrays.stream(GapKind.values()).map(GapKind::code).toList());
        assertThat(fieldNames(schemaNode.at("/properties/gapKinds/properties"))).containsExactlyElementsOf(gapKinds);
        assertThat(values(schemaNode.at("/$defs/status/enum")))
                .containsExactlyElementsOf(
                        Stream.concat(Arrays.stream(Status.values()).map(Status::label), Stream.of("none"))
                                .toList());
    }

    private static List<String> values(JsonNode array) {
        List<String> values = new ArrayList<>();
        ((ArrayNode) array).forEach(v -> values.add(v.asText()));
        return values;
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
