package io.programbook.core.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import io.programbook.core.api.GenerateRequest;
import io.programbook.core.api.GenerateResult;
import io.programbook.core.api.Generator;
import io.programbook.core.api.OutputFormat;
import io.programbook.core.diag.Rule;
import io.programbook.core.table.Column;
import io.programbook.core.table.SpreadsheetCells;
import io.programbook.core.table.TabularFormat;
import io.programbook.core.testutil.Fixtures;
import io.programbook.core.testutil.ProgramBuilder;
import io.programbook.core.text.Messages;
import io.programbook.core.trace.TraceMatrix;
import io.programbook.core.validate.ValidationReport;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * traceability-matrix.json: the example's file against its published schema, the same values as
 * the CSV, and a schema that agrees with {@link TraceMatrix#COLUMNS}.
 */
class TraceabilityMatrixJsonIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path output;

    static JsonNode schemaNode;
    static JsonSchema schema;
    static JsonNode matrix;
    static String csv;

    @BeforeAll
    static void generateTheExample() throws Exception {
        try (InputStream in =
                TraceabilityMatrixJsonIT.class.getClassLoader().getResourceAsStream(TraceabilityMatrixOutput.SCHEMA)) {
            assertThat(in).as("schema in the catalog jar").isNotNull();
            schemaNode = JSON.readTree(in);
        }
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode);
        Path example = ApplicabilityOutputIT.EXAMPLE;
        Generator.create()
                .generate(new GenerateRequest(
                        example,
                        example.resolve("src/programbook"),
                        output,
                        Set.of(OutputFormat.ADOC),
                        Optional.empty(),
                        Optional.empty()));
        matrix = JSON.readTree(output.resolve(TraceabilityMatrixOutput.JSON).toFile());
        csv = Files.readString(output.resolve(TraceabilityMatrixOutput.CSV), StandardCharsets.UTF_8)
                .substring(1);
    }

    @Test
    void should_validate_the_examples_matrix_against_the_published_schema() {
        assertThat(schema.validate(matrix)).isEmpty();
        assertThat(matrix.get("rows")).hasSizeGreaterThan(100);
    }

    @Test
    void should_carry_the_same_values_as_the_csv_row_by_row_and_cell_by_cell() {
        List<List<String>> records = parseCsv(csv);
        List<String> ids = ids(TraceMatrix.COLUMNS);

        assertThat(records.get(0))
                .containsExactlyElementsOf(
                        StreamSupport.stream(matrix.get("columns").spliterator(), false)
                                .map(c -> c.get("header").asText())
                                .toList());
        assertThat(records).hasSize(matrix.get("rows").size() + 1);
        for (int r = 0; r < matrix.get("rows").size(); r++) {
            JsonNode row = matrix.get("rows").get(r);
            List<String> fromJson = ids.stream()
                    .map(id -> SpreadsheetCells.forCsv(row.get(id).asText()))
                    .toList();
            assertThat(fromJson).as("row %s", r).containsExactlyElementsOf(records.get(r + 1));
        }
    }

    @Test
    void should_list_every_column_in_the_schema_in_the_order_of_the_declaration() {
        List<String> ids = ids(TraceMatrix.COLUMNS);
        JsonNode row = schemaNode.at("/$defs/row");

        assertThat(names(row.get("properties"))).containsExactlyElementsOf(ids);
        assertThat(texts(row.get("required"))).containsExactlyElementsOf(ids);
        assertThat(row.get("additionalProperties").asBoolean(true)).isFalse();
        row.get("properties").forEach(p -> assertThat(p.get("type").asText()).isEqualTo("string"));
        assertThat(StreamSupport.stream(
                                schemaNode.at("/properties/columns/prefixItems").spliterator(), false)
                        .map(c -> c.at("/properties/id/const").asText())
                        .toList())
                .containsExactlyElementsOf(ids);
    }

    @Test
    void should_describe_exactly_the_fields_the_json_format_writes() {
        assertThat(names(schemaNode.get("properties"))).containsExactlyElementsOf(names(matrix));
        assertThat(texts(schemaNode.get("required"))).containsExactlyElementsOf(names(matrix));
        assertThat(schemaNode.at("/properties/formatVersion/const").asInt())
                .isEqualTo(TabularFormat.JSON_FORMAT_VERSION);
        assertThat(matrix.get("format").asText())
                .isEqualTo(schemaNode.at("/properties/format/const").asText());
    }

    @Test
    void should_take_every_header_from_the_message_bundle() {
        Messages english = Messages.english();
        List<String> headers = TraceMatrix.COLUMNS.stream()
                .map(c -> english.get(c.headerKey()))
                .toList();

        assertThat(StreamSupport.stream(matrix.get("columns").spliterator(), false)
                        .map(c -> c.get("header").asText())
                        .toList())
                .containsExactlyElementsOf(headers);
        assertThat(TraceMatrix.COLUMNS)
                .allSatisfy(c -> assertThat(c.headerKey()).startsWith("matrix.column."));
    }

    @Test
    void should_be_a_valid_draft_2020_12_schema() {
        JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

        assertThat(meta.validate(schemaNode)).isEmpty();
        assertThat(schemaNode.get("$id").asText())
                .isEqualTo("https://programbook.io/schemas/traceability-matrix.schema.json");
    }

    @Test
    void should_reject_a_row_with_a_missing_or_unknown_column_or_a_renamed_column() {
        ObjectNode missing = matrix.deepCopy();
        ((ObjectNode) missing.get("rows").get(0)).remove("statement");
        ObjectNode unknown = matrix.deepCopy();
        ((ObjectNode) unknown.get("rows").get(0)).put("comment", "x");
        ObjectNode renamed = matrix.deepCopy();
        ((ObjectNode) renamed.get("columns").get(0)).set("id", TextNode.valueOf("id"));

        assertThat(schema.validate(missing)).isNotEmpty();
        assertThat(schema.validate(unknown)).isNotEmpty();
        assertThat(schema.validate(renamed)).isNotEmpty();
    }

    /** Issue 20 item 4: a statement longer than a spreadsheet cell holds no longer stops generate. */
    @Test
    void should_generate_with_a_statement_longer_than_a_workbook_cell_holds_and_warn_at_its_line(@TempDir Path base)
            throws Exception {
        // given: 600 ordinary lines, about 43,000 characters
        StringBuilder text = new StringBuilder("text: |\n");
        for (int i = 0; i < 600; i++) {
            text.append("      Line ")
                    .append(i)
                    .append(" of a long statement that an engineer pasted from a procedure.\n");
        }
        Fixtures.program(base)
                .statements(
                        "sp01.yaml",
                        Fixtures.statements(Fixtures.statement(
                                "SP.01.01 BR",
                                "status: implemented",
                                "maturity: ML2",
                                "owner: security-lead",
                                text.toString().stripTrailing())))
                .write();
        Path out = base.resolve("target/programbook");

        // when
        GenerateResult result = Generator.create()
                .generate(new GenerateRequest(
                        base,
                        base.resolve(ProgramBuilder.DIR),
                        out,
                        Set.of(OutputFormat.ADOC),
                        Optional.empty(),
                        Optional.empty()));

        // then: a warning at the statement's text, the workbook's cell cut short and marked
        assertThat(result.warnings())
                .filteredOn(d -> d.rule() == Rule.CELL_TOO_LONG)
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.at().file()).isEqualTo("src/programbook/statements/sp01.yaml");
                    assertThat(d.at().line()).isEqualTo(6);
                    assertThat(d.render()).contains("PB-CELL-TOO-LONG").contains("SP.01.01 BR");
                });
        String whole = JSON.readTree(out.resolve(TraceabilityMatrixOutput.JSON).toFile())
                .at("/rows/0/statement")
                .asText();
        assertThat(whole).hasSizeGreaterThan(TabularFormat.MAX_CELL).endsWith("pasted from a procedure.");
        try (XSSFWorkbook workbook = new XSSFWorkbook(
                new ByteArrayInputStream(Files.readAllBytes(out.resolve(TraceabilityMatrixOutput.XLSX))))) {
            String cell = workbook.getSheetAt(0).getRow(1).getCell(8).getStringCellValue();
            assertThat(cell).hasSizeLessThanOrEqualTo(TabularFormat.MAX_CELL).endsWith("… truncated, see handbook");
            assertThat(whole).startsWith(cell.substring(0, cell.lastIndexOf("\n\n")));
        }
        assertThat(Files.readString(out.resolve(ValidationReport.FILE_NAME), StandardCharsets.UTF_8))
                .contains("PB-CELL-TOO-LONG");
    }

    private static List<String> ids(List<Column<TraceMatrix.Row>> columns) {
        return columns.stream().map(Column::id).toList();
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(JsonNode::asText)
                .toList();
    }

    /** RFC 4180, as {@code CsvWriter} writes it. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return records;
    }
}
