package io.programbook.core.convert.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.asciidoctor.ast.Document;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabs;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

/**
 * Writes a Word document (DOCX) from Asciidoctor's tree of a generated AsciiDoc document, styled by
 * a reference document: a title page, a table of contents (a real TOC field, filled with the
 * headings so that it reads right before Word updates it), the body with Word's built-in heading
 * styles and a bookmark per section, header and footer with the page number, and the document's
 * properties. The bytes depend only on the inputs: fixed zip entry times and order, ids counted in
 * document order, dates only from the caller.
 */
public final class DocxWriter {

    private DocxWriter() {}

    /**
     * What the title page shows.
     *
     * @param kind         the kind of document, e.g. "Security program handbook"
     * @param versionLine  the version and date as one line ("Version 3.2 · 1 October 2026"), or empty
     * @param details      label and value lines (catalogue, profile)
     * @param logo         a PNG or JPEG image, or empty
     */
    public record Cover(
            String title,
            String kind,
            String organisation,
            String versionLine,
            List<Detail> details,
            Optional<Image> logo) {

        public Cover {
            Objects.requireNonNull(title, "title");
            details = List.copyOf(details);
        }
    }

    /** A label and its value on the title page. */
    public record Detail(String label, String value) {}

    /** An image to embed: PNG or JPEG bytes. */
    public record Image(byte[] bytes, boolean png, String name) {}

    /**
     * The words the writer prints of its own and the document's properties.
     *
     * @param pageNumber  the footer's page number pattern, {@code \u0000} for the page and
     *                    {@code \u0001} for the number of pages ("Page \u0000 of \u0001")
     * @param footer      what the footer says left of the page number (organisation, version, date)
     * @param tocHint     the table of contents' text before Word updates it with page numbers
     * @param version     the program's version, a document property; may be empty
     * @param date        the document's created and modified date; empty writes none
     * @param language    the document's language as a BCP 47 tag (spelling and hyphenation)
     */
    public record Settings(
            String pageNumber,
            String footer,
            String tocHint,
            String version,
            Optional<Instant> date,
            String language) {}

    /** The Word document's bytes, and the inline markup the writer did not know (kept as its text). */
    public record Result(byte[] docx, Set<String> unknownMarkup, List<String> imageWarnings) {}

    /**
     * Writes the document.
     *
     * @param images resolves an image's target as written in the AsciiDoc to the image to embed;
     *               empty when it may not or cannot be embedded (the alternative text is shown)
     */
    public static Result write(
            Document source,
            WordTemplate template,
            Cover cover,
            Settings settings,
            Function<String, Optional<Image>> images) {
        try (XWPFDocument doc = template.open();
                XWPFDocument reference = WordTemplate.bundled().open()) {
            clearBody(doc);
            Styles styles = new Styles(doc, reference);
            Numbering numbering = new Numbering(doc);
            Body body = new Body(doc, source, styles, numbering, images);
            titlePage(doc, body, styles, cover);
            if (source.hasAttribute("toc")) {
                body.tableOfContents(settings.tocHint());
            }
            body.blocks(source.getBlocks(), body.documentSink(), 0);
            List<IBodyElement> elements = doc.getBodyElements();
            if (!elements.isEmpty() && !(elements.get(elements.size() - 1) instanceof XWPFParagraph)) {
                doc.createParagraph(); // Word ends a document with a paragraph, not a table
            }
            headerAndFooter(doc, styles, cover.title(), settings);
            properties(doc, cover, settings);
            styles.language(settings.language());
            doc.enforceUpdateFields();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            byte[] stable = StablePackage.rewrite(out.toByteArray(), Map.of(numbering.partName(), numbering::merge));
            return new Result(stable, new TreeSet<>(body.unknownMarkup()), List.copyOf(body.imageWarnings()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Word document", e);
        }
    }

    private static void clearBody(XWPFDocument doc) {
        for (int i = doc.getBodyElements().size() - 1; i >= 0; i--) {
            doc.removeBodyElement(i);
        }
    }

    private static void titlePage(XWPFDocument doc, Body body, Styles styles, Cover cover) {
        cover.logo().ifPresent(logo -> body.picture(body.paragraph(body.documentSink()), logo, 180));
        XWPFParagraph kind = body.paragraph(body.documentSink());
        styles.apply(kind, "Subtitle");
        kind.createRun().setText(cover.kind());
        XWPFParagraph title = body.paragraph(body.documentSink());
        styles.apply(title, "Title");
        title.createRun().setText(cover.title());
        XWPFParagraph organisation = body.paragraph(body.documentSink());
        styles.apply(organisation, "Cover Organisation");
        organisation.createRun().setText(cover.organisation());
        if (!cover.versionLine().isEmpty()) {
            XWPFParagraph version = body.paragraph(body.documentSink());
            styles.apply(version, "Cover Version");
            version.createRun().setText(cover.versionLine());
        }
        if (!cover.details().isEmpty()) {
            XWPFTable details = doc.createTable(cover.details().size(), 2);
            styles.applyTable(details, "Cover Details");
            if (details.getCTTbl().getTblPr().isSetTblBorders()) {
                details.getCTTbl().getTblPr().unsetTblBorders();
            }
            for (int i = 0; i < cover.details().size(); i++) {
                XWPFTableRow row = details.getRow(i);
                XWPFParagraph label = row.getCell(0).getParagraphs().get(0);
                styles.apply(label, "Cover Detail Label");
                label.createRun().setText(cover.details().get(i).label());
                XWPFParagraph value = row.getCell(1).getParagraphs().get(0);
                styles.apply(value, "Cover Detail");
                value.createRun().setText(cover.details().get(i).value());
            }
        }
        body.pageBreak();
    }

    /**
     * The running header (the document's title) and footer (organisation, version, date and the
     * page number), unless the template brings its own; none on the title page.
     */
    private static void headerAndFooter(XWPFDocument doc, Styles styles, String title, Settings settings) {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        if (!section.isSetTitlePg()) {
            section.addNewTitlePg();
        }
        boolean templateHeader = !doc.getHeaderList().isEmpty();
        boolean templateFooter = !doc.getFooterList().isEmpty();
        if (!templateHeader) {
            doc.createHeader(HeaderFooterType.FIRST).createParagraph();
            XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
            XWPFParagraph line = header.createParagraph();
            styles.apply(line, "header");
            line.setAlignment(ParagraphAlignment.RIGHT);
            line.createRun().setText(title);
        }
        if (!templateFooter) {
            doc.createFooter(HeaderFooterType.FIRST).createParagraph();
            XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
            XWPFParagraph line = footer.createParagraph();
            styles.apply(line, "footer");
            CTPPr ppr = line.getCTP().isSetPPr()
                    ? line.getCTP().getPPr()
                    : line.getCTP().addNewPPr();
            CTTabs tabs = ppr.isSetTabs() ? ppr.getTabs() : ppr.addNewTabs();
            BigInteger right = BigInteger.valueOf(Body.textWidth(doc));
            // the footer style's own stops (Word's has a centre stop) would catch the page number
            XWPFStyle style = line.getStyleID() == null ? null : doc.getStyles().getStyle(line.getStyleID());
            if (style != null
                    && style.getCTStyle().isSetPPr()
                    && style.getCTStyle().getPPr().isSetTabs()) {
                for (CTTabStop own : style.getCTStyle().getPPr().getTabs().getTabList()) {
                    if (!right.equals(own.getPos())) {
                        CTTabStop clear = tabs.addNewTab();
                        clear.setVal(STTabJc.CLEAR);
                        clear.setPos(own.getPos());
                    }
                }
            }
            CTTabStop tab = tabs.addNewTab();
            tab.setVal(STTabJc.RIGHT);
            tab.setPos(right);
            line.createRun().setText(settings.footer());
            line.createRun().addTab();
            pageNumber(line, settings.pageNumber());
        }
    }

    /** The page number pattern's words as runs, its placeholders as PAGE and NUMPAGES fields. */
    private static void pageNumber(XWPFParagraph line, String pattern) {
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\u0000' || c == '\u0001') {
                if (!literal.isEmpty()) {
                    line.createRun().setText(literal.toString());
                    literal.setLength(0);
                }
                CTSimpleField field = line.getCTP().addNewFldSimple();
                field.setInstr(c == '\u0000' ? " PAGE " : " NUMPAGES ");
                field.addNewR().addNewT().setStringValue("1");
            } else {
                literal.append(c);
            }
        }
        if (!literal.isEmpty()) {
            line.createRun().setText(literal.toString());
        }
    }

    /** Title, subject, author, company and version; created and modified only from the given date. */
    private static void properties(XWPFDocument doc, Cover cover, Settings settings) {
        POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
        core.setTitle(cover.title());
        core.setSubjectProperty(cover.kind());
        core.setCreator(cover.organisation());
        core.setLastModifiedByUser(cover.organisation());
        core.setDescription(null);
        core.setKeywords(null);
        core.setRevision("1");
        core.getUnderlyingProperties().setVersionProperty(settings.version().isEmpty() ? null : settings.version());
        Optional<Date> date = settings.date().map(Date::from);
        core.setCreated(date);
        core.setModified(date);
        core.getUnderlyingProperties().setLastPrintedProperty(Optional.empty());
        var extended = doc.getProperties().getExtendedProperties().getUnderlyingProperties();
        extended.setCompany(cover.organisation());
        extended.setApplication("Programbook");
        if (extended.isSetTotalTime()) {
            extended.unsetTotalTime();
        }
        if (extended.isSetTemplate()) {
            extended.unsetTemplate();
        }
    }

    /** For {@link Body}: the list of headings the table of contents shows. */
    record Heading(int level, String text, String bookmark) {}
}
