package io.programbook.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.programbook.core.api.GenerateRequest;
import io.programbook.core.api.ImportAssessmentRequest;
import io.programbook.core.api.ImportAssessmentResult;
import io.programbook.core.api.OutputFormat;
import io.programbook.core.pipeline.Programbook;
import io.programbook.core.testutil.ExampleProgram;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worksheet opens in LibreOffice Calc: a headless conversion to PDF succeeds and prints its
 * pages landscape, and a worksheet filled in and saved again by LibreOffice imports. Skipped where
 * LibreOffice is not installed, except in CI, which installs it.
 */
class WorksheetLibreOfficeIT {

    private static final List<String> NAMES = List.of("soffice", "libreoffice");

    @TempDir
    Path project;

    @Test
    void should_open_in_libreoffice_and_import_after_libreoffice_saved_it() throws Exception {
        Path soffice = soffice();
        Path program = ExampleProgram.copy(project.resolve("src/programbook"));
        try (Stream<Path> records = Files.list(program.resolve("assessments"))) {
            for (Path record : records.toList()) {
                Files.delete(record); // a fresh assessment: the worksheet carries no earlier verdicts
            }
        }
        Programbook programbook = new Programbook();
        programbook.generate(new GenerateRequest(
                project,
                program,
                project.resolve("target/programbook"),
                Set.of(OutputFormat.ADOC),
                Optional.empty(),
                Optional.empty()));
        Path worksheet = project.resolve("target/programbook/assessment-worksheet.xlsx");

        // when: LibreOffice prints it
        Path pdfs = project.resolve("pdf");
        convert(soffice, worksheet, pdfs, "pdf");

        // then
        try (PDDocument pdf =
                Loader.loadPDF(pdfs.resolve("assessment-worksheet.pdf").toFile())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            var box = pdf.getPage(0).getMediaBox();
            assertThat(box.getWidth()).as("landscape").isGreaterThan(box.getHeight());
        }

        // and when: an assessor fills it in and LibreOffice saves it
        Path filled = project.resolve("filled/assessment-worksheet.xlsx");
        Files.createDirectories(filled.getParent());
        AssessmentRoundTripIT.fill(worksheet, filled, workbook -> {
            for (Row row : workbook.getSheetAt(0)) {
                if (AssessmentRoundTripIT.text(row.getCell(1)).equals("SP.06.02BR")) {
                    AssessmentRoundTripIT.set(row, 9, "Pass");
                }
            }
            workbook.getSheetAt(1).getRow(7).getCell(1).setCellValue("J. Berg");
            workbook.getSheetAt(1).getRow(8).getCell(1).setCellValue("2026-12-01");
        });
        Path saved = project.resolve("saved");
        convert(soffice, filled, saved, "xlsx:Calc MS Excel 2007 XML");
        ImportAssessmentResult result = programbook.importAssessment(
                ImportAssessmentRequest.conventional(project, saved.resolve("assessment-worksheet.xlsx")));

        // then
        assertThat(result.summary()).isEqualTo("2 Pass");
        assertThat(result.file().getFileName()).hasToString("2026-12-01-j-berg.yaml");
        Path keep = Path.of("target/libreoffice-worksheet");
        Files.createDirectories(keep);
        Files.copy(
                pdfs.resolve("assessment-worksheet.pdf"),
                keep.resolve("assessment-worksheet.pdf"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    private void convert(Path soffice, Path file, Path outDir, String format) throws IOException, InterruptedException {
        Files.createDirectories(outDir);
        Path log = project.resolve("soffice-" + outDir.getFileName() + ".log");
        Process process = new ProcessBuilder(
                        soffice.toString(),
                        "--headless",
                        "--norestore",
                        "-env:UserInstallation=" + project.resolve("lo-profile").toUri(),
                        "--convert-to",
                        format,
                        "--outdir",
                        outDir.toString(),
                        file.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("LibreOffice did not finish converting " + file + " in 3 minutes");
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output.toLowerCase(Locale.ROOT)).as("LibreOffice's log").doesNotContain("repair");
        try (Stream<Path> files = Files.list(outDir)) {
            assertThat(files.toList()).as("converted by LibreOffice: " + output).isNotEmpty();
        }
    }

    private static Path soffice() {
        String path = System.getenv("PATH");
        Optional<Path> found = path == null
                ? Optional.empty()
                : Stream.of(path.split(File.pathSeparator))
                        .flatMap(dir -> NAMES.stream().map(name -> Path.of(dir, name)))
                        .filter(Files::isExecutable)
                        .findFirst();
        if (found.isEmpty()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("LibreOffice is required in CI (.ci/run installs it): none of " + NAMES + " is on the PATH");
            }
            assumeTrue(false, "LibreOffice is not installed: skipping the worksheet's LibreOffice test");
        }
        return found.get();
    }
}
