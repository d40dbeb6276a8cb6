package io.programbook.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.api.GenerateRequest;
import io.programbook.core.api.GenerateResult;
import io.programbook.core.api.OutputFormat;
import io.programbook.core.convert.ConversionCache;
import io.programbook.core.convert.DocumentConverter;
import io.programbook.core.diag.Diagnostic;
import io.programbook.core.diag.Rule;
import io.programbook.core.testutil.Fixtures;
import io.programbook.core.testutil.ProgramBuilder;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The conversion cache in {@code generate}: a document whose AsciiDoc did not change comes from the
 * cache and Asciidoctor is not asked (nor started in the background); the pages are byte for byte
 * those of a run without a cache; an edited entry cannot put a script into a page.
 */
class ConversionCacheIT {

    private static final String STATEMENTS = """
            statements:
              - item: SP.01.01 BR
                status: implemented
                maturity: ML2
                owner: security-lead
                text: Staff are *briefed* before their first site visit.
                evidence:
                  - file: evidence/briefing.txt
                    title: Briefing list
                    date: 2026-09-01
            """;

    @TempDir
    Path base;

    private ProgramBuilder program;
    private GenerateRequest request;
    private Path cacheFolder;
    private final List<DocumentConverter> made = new ArrayList<>();
    private final List<Boolean> startedNow = new ArrayList<>();

    @BeforeEach
    void writeProgram() {
        program = Fixtures.program(base).statements("sp01.yaml", STATEMENTS).file("evidence/briefing.txt", "A, B\n");
        program.write();
        cacheFolder = base.resolve("target/programbook-cache");
        GenerateRequest plain = new GenerateRequest(
                base,
                program.programDir(),
                base.resolve("target/programbook"),
                Set.of(OutputFormat.HTML),
                Optional.empty(),
                Optional.empty());
        request = new GenerateRequest(
                plain.baseDir(),
                plain.programDir(),
                plain.outputDir(),
                plain.maxEvidenceAge(),
                plain.documents().withCacheDirectory(Optional.of(cacheFolder)),
                plain.policy());
    }

    private GenerateResult generateCached() {
        Programbook generator = new Programbook((cache, startNow) -> {
            // without the fast path, so that every document goes through the cache
            DocumentConverter converter = new DocumentConverter(cache, startNow, false);
            made.add(converter);
            startedNow.add(startNow);
            return converter;
        });
        return generator.generate(request);
    }

    private DocumentConverter last() {
        return made.get(made.size() - 1);
    }

    private Map<String, String> pages() throws IOException {
        Map<String, String> pages = new TreeMap<>();
        try (Stream<Path> files = Files.list(request.outputDir())) {
            for (Path f : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                pages.put(f.getFileName().toString(), Files.readString(f));
            }
        }
        return pages;
    }

    private void forgetOutputs() throws IOException {
        try (Stream<Path> files = Files.walk(request.outputDir())) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    @Test
    void should_leave_the_next_run_up_to_date_after_filling_the_cache() {
        // the first run converts with Asciidoctor and stores the conversions in the cache folder
        GenerateResult filling = generateCached();
        assertThat(last().convertedByAsciidoctor()).isPositive();
        assertThat(cacheFolder).isNotEmptyDirectory();

        // what it stored there is not an input: nothing changed, nothing is rendered
        GenerateResult again = generateCached();

        assertThat(filling.upToDate()).isFalse();
        assertThat(again.upToDate()).isTrue();
    }

    @Test
    void should_take_unchanged_documents_from_the_cache_with_the_same_bytes() throws IOException {
        // given: the pages of a run without a cache
        GenerateRequest uncached = request.withFormats(Set.of(OutputFormat.HTML));
        GenerateResult reference = new Programbook()
                .generate(new GenerateRequest(
                        uncached.baseDir(),
                        uncached.programDir(),
                        uncached.outputDir(),
                        uncached.maxEvidenceAge(),
                        uncached.documents().withCacheDirectory(Optional.empty()),
                        uncached.policy()));
        Map<String, String> expected = pages();
        forgetOutputs();
        assertThat(cacheFolder).doesNotExist();

        // when: a first run fills the cache, a second one (output folder deleted) reads it
        GenerateResult filling = generateCached();
        int documents = last().convertedByAsciidoctor();
        Map<String, String> filled = pages();
        forgetOutputs();
        GenerateResult cached = generateCached();

        // then
        assertThat(documents).isGreaterThanOrEqualTo(4);
        assertThat(new ConversionCache(cacheFolder).size()).isEqualTo(documents);
        assertThat(startedNow).containsExactly(false, false);
        assertThat(last().convertedByAsciidoctor()).isZero();
        assertThat(last().takenFromCache()).isEqualTo(documents);
        assertThat(filled).isEqualTo(expected);
        assertThat(pages()).isEqualTo(expected);
        assertThat(cached.warnings()).isEqualTo(filling.warnings()).isEqualTo(reference.warnings());
        assertThat(cached.upToDate()).isFalse();
    }

    @Test
    void should_convert_only_the_documents_an_edit_changes() throws IOException {
        generateCached();
        int documents = last().convertedByAsciidoctor();

        program.statements("sp01.yaml", STATEMENTS.replace("before their first site visit", "before any visit"));
        program.write();
        generateCached();

        assertThat(last().convertedByAsciidoctor()).isBetween(1, documents - 1);
        assertThat(last().takenFromCache()).isEqualTo(documents - last().convertedByAsciidoctor());
        assertThat(pages().get("handbook.html"))
                .contains("before any visit")
                .doesNotContain("before their first site visit");
    }

    @Test
    void should_sanitize_what_an_edited_entry_holds() throws Exception {
        generateCached();
        // whoever can write the folder makes entries that are valid, checksum and all
        Method encode = ConversionCache.class.getDeclaredMethod("encode", ConversionCache.Entry.class);
        encode.setAccessible(true);
        try (Stream<Path> entries = Files.list(cacheFolder)) {
            for (Path entry : entries.toList()) {
                Files.write(entry, (byte[]) encode.invoke(
                        null,
                        new ConversionCache.Entry(
                                "<div class=\"paragraph\"><p>planted<script>alert(1)</script>"
                                        + "<a href=\"javascript:alert(2)\">x</a></p></div>",
                                List.of())));
            }
        }
        forgetOutputs();

        GenerateResult result = generateCached();

        assertThat(last().takenFromCache()).isPositive();
        String handbook = pages().get("handbook.html");
        assertThat(handbook).contains("planted").doesNotContain("alert(1)").doesNotContain("javascript:");
        assertThat(result.warnings()).extracting(Diagnostic::rule).contains(Rule.UNSAFE_HTML);
    }
}
