package io.programbook.core.convert.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.programbook.core.api.DocumentOptions;
import io.programbook.core.api.GenerateRequest;
import io.programbook.core.api.Generator;
import io.programbook.core.api.OutputFormat;
import io.programbook.core.testutil.ExampleProgram;
import io.programbook.core.testutil.Pdfs;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Opens the example's Word handbook in LibreOffice (headless, converting it to PDF), which shows
 * that Word-compatible software reads it without repair, and checks the text of several pages:
 * title page, table of contents, a chapter with an item's facts table. Skipped where LibreOffice is
 * not installed, except in CI ({@code CI=true}), where its absence fails the test. The files stay
 * in {@code target/word-it/} to be looked at.
 */
class WordInLibreOfficeIT {

    static final Path DIR = Path.of("target/word-it");

    static Path pdf;

    @BeforeAll
    static void convert() throws IOException, InterruptedException {
        Path soffice = find();
        deleteTree(DIR);
        Path program = ExampleProgram.copy(DIR.resolve("src/programbook"));
        Path out = DIR.resolve("target/programbook");
        Generator.create()
                .generate(new GenerateRequest(
                        DIR, program, out, Optional.empty(), DocumentOptions.of(Set.of(OutputFormat.DOCX))));
        Path profile = DIR.resolve("lo-profile").toAbsolutePath();
        Process lo = new ProcessBuilder(
                        soffice.toString(),
                        "-env:UserInstallation=" + profile.toUri(),
                        "--headless",
                        "--norestore",
                        "--convert-to",
                        "pdf",
                        "--outdir",
                        DIR.toAbsolutePath().toString(),
                        out.resolve("handbook.docx").toAbsolutePath().toString())
                .redirectErrorStream(true)
                .redirectOutput(DIR.resolve("soffice.log").toFile())
                .start();
        if (!lo.waitFor(5, TimeUnit.MINUTES)) {
            lo.destroyForcibly();
            fail("LibreOffice did not convert the handbook within 5 minutes");
        }
        pdf = DIR.resolve("handbook.pdf");
        assertThat(pdf).as(Files.readString(DIR.resolve("soffice.log"))).exists();
    }

    static Path find() {
        String path = System.getenv("PATH");
        Optional<Path> found = path == null
                ? Optional.empty()
                : Stream.of(path.split(File.pathSeparator))
                        .flatMap(dir -> Stream.of("soffice", "libreoffice").map(n -> Path.of(dir, n)))
                        .filter(Files::isExecutable)
                        .findFirst();
        if (found.isEmpty()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("LibreOffice is required in CI: no soffice on the PATH");
            }
            assumeTrue(false, "LibreOffice is not installed (no soffice on the PATH): skipping");
        }
        return found.get();
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(p);
            }
        }
    }

    @Test
    void should_show_the_title_page_first() throws IOException {
        try (PDDocument doc = Pdfs.open(pdf)) {
            String title = Pdfs.text(doc, 1, 1);
            assertThat(title)
                    .containsIgnoringCase("Security program handbook")
                    .contains("Security Program for Integration and Maintenance Services")
                    .contains("Nordwind Automation GmbH", "Version 3.2", "62443-2-4@2023");
            assertThat(title).doesNotContain("Page 1 of");
        }
    }

    @Test
    void should_list_the_chapters_in_the_table_of_contents() throws IOException {
        try (PDDocument doc = Pdfs.open(pdf)) {
            assertThat(Pdfs.text(doc, 2, 2))
                    .contains("Contents", "About this handbook", "Scope", "SP.01 Solution staffing");
        }
    }

    @Test
    void should_show_an_item_with_its_facts_and_the_page_footer() throws IOException {
        try (PDDocument doc = Pdfs.open(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(20);
            String all = Pdfs.text(doc, 3, doc.getNumberOfPages());
            assertThat(all)
                    .contains("SP.01.01 BR Own staff briefed", "Target maturity", "Claimed maturity")
                    .contains("Staffing, onboarding and security awareness")
                    .containsPattern("Page \\d+ of " + doc.getNumberOfPages())
                    .doesNotContain("10-01Page");
            assertThat(List.of(Pdfs.text(doc, 3, 3), Pdfs.text(doc, 4, 4)))
                    .anyMatch(t -> t.contains("Security Program for Integration and Maintenance Services"));
        }
    }
}
