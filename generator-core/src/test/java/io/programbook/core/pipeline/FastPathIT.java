package io.programbook.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.api.GenerateRequest;
import io.programbook.core.api.OutputFormat;
import io.programbook.core.convert.DocumentConverter;
import io.programbook.core.testutil.ExampleProgram;
import io.programbook.core.testutil.Fixtures;
import io.programbook.core.testutil.ProgramBuilder;
import java.io.IOException;
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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast path in {@code generate}: documents in the plain subset are converted without
 * Asciidoctor, to the same pages as with it; a document the fast path declines (a footnote) goes
 * to Asciidoctor, the others still do not; the example needs Asciidoctor for none.
 */
class FastPathIT {

    private static final String STATEMENTS = """
            statements:
              - item: SP.01.01 BR
                status: implemented
                maturity: ML2
                owner: security-lead
                text: Staff are *briefed* before the engineer's first site visit.
                evidence:
                  - file: evidence/briefing.txt
                    title: Briefing list
                    date: 2026-09-01
            """;

    @TempDir
    Path base;

    private final List<DocumentConverter> made = new ArrayList<>();

    private GenerateRequest request(ProgramBuilder program, String output) {
        return new GenerateRequest(
                base,
                program.programDir(),
                base.resolve(output),
                Set.of(OutputFormat.HTML),
                Optional.empty(),
                Optional.empty());
    }

    private void generate(GenerateRequest request, boolean fastPath) {
        new Programbook((cache, startNow) -> {
                    DocumentConverter converter = new DocumentConverter(cache, startNow, fastPath);
                    made.add(converter);
                    return converter;
                })
                .generate(request);
    }

    private static Map<String, String> pages(Path folder) throws IOException {
        Map<String, String> pages = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".html"))
                    .sorted(Comparator.naturalOrder())
                    .toList()) {
                pages.put(f.getFileName().toString(), Files.readString(f));
            }
        }
        return pages;
    }

    @Test
    void should_write_the_same_pages_without_asciidoctor() throws IOException {
        ProgramBuilder program =
                Fixtures.program(base).statements("sp01.yaml", STATEMENTS).file("evidence/briefing.txt", "A, B\n");
        program.write();

        generate(request(program, "target/fast"), true);
        DocumentConverter fast = made.get(0);
        generate(request(program, "target/asciidoctor"), false);
        DocumentConverter asciidoctor = made.get(1);

        assertThat(fast.convertedByFastPath()).isGreaterThanOrEqualTo(4);
        assertThat(fast.convertedByAsciidoctor()).isZero();
        assertThat(asciidoctor.convertedByFastPath()).isZero();
        assertThat(asciidoctor.convertedByAsciidoctor()).isEqualTo(fast.convertedByFastPath());
        assertThat(pages(base.resolve("target/fast")))
                .isNotEmpty()
                .isEqualTo(pages(base.resolve("target/asciidoctor")));
        assertThat(pages(base.resolve("target/fast")).get("handbook.html"))
                .contains("Staff are <strong>briefed</strong> before the engineer\u2019s first site visit.");
    }

    @Test
    void should_leave_a_document_it_does_not_understand_to_asciidoctor() throws IOException {
        ProgramBuilder program = Fixtures.program(base)
                .statements(
                        "sp01.yaml",
                        STATEMENTS.replace("first site visit.", "first site visit.footnote:[Or the second.]"))
                .file("evidence/briefing.txt", "A, B\n");
        program.write();

        generate(request(program, "target/programbook"), true);

        DocumentConverter converter = made.get(0);
        assertThat(converter.convertedByAsciidoctor()).isPositive();
        assertThat(converter.convertedByFastPath()).isPositive();
        assertThat(pages(base.resolve("target/programbook")).get("handbook.html"))
                .contains("Or the second.")
                .contains("class=\"footnote\"");
    }

    @Test
    void should_convert_every_document_of_the_example_without_asciidoctor() throws IOException {
        Path program = ExampleProgram.copy(base.resolve("src/programbook"));

        generate(
                new GenerateRequest(
                        base,
                        program,
                        base.resolve("target/programbook"),
                        Set.of(OutputFormat.HTML),
                        Optional.empty(),
                        Optional.empty()),
                true);

        // so the example's build never starts JRuby: its evidence register once needed it, for addresses
        // written as text, which Asciidoctor makes links of
        assertThat(made.get(0).convertedByAsciidoctor()).isZero();
        Document register =
                Jsoup.parse(pages(base.resolve("target/programbook")).get("evidence-register.html"));
        // an address on an internal host is text, not a link; a shareable one is one link with its address
        assertThat(register.select("code:contains(https://intranet.nordwind-automation.example/)"))
                .isNotEmpty()
                .allSatisfy(code -> assertThat(code.select("a")).isEmpty());
        assertThat(register.select("a[href^=https://intranet.]")).isEmpty();
        assertThat(register.select("a[href^=https://portal.]"))
                .isNotEmpty()
                .allSatisfy(a -> assertThat(a.text()).isEqualTo(a.attr("href")));
    }
}
