package io.programbook.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.programbook.core.api.ContentPolicy;
import io.programbook.core.api.GenerateRequest;
import io.programbook.core.api.ImportAssessmentRequest;
import io.programbook.core.api.ImportAssessmentResult;
import io.programbook.core.api.OutputFormat;
import io.programbook.core.diag.Diagnostic;
import io.programbook.core.diag.GeneratorException;
import io.programbook.core.pipeline.Programbook;
import io.programbook.core.testutil.ExampleProgram;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The assessment round trip on a copy of the example: export the worksheet, fill it with Apache POI
 * as an assessor would (rows duplicated per role and per component included), import it, export
 * again: the same worksheet, now with the verdicts.
 */
class AssessmentRoundTripIT {

    private static final String SHEET = "target/programbook/assessment-worksheet.xlsx";

    @TempDir
    Path project;

    private final Programbook programbook = new Programbook();
    private Path program;

    @BeforeEach
    void copyExample() throws IOException {
        program = ExampleProgram.copy(project.resolve("src/programbook"));
        // the example's own past assessment is not part of this round trip
        Files.createDirectories(program.resolve("assessments"));
        try (Stream<Path> records = Files.list(program.resolve("assessments"))) {
            for (Path record : records.toList()) {
                Files.delete(record);
            }
        }
    }

    @Test
    void should_export_one_row_per_item_role_and_component_where_statements_differ() throws IOException {
        // when
        List<List<String>> rows = cells(export(), 0);

        // then: SP.01.01 BR has one statement for both roles and all components
        assertThat(rowsOf(rows, "SP.01.01BR"))
                .extracting(r -> r.get(3) + " | " + r.get(6))
                .containsExactly("Integrator | All components", "Maintenance Provider | All components");
        // SP.12.06 BR differs per role: each role's row shows its own statement
        List<List<String>> backup = rowsOf(rows, "SP.12.06BR");
        assertThat(backup).extracting(r -> r.get(3)).containsExactly("Integrator", "Maintenance Provider");
        assertThat(backup.get(0).get(5)).startsWith("During an integration project");
        assertThat(backup.get(1).get(5)).startsWith("Backups run on the schedule");
        // SP.03.05 BR differs per component: one row per role and component
        List<List<String>> hardening = rowsOf(rows, "SP.03.05BR");
        assertThat(hardening)
                .extracting(r -> r.get(3) + " | " + r.get(6))
                .containsExactly(
                        "Integrator | DCS-based solutions",
                        "Integrator | PLC-based solutions",
                        "Maintenance Provider | DCS-based solutions",
                        "Maintenance Provider | PLC-based solutions");
        assertThat(hardening.get(0).get(5)).startsWith("Only the software, services");
        assertThat(hardening.get(1).get(5)).startsWith("PLC-based solutions are hardened");
        // the summary level, the paraphrase marker, the declared maturity and the empty assessor columns
        assertThat(hardening.get(0).subList(0, 5))
                .containsExactly(
                        "Solution hardening",
                        "SP.03.05BR",
                        "Only required/approved features enabled; maintain hardened state (Programbook's paraphrase,"
                                + " not the text of the standard)",
                        "Integrator",
                        "2");
        assertThat(hardening.get(0).subList(8, 10)).containsExactly("", "");
        // evidence by its id in the evidence register (made from the address here) and its title
        assertThat(hardening.get(0).get(7))
                .startsWith("EV-hardening-sheet Solution hardening sheet, waterworks 2, revision D");
        assertThat(rowsOf(rows, "SP.03.02BR").get(0).get(0)).isEqualTo("Network security");
        assertThat(rowsOf(rows, "SP.03.10BR").get(0).get(0)).isEqualTo("Data protection");
        try (InputStream in = Files.newInputStream(project.resolve(SHEET));
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Row row : workbook.getSheetAt(0)) {
                assertThat(row.getLastCellNum())
                        .as("cells of row %d", row.getRowNum() + 1)
                        .isEqualTo((short) 10);
            }
        }
        assertThat(rows.get(0))
                .containsExactly(
                        "Summary Level",
                        "IEC 62443-2-4 ID",
                        "IEC 62443-2-4 Requirement",
                        "Applicant Role(s)",
                        "Declared Maturity Level",
                        "Conformity Statement",
                        "Applicable component",
                        "Conformity Evidence",
                        "Result - Remarks",
                        "Verdict");
    }

    @Test
    void should_export_the_same_bytes_twice() throws IOException {
        byte[] first = Files.readAllBytes(export());
        Files.delete(project.resolve("target/programbook/.programbook-state.json"));
        Files.delete(project.resolve(SHEET));

        assertThat(Files.readAllBytes(export())).isEqualTo(first);
    }

    @Test
    void should_import_the_verdicts_and_export_them_again() throws IOException {
        // given: an assessor's filled copy
        Path exported = export();
        Path filled = project.resolve("returned/assessment-worksheet.xlsx");
        Files.createDirectories(filled.getParent());
        fill(exported, filled, workbook -> {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                String id = text(row.getCell(1));
                String role = text(row.getCell(3));
                String component = text(row.getCell(6));
                if (id.equals("SP.03.05BR") && role.equals("Maintenance Provider") && component.startsWith("PLC")) {
                    set(row, 8, "Two of five PLCs on line 4 had the web server enabled.");
                    set(row, 9, "Fail");
                } else if (id.equals("SP.12.06BR") && role.equals("Integrator")) {
                    set(row, 8, "No project was in its handover phase during the assessment.");
                    set(row, 9, "N/E");
                } else if (id.startsWith("SP.01.0")) {
                    set(row, 9, id.equals("SP.01.05BR") ? "N/A" : "Pass");
                }
            }
            Sheet identity = workbook.getSheetAt(1);
            identity.getRow(7).getCell(1).setCellValue("M. Okafor, Kessler Assessment Services");
            identity.getRow(8).getCell(1).setCellValue("2026-11-20");
        });

        // when
        ImportAssessmentResult result =
                programbook.importAssessment(ImportAssessmentRequest.conventional(project, filled));

        // then
        assertThat(result.file())
                .isEqualTo(program.resolve("assessments/2026-11-20-m-okafor-kessler-assessment-services.yaml"));
        assertThat(result.summary()).isEqualTo("20 Pass, 1 Fail, 2 N/A, 1 N/E");
        assertThat(result.findings()).isEqualTo(2);
        String record = Files.readString(result.file());
        assertThat(record)
                .contains("assessor: \"M. Okafor, Kessler Assessment Services\"")
                .contains("date: 2026-11-20")
                .contains("catalog: iec-62443-2-4@2023")
                .contains("  - item: SP.03.05 BR\n    role: maintenance\n    component: plc\n    verdict: fail\n");

        // and when exported again, the worksheet is the filled one
        Files.delete(project.resolve(SHEET));
        Path again = export();
        assertThat(cells(again, 0)).isEqualTo(cells(filled, 0));
        assertThat(cells(again, 1)).isEqualTo(cells(filled, 1));
    }

    @Test
    void should_report_every_wrong_cell_and_write_nothing() throws IOException {
        // given
        Path exported = export();
        Path filled = project.resolve("returned.xlsx");
        fill(exported, filled, workbook -> {
            Sheet sheet = workbook.getSheetAt(0);
            set(sheet.getRow(1), 9, "Passed"); // J2: not a verdict of the list
            set(sheet.getRow(2), 8, "Seen, but not judged"); // J3: remarks without a verdict
            set(sheet.getRow(3), 1, "SP.01.99BR"); // B4: no such item
            set(sheet.getRow(3), 9, "Pass");
            set(sheet.getRow(4), 3, "Operator"); // D5: no such role
            set(sheet.getRow(4), 9, "Pass");
            set(sheet.getRow(5), 6, "Historian"); // G6: no such component
            set(sheet.getRow(5), 9, "Fail");
            set(sheet.getRow(6), 1, "SP.04.01BR"); // B7: out of the example's scope
            set(sheet.getRow(6), 9, "Pass");
            set(sheet.getRow(7), 9, "Pass");
            Row copy = sheet.createRow(sheet.getLastRowNum() + 1); // the same row as row 8, again
            for (int c = 0; c < 10; c++) {
                set(copy, c, text(sheet.getRow(7).getCell(c)));
            }
            Sheet identity = workbook.getSheetAt(1);
            identity.getRow(0).getCell(1).setCellValue("Südhafen Automation AG"); // B1: another program
            identity.getRow(4).getCell(1).setCellValue("iec-62443-2-4@2015+AMD1:2017"); // B5: another edition
            identity.getRow(8).getCell(1).setCellValue("20.11.2026"); // B9: not a date
        });
        int last = cells(filled, 0).size();

        // when
        GeneratorException failure = catchThrowableOfType(
                GeneratorException.class,
                () -> programbook.importAssessment(ImportAssessmentRequest.conventional(project, filled)));

        // then
        assertThat(failure.diagnostics().stream().filter(Diagnostic::isError))
                .extracting(d -> d.at() + " " + d.rule().code())
                .containsExactlyInAnyOrder(
                        "returned.xlsx!J2 PB-VERDICT-INVALID",
                        "returned.xlsx!J3 PB-VERDICT-INVALID",
                        "returned.xlsx!B4 PB-WORKSHEET-ROW-UNMATCHED",
                        "returned.xlsx!D5 PB-WORKSHEET-ROW-UNMATCHED",
                        "returned.xlsx!G6 PB-COMPONENT-UNKNOWN",
                        "returned.xlsx!B7 PB-WORKSHEET-ROW-UNMATCHED",
                        "returned.xlsx!B" + last + " PB-WORKSHEET-ROW-UNMATCHED",
                        "returned.xlsx!Program!B1 PB-WORKSHEET-OTHER-PROGRAM",
                        "returned.xlsx!Program!B5 PB-WORKSHEET-OTHER-PROGRAM",
                        "returned.xlsx!Program!B8 PB-ASSESSMENT-INCOMPLETE",
                        "returned.xlsx!Program!B9 PB-ASSESSMENT-INCOMPLETE");
        assertThat(program.resolve("assessments")).isEmptyDirectory();
    }

    @Test
    void should_not_overwrite_an_assessment_record() throws IOException {
        Path filled = project.resolve("returned.xlsx");
        fill(export(), filled, workbook -> {
            set(workbook.getSheetAt(0).getRow(1), 9, "Pass");
            workbook.getSheetAt(1).getRow(7).getCell(1).setCellValue("M. Okafor");
            workbook.getSheetAt(1).getRow(8).getCell(1).setCellValue("2026-11-20");
        });
        Path record = program.resolve("assessments/2026-11-20-m-okafor.yaml");
        String kept = "scheme: IECEE CB\nassessor: M. Okafor\ndate: 2026-11-20\ncatalog: iec-62443-2-4@2023\n";
        Files.writeString(record, kept);

        GeneratorException failure = catchThrowableOfType(
                GeneratorException.class,
                () -> programbook.importAssessment(new ImportAssessmentRequest(
                        project,
                        program,
                        filled,
                        Optional.empty(),
                        Optional.of(LocalDate.of(2026, 11, 20)),
                        Optional.empty(),
                        ContentPolicy.STRICT)));

        assertThat(failure.diagnostics().stream().filter(Diagnostic::isError))
                .extracting(d -> d.at() + " " + d.rule().code())
                .containsExactly("src/programbook/assessments/2026-11-20-m-okafor.yaml PB-ASSESSMENT-EXISTS");
        assertThat(record).hasContent(kept);
    }

    @Test
    void should_tell_a_file_that_is_no_worksheet() throws IOException {
        Path other = project.resolve("notes.xlsx");
        Files.writeString(other, "not a workbook");

        GeneratorException failure = catchThrowableOfType(
                GeneratorException.class,
                () -> programbook.importAssessment(ImportAssessmentRequest.conventional(project, other)));

        assertThat(failure.diagnostics().stream().filter(Diagnostic::isError))
                .extracting(d -> d.at() + " " + d.rule().code())
                .containsExactly("notes.xlsx PB-WORKSHEET-UNREADABLE");
    }

    private Path export() {
        programbook.generate(new GenerateRequest(
                project,
                program,
                project.resolve("target/programbook"),
                Set.of(OutputFormat.ADOC),
                Optional.empty(),
                Optional.empty()));
        return project.resolve(SHEET);
    }

    interface Filling {
        void fill(XSSFWorkbook workbook) throws IOException;
    }

    static void fill(Path from, Path to, Filling filling) throws IOException {
        try (InputStream in = Files.newInputStream(from);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            filling.fill(workbook);
            try (OutputStream out = Files.newOutputStream(to)) {
                workbook.write(out);
            }
        }
    }

    static void set(Row row, int column, String value) {
        Cell cell = row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
        cell.setCellValue(value);
    }

    static String text(Cell cell) {
        return cell == null ? "" : new DataFormatter().formatCellValue(cell);
    }

    static List<List<String>> cells(Path workbookFile, int sheetIndex) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(workbookFile);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Row row : workbook.getSheetAt(sheetIndex)) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < (sheetIndex == 0 ? 10 : 2); c++) {
                    cells.add(text(row.getCell(c)));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private static List<List<String>> rowsOf(List<List<String>> rows, String id) {
        return rows.stream().filter(r -> r.get(1).equals(id)).toList();
    }
}
