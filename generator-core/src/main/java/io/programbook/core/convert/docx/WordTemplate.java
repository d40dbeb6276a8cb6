package io.programbook.core.convert.docx;

import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.Rule;
import io.programbook.core.diag.SourcePosition;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

/**
 * The reference document a Word file takes its styles, page setup, numbering, header and footer
 * from: the organisation's own template (.docx or .dotx) or the bundled one. The heading styles
 * are found by their built-in names ({@code heading 1}), which Word keeps in English whatever the
 * language of its user interface, so a German template with "Überschrift 1" works too.
 */
public final class WordTemplate {

    /** The bundled reference document, a resource of the templates jar. */
    public static final String BUNDLED = "programbook/word/reference.docx";

    /** The heading levels a template must style: the documents' chapters, sections and items. */
    static final int REQUIRED_HEADINGS = 3;

    /** A template larger than this is refused: a reference document holds styles, not content. */
    static final long MAX_BYTES = 32L * 1024 * 1024;

    private final byte[] bytes;

    private WordTemplate(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The bundled reference document. */
    public static WordTemplate bundled() {
        try (InputStream in = WordTemplate.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("the bundled Word template " + BUNDLED + " is not on the class path");
            }
            return new WordTemplate(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads and checks the organisation's template: a Word document (.docx or .dotx) with the
     * built-in heading styles 1 to 3. Problems are added to the diagnostics, naming the file.
     *
     * @param shown how diagnostics name the file (relative to the project)
     */
    public static Optional<WordTemplate> load(Path file, String shown, Diagnostics diagnostics) {
        SourcePosition at = SourcePosition.wholeFile(shown);
        String fix =
                "point <wordTemplate> (-Dprogrambook.wordTemplate) at a .docx or .dotx file, or remove the parameter";
        if (!Files.isRegularFile(file)) {
            diagnostics.error(Rule.WORD_TEMPLATE, at, "the Word template does not exist", fix);
            return Optional.empty();
        }
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                diagnostics.error(
                        Rule.WORD_TEMPLATE,
                        at,
                        "the Word template is larger than " + MAX_BYTES / 1024 / 1024 + " MB",
                        "remove the content and pictures from the template: only its styles, page setup, header and"
                                + " footer are used");
                return Optional.empty();
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            diagnostics.error(Rule.WORD_TEMPLATE, at, "cannot read the Word template: " + e.getMessage(), fix);
            return Optional.empty();
        }
        return check(bytes, at, diagnostics);
    }

    /** Checks a template's bytes; see {@link #load}. */
    static Optional<WordTemplate> check(byte[] bytes, SourcePosition at, Diagnostics diagnostics) {
        WordTemplate template = new WordTemplate(bytes);
        try (XWPFDocument doc = template.open()) {
            List<String> missing = new ArrayList<>();
            for (int level = 1; level <= REQUIRED_HEADINGS; level++) {
                if (styleId(doc, "heading " + level).isEmpty()) {
                    missing.add("Heading " + level);
                }
            }
            if (!missing.isEmpty()) {
                diagnostics.error(
                        Rule.WORD_TEMPLATE_STYLES,
                        at,
                        "the Word template has no style " + String.join(", ", missing)
                                + " (by its built-in name, e.g. 'heading 1'): the document's headings need them",
                        Rule.WORD_TEMPLATE_STYLES.hint());
                return Optional.empty();
            }
            return Optional.of(template);
        } catch (NotWord e) {
            diagnostics.error(Rule.WORD_TEMPLATE, at, e.getMessage(), Rule.WORD_TEMPLATE.hint());
            return Optional.empty();
        } catch (IOException e) {
            diagnostics.error(Rule.WORD_TEMPLATE, at, "cannot read the Word template: " + e.getMessage(), null);
            return Optional.empty();
        }
    }

    /**
     * A fresh copy of the template as a document (a .dotx becomes a .docx: only its content type
     * changes).
     *
     * @throws NotWord when the bytes are not a Word document
     */
    XWPFDocument open() throws IOException {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
        } catch (OLE2NotOfficeXmlFileException e) {
            throw new NotWord("the Word template is an old binary Office file (.doc or .dot), not .docx or .dotx");
        } catch (OpenXML4JException | RuntimeException | IOException e) {
            throw new NotWord("the Word template is not a Word document (.docx or .dotx): it is not an Office package");
        }
        try {
            String template = XWPFRelation.TEMPLATE.getContentType();
            if (!pkg.getPartsByContentType(template).isEmpty()) {
                pkg.replaceContentType(template, XWPFRelation.DOCUMENT.getContentType());
            }
            XWPFDocument doc = new XWPFDocument(pkg);
            if (doc.getStyles() == null) {
                doc.close();
                throw new NotWord("the Word template has no styles part: it was not saved by a word processor");
            }
            return doc;
        } catch (POIXMLException | OpenXML4JRuntimeException | IllegalArgumentException e) {
            pkg.revert();
            throw new NotWord(
                    "the Word template is an Office package but not a Word document (.docx or .dotx): a spreadsheet or"
                            + " a presentation?");
        }
    }

    /** The id of the style of this built-in name (case-insensitive: Word writes "heading 1", others "Heading 1"). */
    static Optional<String> styleId(XWPFDocument doc, String name) {
        if (doc.getStyles() == null) {
            return Optional.empty();
        }
        String wanted = name.toLowerCase(Locale.ROOT);
        try {
            for (CTStyle style : doc.getStyle().getStyleList()) {
                if (style.getName() != null
                        && style.getName().getVal() != null
                        && style.getName().getVal().toLowerCase(Locale.ROOT).equals(wanted)) {
                    return Optional.of(style.getStyleId());
                }
            }
        } catch (IOException | XmlException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The template is not a Word document; the message says what it is instead. */
    static final class NotWord extends IOException {
        private static final long serialVersionUID = 1L;

        NotWord(String message) {
            super(message);
        }
    }
}
