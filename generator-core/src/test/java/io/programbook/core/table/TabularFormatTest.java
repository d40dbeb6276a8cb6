package io.programbook.core.table;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.programbook.core.diag.Diagnostic;
import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.Rule;
import io.programbook.core.diag.SourcePosition;
import io.programbook.core.text.Messages;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The registry of tabular formats: a column declared once is written by every format, the same. */
class TabularFormatTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Messages ENGLISH = Messages.english();

    record Thing(String id, String note, SourcePosition at) {}

    /** Two columns, declared once each; the headers' words come from the bundle. */
    private static final List<Column<Thing>> COLUMNS = List.of(
            new Column<>("item", "matrix.column.item", 12, Thing::id),
            new Column<>("statement", "matrix.column.statement", 60, Thing::note));

    private static Table table(Thing... things) {
        return Table.of(
                new Table.About("things", "Things", "Things: test", "Org", Optional.of(LocalDate.of(2026, 1, 2))),
                COLUMNS,
                List.of(things),
                t -> Optional.ofNullable(t.at()),
                ENGLISH);
    }

    @Test
    void should_write_a_column_declared_once_in_every_format_with_the_same_header_and_value() throws Exception {
        // given
        Table table = table(new Thing("A-1", "first, \"quoted\"", null), new Thing("B-2", "=1+1", null));
        Diagnostics diagnostics = new Diagnostics();

        // when
        String csv = new String(
                        TabularFormat.CSV.write(table, ENGLISH, diagnostics, "things.csv"), StandardCharsets.UTF_8)
                .substring(1); // the byte order mark
        JsonNode json = JSON.readTree(TabularFormat.JSON.write(table, ENGLISH, diagnostics, "things.json"));
        List<List<String>> xlsx = sheet(TabularFormat.XLSX.write(table, ENGLISH, diagnostics, "things.xlsx"));

        // then
        assertThat(csv).isEqualTo("Item,Statement\r\nA-1,\"first, \"\"quoted\"\"\"\r\nB-2,'=1+1\r\n");
        assertThat(xlsx)
                .containsExactly(
                        List.of("Item", "Statement"), List.of("A-1", "first, \"quoted\""), List.of("B-2", "=1+1"));
        assertThat(json.get("format").asText()).isEqualTo("programbook-things");
        assertThat(json.get("columns").toString())
                .isEqualTo("[{\"id\":\"item\",\"header\":\"Item\"},{\"id\":\"statement\",\"header\":\"Statement\"}]");
        assertThat(json.get("rows").toString())
                .isEqualTo("[{\"item\":\"A-1\",\"statement\":\"first, \\\"quoted\\\"\"},"
                        + "{\"item\":\"B-2\",\"statement\":\"=1+1\"}]");
        assertThat(diagnostics.all()).isEmpty();
    }

    @Test
    void should_name_one_file_per_format() {
        assertThat(TabularFormat.fileNames("traceability-matrix"))
                .containsExactly("traceability-matrix.csv", "traceability-matrix.xlsx", "traceability-matrix.json");
    }

    @Test
    void should_give_each_column_its_width_in_the_workbook() throws Exception {
        byte[] xlsx = TabularFormat.XLSX.write(table(), ENGLISH, new Diagnostics(), "things.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getColumnWidth(0)).isEqualTo(12 * 256);
            assertThat(workbook.getSheetAt(0).getColumnWidth(1)).isEqualTo(60 * 256);
        }
    }

    @Test
    void should_cut_a_cell_longer_than_a_workbook_holds_with_a_note_and_warn_where_it_was_written() throws Exception {
        // given
        String longText = "word ".repeat(8_000) + "END"; // 40,003 characters
        SourcePosition at = SourcePosition.of("src/programbook/statements/sp01.yaml", 7, 11);
        Table table = table(new Thing("SP.01.01 BR", longText, at));
        Diagnostics diagnostics = new Diagnostics();

        // when
        List<List<String>> xlsx = sheet(TabularFormat.XLSX.write(table, ENGLISH, diagnostics, "target/x.xlsx"));
        JsonNode json = JSON.readTree(TabularFormat.JSON.write(table, ENGLISH, new Diagnostics(), "x.json"));
        String csv =
                new String(TabularFormat.CSV.write(table, ENGLISH, new Diagnostics(), "x.csv"), StandardCharsets.UTF_8);

        // then: the workbook has the start and the note, the other formats the whole text
        String cell = xlsx.get(1).get(1);
        assertThat(cell).hasSizeLessThanOrEqualTo(TabularFormat.MAX_CELL).endsWith("\n\n… truncated, see handbook");
        assertThat(longText).startsWith(cell.substring(0, cell.indexOf("\n\n")));
        assertThat(json.at("/rows/0/statement").asText()).isEqualTo(longText);
        assertThat(csv).contains(longText);
        assertThat(diagnostics.all()).hasSize(1);
        Diagnostic warning = diagnostics.all().get(0);
        assertThat(warning.isError()).isFalse();
        assertThat(warning.rule()).isEqualTo(Rule.CELL_TOO_LONG);
        assertThat(warning.at()).isEqualTo(at);
        assertThat(warning.message())
                .startsWith("SP.01.01 BR: the statement is 40,003 characters long")
                .contains("target/x.xlsx");
    }

    @Test
    void should_name_the_file_when_a_long_cell_has_no_source() throws Exception {
        Diagnostics diagnostics = new Diagnostics();

        TabularFormat.XLSX.write(table(new Thing("X", "y".repeat(40_000), null)), ENGLISH, diagnostics, "t/x.xlsx");

        assertThat(diagnostics.all())
                .singleElement()
                .satisfies(d -> assertThat(d.at()).isEqualTo(SourcePosition.wholeFile("t/x.xlsx")));
    }

    @Test
    void should_never_split_a_character_outside_the_basic_plane_when_cutting() {
        String note = "\n\n… truncated, see handbook";
        int keep = TabularFormat.MAX_CELL - note.length();
        // an emoji (two chars) straddling the cut
        String value = "a".repeat(keep - 1) + "😀" + "b".repeat(100);

        String cut = TabularFormat.truncate(value, note);

        assertThat(cut).hasSizeLessThanOrEqualTo(TabularFormat.MAX_CELL).endsWith(note);
        assertThat(cut.substring(0, cut.length() - note.length())).isEqualTo("a".repeat(keep - 1));
    }

    private static List<List<String>> sheet(byte[] xlsx) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                String[] cells = new String[row.getLastCellNum()];
                for (int c = 0; c < cells.length; c++) {
                    cells[c] = row.getCell(c).getStringCellValue();
                }
                rows.add(Arrays.asList(cells));
            }
            return rows;
        }
    }
}
