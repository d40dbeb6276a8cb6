package io.programbook.core.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.api.GenerateRequest;
import io.programbook.core.api.Generator;
import io.programbook.core.api.OutputFormat;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads the generated workbook back with POI and checks it cell by cell. */
class XlsxWriterTest {

    static final Path CASE = Path.of("src/test/resources/golden/trace-falcon");

    @TempDir
    static Path output;

    static byte[] xlsx;

    @BeforeAll
    static void generate() throws Exception {
        Generator.create()
                .generate(new GenerateRequest(
                        CASE,
                        CASE.resolve("program"),
                        output,
                        Set.of(OutputFormat.ADOC),
                        Optional.empty(),
                        Optional.empty()));
        xlsx = Files.readAllBytes(output.resolve("traceability-matrix.xlsx"));
    }

    private static List<String> values(XSSFRow row) {
        List<String> values = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            XSSFCell cell = row.getCell(c);
            assertThat(cell.getCellType()).as("cell %s", cell.getReference()).isEqualTo(CellType.STRING);
            values.add(cell.getStringCellValue());
        }
        return values;
    }

    @Test
    void should_have_a_bold_header_row_that_is_frozen_and_filtered() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = workbook.getSheet("Traceability matrix");
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            assertThat(values(sheet.getRow(0)))
                    .containsExactly(
                            "Item",
                            "Title",
                            "Area",
                            "Area name",
                            "Status",
                            "Target maturity",
                            "Claimed maturity",
                            "Owner",
                            "Statement",
                            "Procedures",
                            "Evidence",
                            "Last verification",
                            "Coverage",
                            "Gaps",
                            "Gap details",
                            "Verdict",
                            "Assessed",
                            "Open findings");
            assertThat(workbook.getFontAt(
                                    sheet.getRow(0).getCell(0).getCellStyle().getFontIndex())
                            .getBold())
                    .isTrue();
            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(pane.getVerticalSplitPosition()).isZero();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:R10");
            assertThat(sheet.getLastRowNum()).isEqualTo(9);
            assertThat(sheet.getColumnWidth(8)).isEqualTo(70 * 256);
        }
    }

    @Test
    void should_hold_each_item_as_text_cells_cell_by_cell() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(values(sheet.getRow(1)))
                    .containsExactly(
                            "SP.01.01 BR",
                            "Own staff briefed on and follow 2-4 security duties before assignment",
                            "SP.01",
                            "Solution staffing",
                            "implemented",
                            "ML2",
                            "ML2",
                            "Security lead",
                            "Engineers are briefed before their first assignment; the briefing is repeated every 12 months.\n\n"
                                    + "* Briefing slides\n* Signed acknowledgement",
                            "Onboarding",
                            "EV-briefings Briefing records 2026 (evidence/briefings.csv, 2026-03-02)",
                            "2026-04-15 pass by Internal audit (K. Maier)",
                            "covered",
                            "",
                            "",
                            "",
                            "",
                            "");
            assertThat(values(sheet.getRow(9)))
                    .containsExactly(
                            "SP.12.02 BR",
                            "Documented restore instructions",
                            "SP.12",
                            "Backup/Restore",
                            "no statement",
                            "ML2",
                            "",
                            "",
                            "",
                            "Backup and restore",
                            "",
                            "",
                            "gap",
                            "no-statement",
                            "The program says nothing about this item.",
                            "",
                            "",
                            "");
            assertThat(sheet.getRow(2).getCell(8).getStringCellValue())
                    .isEqualTo("Falcon does not use subcontractors; see SP.01.01 BR.");
        }
    }

    @Test
    void should_keep_formula_like_values_as_quote_prefixed_text() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            XSSFCell owner = sheet.getRow(3).getCell(7);
            XSSFCell statement = sheet.getRow(4).getCell(8);
            XSSFCell evidence = sheet.getRow(6).getCell(10);
            assertThat(owner.getStringCellValue()).isEqualTo("@Service desk");
            assertThat(statement.getStringCellValue()).isEqualTo("-Confidentiality clauses are in new contracts only.");
            // the evidence id in front keeps a formula-like title from starting the cell
            assertThat(evidence.getStringCellValue())
                    .startsWith("EV-zone-drawings-2026 =HYPERLINK(\"https://evil.example\"");
            assertThat(evidence.getCellStyle().getQuotePrefixed()).isFalse();
            for (XSSFCell cell : List.of(owner, statement)) {
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getCellStyle().getQuotePrefixed())
                        .as("%s quote prefixed", cell.getReference())
                        .isTrue();
            }
            assertThat(sheet.getRow(1).getCell(7).getCellStyle().getQuotePrefixed())
                    .isFalse();
        }
    }

    @Test
    void should_keep_every_row_when_more_rows_than_fit_in_memory_are_streamed() throws Exception {
        // given: rows past the streaming window, so most are flushed before the header's pane and filter are set
        int count = XlsxWriter.ROWS_IN_MEMORY * 3 + 7;
        List<List<String>> rows = new ArrayList<>();
        for (int r = 1; r <= count; r++) {
            rows.add(List.of(
                    "XX.01.%02d BR".formatted(r % 100), r % 2 == 0 ? "=SUM(A1)" : "line " + r + "\nsecond line"));
        }

        // when
        byte[] bytes = XlsxWriter.write(
                "Rows", List.of("Item", "Text"), List.of(12, 40), rows, "Rows", "Test", Optional.empty());

        // then
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet sheet = workbook.getSheet("Rows");
            assertThat(sheet.getLastRowNum()).isEqualTo(count);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:B" + (count + 1));
            for (int r = 1; r <= count; r++) {
                assertThat(values(sheet.getRow(r))).as("row %d", r).isEqualTo(rows.get(r - 1));
                assertThat(sheet.getRow(r).getCell(1).getCellStyle().getQuotePrefixed())
                        .isEqualTo(r % 2 == 0);
            }
        }
    }

    @Test
    void should_give_the_same_bytes_whatever_the_clock_or_time_zone() throws Exception {
        // given
        List<List<String>> rows = List.of(List.of("SP.01.01 BR", "=1+1"));
        TimeZone zone = TimeZone.getDefault();
        byte[] utc;
        byte[] tokyo;
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
            utc = XlsxWriter.write(
                    "Sheet",
                    List.of("Item", "Note"),
                    List.of(10, 10),
                    rows,
                    "T",
                    "A",
                    Optional.of(LocalDate.of(2026, 9, 30)));
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));
            tokyo = XlsxWriter.write(
                    "Sheet",
                    List.of("Item", "Note"),
                    List.of(10, 10),
                    rows,
                    "T",
                    "A",
                    Optional.of(LocalDate.of(2026, 9, 30)));
        } finally {
            TimeZone.setDefault(zone);
        }

        // then: every zip entry carries the document date, never the time of the build
        assertThat(tokyo).isEqualTo(utc);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(utc))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                assertThat(entry.getTimeLocal()).as(entry.getName()).isEqualTo(LocalDateTime.of(2026, 9, 30, 0, 0));
            }
        }
        assertThat(entry(utc, "docProps/core.xml"))
                .contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2026-09-30T00:00:00Z</dcterms:created>")
                .doesNotContain("modified");
        byte[] undated = XlsxWriter.write("Sheet", List.of("Item"), List.of(10), List.of(), "T", "A", Optional.empty());
        assertThat(entry(undated, "docProps/core.xml"))
                .contains("<dc:title>T</dc:title>")
                .doesNotContain("created");
    }

    private static String entry(byte[] zipBytes, String name) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(name + " not in the zip");
    }
}
