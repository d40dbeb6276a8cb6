package io.programbook.core.convert.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.programbook.core.api.DocumentOptions;
import io.programbook.core.api.GenerateRequest;
import io.programbook.core.api.Generator;
import io.programbook.core.api.OutputFormat;
import io.programbook.core.diag.Diagnostic;
import io.programbook.core.diag.GeneratorException;
import io.programbook.core.testutil.GoldenFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The organisation's Word template: its fonts and colours reach the document, its localized heading
 * style ids are used, a .dotx works; a file that is no Word document, or lacks the heading styles,
 * fails the run naming the file, the rule and the fix, and writes nothing.
 */
class WordTemplateTest {

    private static final Path CASE = GoldenFiles.ROOT.resolve("small-integrator");

    @TempDir
    Path tmp;

    private Path generate(Path template) {
        Path out = tmp.resolve("target/programbook");
        Generator.create()
                .generate(new GenerateRequest(
                        CASE,
                        CASE.resolve("program"),
                        out,
                        Optional.empty(),
                        DocumentOptions.of(Set.of(OutputFormat.DOCX)).withWordTemplate(Optional.ofNullable(template))));
        return out;
    }

    static byte[] bundled() throws IOException {
        try (InputStream in = WordTemplate.class.getClassLoader().getResourceAsStream(WordTemplate.BUNDLED)) {
            return in.readAllBytes();
        }
    }

    /** The bundled template with one part changed. */
    static byte[] edit(byte[] docx, String part, UnaryOperator<String> change) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (e.getName().equals(part)) {
                    content = change.apply(new String(content, StandardCharsets.UTF_8))
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void should_take_fonts_colours_and_localized_heading_ids_from_the_organisations_template() throws IOException {
        byte[] corporate = edit(
                bundled(),
                "word/styles.xml",
                xml -> xml.replace("Liberation Sans", "Georgia")
                        .replace("0B5D8C", "7A1F5C")
                        .replace("w:styleId=\"Heading1\"", "w:styleId=\"berschrift1\"")
                        .replace("w:val=\"Heading1\"", "w:val=\"berschrift1\""));
        corporate = edit(
                corporate,
                "[Content_Types].xml",
                xml -> xml.replace("wordprocessingml.document.main+xml", "wordprocessingml.template.main+xml"));
        Path template = Files.write(tmp.resolve("corporate.dotx"), corporate);

        Path out = generate(template);

        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(out.resolve("handbook.docx")))) {
            String styles = new String(
                    doc.getStyles().getPackagePart().getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(styles).contains("Georgia", "7A1F5C").doesNotContain("Liberation Sans\"");
            assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getStyle))
                    .contains("berschrift1", "Heading2")
                    .doesNotContain("Heading1");
            assertThat(doc.getPackagePart().getContentType())
                    .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
        }
        try (XWPFDocument plain = new XWPFDocument(new ByteArrayInputStream(bundled()))) {
            assertThat(new String(
                            plain.getStyles().getPackagePart().getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                    .contains("Liberation Sans", "0B5D8C");
        }
    }

    @Test
    void should_refuse_a_template_that_is_no_word_document() throws IOException {
        Path text = Files.writeString(tmp.resolve("letter.docx"), "Dear reader");

        assertThatThrownBy(() -> generate(text))
                .isInstanceOfSatisfying(
                        GeneratorException.class,
                        e -> assertThat(e.diagnostics())
                                .filteredOn(d -> d.rule().code().equals("PB-WORD-TEMPLATE"))
                                .singleElement()
                                .satisfies(d -> {
                                    assertThat(d.at().file()).endsWith("letter.docx");
                                    assertThat(d.message()).contains("not a Word document");
                                    assertThat(d.hint()).contains("<wordTemplate>");
                                }));
        assertThat(tmp.resolve("target/programbook/handbook.docx")).doesNotExist();
    }

    @Test
    void should_refuse_a_template_without_the_heading_styles() throws IOException {
        byte[] noHeadings = edit(
                bundled(),
                "word/styles.xml",
                xml -> xml.replace("heading 2", "Chapter Two").replace("heading 3", "Chapter Three"));
        Path template = Files.write(tmp.resolve("plain.docx"), noHeadings);

        assertThatThrownBy(() -> generate(template))
                .isInstanceOfSatisfying(
                        GeneratorException.class,
                        e -> assertThat(e.diagnostics())
                                .filteredOn(d -> d.rule().code().equals("PB-WORD-TEMPLATE-STYLES"))
                                .singleElement()
                                .extracting(Diagnostic::message)
                                .asString()
                                .contains("Heading 2, Heading 3")
                                .doesNotContain("Heading 1"));
        assertThat(tmp.resolve("target/programbook/handbook.docx")).doesNotExist();
    }
}
