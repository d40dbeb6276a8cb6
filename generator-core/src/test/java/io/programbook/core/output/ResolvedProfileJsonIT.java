package io.programbook.core.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.programbook.core.api.GenerateRequest;
import io.programbook.core.api.Generator;
import io.programbook.core.diag.Diagnostics;
import io.programbook.core.load.ProgramInputs;
import io.programbook.core.pipeline.Programbook;
import io.programbook.core.resolve.ResolvedProfile;
import io.programbook.core.testutil.Fixtures;
import io.programbook.core.testutil.ProgramBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** resolved-profile.json: its content, its fixed order, and that it validates against the published schema. */
class ResolvedProfileJsonIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static JsonSchema schema;

    @TempDir
    Path base;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in =
                ResolvedProfileJsonIT.class.getClassLoader().getResourceAsStream(ResolvedProfileOutput.SCHEMA)) {
            assertThat(in).as("schema in the catalog jar").isNotNull();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in);
        }
    }

    static Set<ValidationMessage> validate(String json) throws IOException {
        return schema.validate(JSON.readTree(json));
    }

    static String exampleJson() {
        Path example = ApplicabilityOutputIT.EXAMPLE;
        Programbook generator = new Programbook();
        Diagnostics diagnostics = new Diagnostics();
        ProgramInputs inputs = generator.load(example, example.resolve("src/programbook"), diagnostics);
        ResolvedProfile profile = generator.resolve(inputs, diagnostics);
        return ResolvedProfileOutput.toJson(inputs, profile);
    }

    @Test
    void should_validate_the_examples_resolved_profile_against_the_published_schema() throws IOException {
        // when
        String json = exampleJson();

        // then
        assertThat(validate(json)).isEmpty();
        JsonNode root = JSON.readTree(json);
        assertThat(root.path("counts").path("items").asInt()).isEqualTo(126);
        assertThat(root.path("catalog").path("items").asInt()).isEqualTo(123);
        assertThat(root.path("items")).hasSize(126);
        assertThat(root.path("additions").get(0).path("ref").asText()).isEqualTo("nordwind-requirements@2026");
        assertThat(root.path("overlay").isNull()).isTrue();
    }

    @Test
    void should_write_every_item_with_its_decisions_in_a_fixed_key_order() {
        // when
        String json = exampleJson();

        // then: an excluded item, then an in-scope item of the organisation's own, exactly
        assertThat(json).contains("""
                    {
                      "id": "SP.04.01 BR",
                      "title": "Keep wireless architecture documentation current",
                      "kind": "BR",
                      "area": "SP.04",
                      "areaName": "Wireless",
                      "source": "iec-62443-2-4@2023",
                      "inScope": false,
                      "rationale": "The automation solutions we integrate and maintain contain no wireless networks.\
                 Our design standard calls for wired Ethernet and fieldbus throughout, and the asset owners' wireless\
                 networks for offices and logistics are not part of any solution we deliver. If a project ever calls for\
                 wireless, this profile is revised before the design review.",
                      "targetMaturity": null,
                      "decisions": [
                        {
                          "aspect": "scope",
                          "profile": "nordwind-integration",
                          "rule": "exclude SP.04",
                          "file": "src/programbook/profile.yaml",
                          "line": 12,
                          "column": 5
                        }
                      ]
                    },
                """);
        assertThat(json).contains("""
                    {
                      "id": "NWA.01.02 RE(1)",
                      "title": "Refresher briefing for operators in each year of a maintenance contract",
                      "kind": "RE",
                      "area": "NWA.01",
                      "areaName": "Customer commitments",
                      "source": "nordwind-requirements@2026",
                      "inScope": true,
                      "rationale": null,
                      "targetMaturity": "ML2",
                      "decisions": [
                        {
                          "aspect": "scope",
                          "profile": "nordwind-integration",
                          "rule": "additions org-requirements.yaml",
                          "file": "src/programbook/profile.yaml",
                          "line": 33,
                          "column": 13
                        },
                        {
                          "aspect": "maturity",
                          "profile": "nordwind-integration",
                          "rule": "defaultMaturity ML2",
                          "file": "src/programbook/profile.yaml",
                          "line": 9,
                          "column": 1
                        }
                      ]
                    }
                  ]
                }
                """);
        assertThat(json).startsWith("""
                {
                  "format": "programbook-resolved-profile",
                  "formatVersion": 1,
                  "catalog": {
                    "ref": "iec-62443-2-4@2023",
                """);
    }

    @Test
    void should_give_byte_identical_output_for_the_same_inputs() {
        assertThat(exampleJson()).isEqualTo(exampleJson());
    }

    @Test
    void should_record_the_chain_parameters_and_overlay_but_never_the_licensed_text() throws IOException {
        // given: a program extending a bundled profile, with a (made-up) overlay
        ProgramBuilder builder = Fixtures.program(base)
                .programYaml(ProgramBuilder.DEFAULT_PROGRAM + """
                        overlay:
                          file: licensed/overlay.yaml
                          licensee: Test GmbH
                          licence: Made-up single-user licence 0000
                        """)
                .file("licensed/overlay.yaml", """
                        catalog: iec-62443-2-4@2023
                        items:
                          SP.01.01 BR:
                            topic: Made-up topic
                            text: Lorem ipsum dolor sit amet.
                          SP.01.02 BR:
                            text: Sed do eiusmod tempor incididunt.
                        """)
                .profileYaml("""
                        id: own
                        version: "2.1"
                        catalog: iec-62443-2-4@2023
                        extends: [integration-no-sis-no-wireless]
                        parameters:
                          review-interval-months: 6
                        """);
        ProgramBuilder.Run run = builder.run();

        // when
        String json = ResolvedProfileOutput.toJson(run.inputs(), run.profile());

        // then
        assertThat(validate(json)).isEmpty();
        JsonNode root = JSON.readTree(json);
        assertThat(root.path("chain").findValuesAsText("id"))
                .containsExactly("all-of-2-4", "integration-no-sis-no-wireless", "own");
        assertThat(root.path("chain").get(1).path("file").asText())
                .isEqualTo("classpath:programbook/profiles/integration-no-sis-no-wireless.yaml");
        assertThat(root.path("chain").get(2).path("version").asText()).isEqualTo("2.1");
        assertThat(root.path("profile").path("file").asText()).isEqualTo("src/programbook/profile.yaml");
        assertThat(root.path("parameters").get(0).toString())
                .isEqualTo("{\"name\":\"review-interval-months\",\"value\":\"6\","
                        + "\"profile\":\"own\",\"file\":\"src/programbook/profile.yaml\",\"line\":6,\"column\":3}");
        assertThat(root.path("overlay").path("licensee").asText()).isEqualTo("Test GmbH");
        assertThat(root.path("overlay").path("items").asInt()).isEqualTo(2);
        assertThat(json).doesNotContain("Lorem ipsum", "Made-up topic");
    }

    @Test
    void should_be_checked_by_a_schema_that_rejects_what_it_does_not_describe() throws IOException {
        // given
        ObjectNode root = (ObjectNode) JSON.readTree(exampleJson());
        ObjectNode item = (ObjectNode) root.path("items").get(0);

        // when: an in-scope item loses its target maturity, and an unknown field appears
        item.putNull("targetMaturity");
        root.put("generatedAt", "2026-01-01T00:00:00Z");

        // then
        List<String> messages = schema.validate(root).stream()
                .map(ValidationMessage::getMessage)
                .sorted()
                .toList();
        assertThat(messages).hasSize(2);
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("generatedAt"));
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("targetMaturity"));
    }

    @Test
    void should_be_written_by_generate() throws IOException {
        // given
        Path example = ApplicabilityOutputIT.EXAMPLE;
        Path out = base.resolve("out");

        // when
        Generator.create()
                .generate(new GenerateRequest(
                        example,
                        example.resolve("src/programbook"),
                        out,
                        Set.of(),
                        Optional.empty(),
                        Optional.empty()));

        // then
        assertThat(out.resolve(ResolvedProfileOutput.JSON)).hasContent(exampleJson());
    }
}
