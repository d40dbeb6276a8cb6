package io.programbook.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.api.DocumentOptions;
import io.programbook.core.api.GenerateRequest;
import io.programbook.core.api.GenerateResult;
import io.programbook.core.api.OutputFormat;
import io.programbook.core.testutil.ExampleProgram;
import io.programbook.core.validate.ValidationReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example's three editions (the provider's, Wasserverband Marschland's in German, Molkerei
 * Kranichsee's) in every format, rendered one after the other and on four threads: the same bytes
 * of every file, build state and validation report included, and the same findings.
 */
class ParallelEditionsIT {

    @TempDir
    static Path project;

    static GenerateRequest request;
    static Map<String, byte[]> sequentialFiles;
    static GenerateResult sequential;
    static Map<String, byte[]> parallelFiles;
    static GenerateResult parallel;
    static int poolThreads;

    @BeforeAll
    static void generateBothWays() {
        Path program = ExampleProgram.copy(project.resolve("src/programbook"));
        request = new GenerateRequest(
                project,
                program,
                project.resolve("target/programbook"),
                Optional.empty(),
                DocumentOptions.of(Set.of(OutputFormat.ADOC, OutputFormat.HTML, OutputFormat.PDF, OutputFormat.DOCX)));
        int before = EditionPool.threadsStarted();
        sequential = new Programbook().generate(request.withThreads(1));
        poolThreads = EditionPool.threadsStarted() - before;
        sequentialFiles = files(request.outputDir());
        // Not up to date although the request differs only in its threads: render again from nothing.
        delete(request.outputDir());
        before = EditionPool.threadsStarted();
        parallel = new Programbook().generate(request.withThreads(4));
        poolThreads = (EditionPool.threadsStarted() - before) * 100 + poolThreads;
        parallelFiles = files(request.outputDir());
    }

    @Test
    void should_render_the_editions_on_a_pool_only_when_asked_for_more_than_one_thread() {
        assertThat(poolThreads)
                .as("threads started: 3 editions on 4 threads → 3 (×100); one thread → none")
                .isEqualTo(300);
        assertThat(sequential.upToDate()).isFalse();
        assertThat(parallel.upToDate()).isFalse();
    }

    @Test
    void should_write_the_same_files_with_the_same_bytes() {
        assertThat(sequentialFiles)
                .containsKeys(
                        "handbook.pdf",
                        "handbook.docx",
                        "customers/wvm/handbook.pdf",
                        "customers/kranichsee/handbook.docx",
                        "portfolio.html",
                        BuildState.FILE,
                        ValidationReport.FILE_NAME);
        assertThat(parallelFiles.keySet()).containsExactlyElementsOf(sequentialFiles.keySet());
        sequentialFiles.forEach(
                (name, bytes) -> assertThat(parallelFiles.get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    void should_report_the_same_findings_in_the_same_order() {
        assertThat(parallel.warnings()).isEqualTo(sequential.warnings());
        assertThat(parallel.files()).isEqualTo(sequential.files());
        assertThat(parallel.coveragePercent()).isEqualTo(sequential.coveragePercent());
    }

    @Test
    void should_name_a_customers_files_in_its_findings() {
        // a finding about a customer's document names that customer's file, never another edition's
        sequential.warnings().stream()
                .map(d -> d.at().file())
                .filter(file -> file.contains("/customers/"))
                .forEach(file -> assertThat(file).matches(".*/customers/(wvm|kranichsee)/[^/]+"));
    }

    private static Map<String, byte[]> files(Path folder) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static void delete(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
