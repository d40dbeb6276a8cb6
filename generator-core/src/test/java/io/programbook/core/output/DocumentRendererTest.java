package io.programbook.core.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.api.ContentPolicy;
import io.programbook.core.api.OutputFormat;
import io.programbook.core.convert.DocumentConverter;
import io.programbook.core.diag.Diagnostics;
import io.programbook.core.render.TemplateRenderer;
import io.programbook.core.text.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one place documents become files, and the registry of generate's outputs. */
class DocumentRendererTest {

    @TempDir
    Path base;

    /** A document that supports AsciiDoc only, made from a string. */
    private static final Document<String> NOTE = new Document<>() {
        @Override
        public String id() {
            return "note";
        }

        @Override
        public Set<OutputFormat> formats() {
            return Set.of(OutputFormat.ADOC);
        }

        @Override
        public Map<String, Object> model(String text) {
            return Map.of("text", text);
        }

        @Override
        public String subject(String text) {
            return text;
        }
    };

    @Test
    void should_write_only_the_formats_a_document_supports_even_when_the_run_asks_for_more() throws Exception {
        // given: the template in a template folder, and a converter that must not start
        Files.writeString(base.resolve("note.adoc.ftl"), "= Note\n\n${text}\n");
        List<String> started = new ArrayList<>();
        Supplier<DocumentConverter> converter = () -> {
            started.add("converter");
            throw new IllegalStateException("an AsciiDoc-only document converts nothing");
        };
        DocumentPages pages = new DocumentPages(
                new TemplateRenderer(Optional.of(base)),
                converter,
                new Diagnostics(),
                BrandingAssets.NONE,
                Optional.empty(),
                base,
                base.resolve("out"),
                new DocumentPages.Imprint("Org", "", ""),
                ContentPolicy.STRICT);
        OutputFiles files = new OutputFiles();

        // when
        String adoc = DocumentRenderer.write(
                NOTE,
                "hello",
                Set.of(OutputFormat.ADOC, OutputFormat.HTML, OutputFormat.PDF),
                pages,
                Messages.english(),
                files);

        // then
        assertThat(files.all()).containsOnlyKeys("note.adoc");
        assertThat(adoc).isEqualTo("= Note\n\nhello\n");
        assertThat(started).isEmpty();
        assertThat(NOTE.fileNames()).containsExactly("note.adoc");
    }

    @Test
    void should_give_every_registered_output_files_of_its_own() {
        List<String> all =
                Outputs.ALL.stream().flatMap(o -> o.fileNames().stream()).toList();

        assertThat(new HashSet<>(all)).as("no file is owned twice").hasSameSizeAs(all);
        assertThat(new HandbookOutput().fileNames())
                .containsExactly("handbook.adoc", "handbook.html", "handbook.pdf", "handbook.docx");
        assertThat(new TraceabilityMatrixOutput().fileNames())
                .containsExactly(
                        "traceability-matrix.adoc",
                        "traceability-matrix.html",
                        "traceability-matrix.csv",
                        "traceability-matrix.xlsx",
                        "traceability-matrix.json");
    }

    @Test
    void should_take_each_documents_title_from_the_bundle() {
        Messages english = Messages.english();

        assertThat(english.get("document.gap-report.title", "P")).isEqualTo("Gap report: P");
        assertThat(english.get("document.traceability-matrix.title", "P")).isEqualTo("Traceability matrix: P");
        assertThat(english.get("document.applicability.title")).isEqualTo("Statement of applicability");
        assertThat(english.get("document.handbook.kind")).isEqualTo("Security program handbook");
        assertThat(Outputs.ALL.stream()
                        .filter(o -> o instanceof GeneratedDocument)
                        .map(o -> "document." + ((GeneratedDocument) o).id() + ".title"))
                .allSatisfy(key -> assertThat(english.has(key)).as(key).isTrue());
    }
}
