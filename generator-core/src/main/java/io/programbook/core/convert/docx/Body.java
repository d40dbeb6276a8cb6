package io.programbook.core.convert.docx;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.asciidoctor.ast.Block;
import org.asciidoctor.ast.Cell;
import org.asciidoctor.ast.DescriptionList;
import org.asciidoctor.ast.DescriptionListEntry;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.ListItem;
import org.asciidoctor.ast.Row;
import org.asciidoctor.ast.Section;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.ast.Table;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFldChar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Walks Asciidoctor's tree and writes its blocks: sections as headings (built-in heading styles,
 * a bookmark named after the section's id), paragraphs, lists, tables with their column and row
 * spans, listings, admonitions, images, and whatever blocks contain.
 */
final class Body {

    /** The width of the text on an A4 page with 2 cm margins, in twentieths of a point, when the template sets none. */
    static final int DEFAULT_TEXT_WIDTH = 9638;

    private static final String HEADER_FILL = "EEF2F6";
    private static final String HEADER_COLUMN_FILL = "F4F7FA";

    private final XWPFDocument doc;
    private final Document source;
    private final Styles styles;
    private final Numbering numbering;
    private final Function<String, Optional<DocxWriter.Image>> images;
    private final Inline inline;
    private final List<String> pendingAnchors = new ArrayList<>();
    private final Set<String> imageWarnings = new LinkedHashSet<>();
    private int bookmarkIds;
    private final Sink documentSink;

    /** Where blocks go: the document's body, a table cell or a footnote. */
    interface Sink {
        XWPFParagraph paragraph();

        XWPFTable table(int rows, int columns);
    }

    Body(
            XWPFDocument doc,
            Document source,
            Styles styles,
            Numbering numbering,
            Function<String, Optional<DocxWriter.Image>> images) {
        this.doc = doc;
        this.source = source;
        this.styles = styles;
        this.numbering = numbering;
        this.images = images;
        this.inline = new Inline(doc, source, styles, this);
        this.documentSink = new Sink() {
            @Override
            public XWPFParagraph paragraph() {
                return doc.createParagraph();
            }

            @Override
            public XWPFTable table(int rows, int columns) {
                return doc.createTable(rows, columns);
            }
        };
    }

    Sink documentSink() {
        return documentSink;
    }

    Set<String> unknownMarkup() {
        return inline.unknown();
    }

    Set<String> imageWarnings() {
        return imageWarnings;
    }

    /** A new paragraph of the sink, carrying the bookmarks of the anchors that wait for one. */
    XWPFParagraph paragraph(Sink sink) {
        XWPFParagraph paragraph = sink.paragraph();
        for (String anchor : pendingAnchors) {
            bookmark(paragraph, anchor);
        }
        pendingAnchors.clear();
        return paragraph;
    }

    /** Marks a bookmark at this point of the paragraph (an empty one: Word jumps to it). */
    void bookmark(XWPFParagraph paragraph, String anchor) {
        CTBookmark start = paragraph.getCTP().addNewBookmarkStart();
        BigInteger id = BigInteger.valueOf(bookmarkIds++);
        start.setId(id);
        start.setName(Bookmarks.name(anchor));
        paragraph.getCTP().addNewBookmarkEnd().setId(id);
    }

    void pageBreak() {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.createRun().addBreak(BreakType.PAGE);
    }

    /** The page's text width: the template's page width less its margins. */
    static int textWidth(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().getSectPr();
        if (section == null || !section.isSetPgSz() || !section.isSetPgMar()) {
            return DEFAULT_TEXT_WIDTH;
        }
        try {
            long width = twips(section.getPgSz().getW())
                    - twips(section.getPgMar().getLeft())
                    - twips(section.getPgMar().getRight());
            return width > 1440 ? (int) width : DEFAULT_TEXT_WIDTH;
        } catch (RuntimeException e) {
            return DEFAULT_TEXT_WIDTH;
        }
    }

    private static long twips(Object value) {
        return value instanceof BigInteger b ? b.longValue() : Long.parseLong(String.valueOf(value));
    }

    /**
     * The table of contents: a TOC field over heading levels 1 to the document's {@code toclevels},
     * its result filled with the headings as links to their bookmarks (Word adds the page numbers
     * when it updates the field on opening).
     */
    void tableOfContents(String hint) {
        Object title = source.getAttribute("toc-title");
        XWPFParagraph heading = doc.createParagraph();
        styles.apply(heading, "TOC Heading");
        heading.createRun().setText(title == null ? "" : String.valueOf(title));
        int levels = levels();
        List<DocxWriter.Heading> headings = new ArrayList<>();
        collect(source.getBlocks(), levels, headings);
        XWPFParagraph first = doc.createParagraph();
        styles.apply(first, "toc 1");
        fieldChar(first, STFldCharType.BEGIN).setDirty(true);
        var instruction = first.createRun().getCTR().addNewInstrText();
        instruction.setStringValue(" TOC \\o \"1-" + levels + "\" \\h \\z \\u ");
        instruction.setSpace(SpaceAttribute.Space.PRESERVE);
        fieldChar(first, STFldCharType.SEPARATE);
        XWPFParagraph last = first;
        boolean firstUsed = false;
        for (DocxWriter.Heading h : headings) {
            XWPFParagraph entry = firstUsed ? doc.createParagraph() : first;
            firstUsed = true;
            styles.apply(entry, "toc " + h.level());
            CTHyperlink link = entry.getCTP().addNewHyperlink();
            link.setAnchor(h.bookmark());
            link.setHistory(true);
            link.addNewR().addNewT().setStringValue(h.text());
            last = entry;
        }
        if (headings.isEmpty()) {
            first.createRun().setText(hint);
        }
        fieldChar(last, STFldCharType.END);
        pageBreak();
    }

    private int levels() {
        Object levels = source.getAttribute("toclevels");
        try {
            return Math.max(1, Math.min(levels == null ? 2 : Integer.parseInt(String.valueOf(levels)), 9));
        } catch (NumberFormatException e) {
            return 2;
        }
    }

    private void collect(List<StructuralNode> nodes, int levels, List<DocxWriter.Heading> into) {
        for (StructuralNode node : nodes) {
            if (node instanceof Section section && section.getLevel() <= levels) {
                into.add(new DocxWriter.Heading(
                        Math.max(section.getLevel(), 1),
                        Inline.plain(headingText(section)),
                        Bookmarks.name(section.getId())));
                collect(section.getBlocks(), levels, into);
            }
        }
    }

    private static CTFldChar fieldChar(XWPFParagraph paragraph, STFldCharType.Enum type) {
        CTFldChar c = paragraph.createRun().getCTR().addNewFldChar();
        c.setFldCharType(type);
        return c;
    }

    private static String headingText(Section section) {
        String caption = section.getCaption() == null ? "" : section.getCaption();
        String number = caption.isEmpty()
                        && section.isNumbered()
                        && section.getDocument().hasAttribute("sectnums")
                        && section.getSectnum() != null
                ? section.getSectnum() + " "
                : "";
        return caption + number + section.getTitle();
    }

    void blocks(List<StructuralNode> nodes, Sink sink, int depth) {
        for (StructuralNode node : nodes) {
            block(node, sink, depth);
        }
    }

    private void block(StructuralNode node, Sink sink, int depth) {
        String context = node.getContext();
        if (node.getId() != null && !(node instanceof Section)) {
            pendingAnchors.add(node.getId());
        }
        switch (context) {
            case "section" -> section((Section) node, sink, depth);
            case "paragraph" -> {
                title(node, sink);
                XWPFParagraph p = paragraph(sink);
                styles.apply(p, "Normal");
                inline.html(p, content(node));
            }
            case "admonition" -> admonition(node, sink, depth);
            case "listing", "literal" -> {
                title(node, sink);
                code(sink, source(node));
            }
            case "ulist", "olist", "colist" -> list(node, sink, depth);
            case "dlist" -> descriptions((DescriptionList) node, sink, depth);
            case "table" -> table((Table) node, sink);
            case "image" -> image(node, sink);
            case "page_break" -> {
                XWPFParagraph p = paragraph(sink);
                p.createRun().addBreak(BreakType.PAGE);
            }
            case "thematic_break" -> {
                XWPFParagraph p = paragraph(sink);
                styles.apply(p, "Thematic Break");
            }
            case "toc" -> {
                // the document's own table of contents is the TOC field after the title page
            }
            case "pass" -> {
                XWPFParagraph p = paragraph(sink);
                inline.html(p, content(node));
            }
            case "verse" -> {
                title(node, sink);
                XWPFParagraph p = paragraph(sink);
                styles.apply(p, "Quote");
                lines(p, source(node));
                attribution(node, sink);
            }
            case "quote" -> {
                title(node, sink);
                quote(node, sink, depth);
            }
            case "floating_title" -> {
                XWPFParagraph p = paragraph(sink);
                styles.apply(p, "Subtitle");
                inline.html(p, node.getTitle());
            }
            default -> {
                // preamble, open, sidebar, example, and blocks of extensions: their title and content
                title(node, sink);
                if (node.getBlocks().isEmpty() && node.getContent() instanceof String text && !text.isBlank()) {
                    inline.noteUnknown("block:" + context);
                    XWPFParagraph p = paragraph(sink);
                    inline.html(p, text);
                } else {
                    blocks(node.getBlocks(), sink, depth);
                }
            }
        }
    }

    private static String source(StructuralNode node) {
        return node instanceof Block block && block.getSource() != null ? block.getSource() : "";
    }

    private static String content(StructuralNode node) {
        Object content = node.getContent();
        return content == null ? "" : String.valueOf(content);
    }

    private void section(Section section, Sink sink, int depth) {
        XWPFParagraph heading = paragraph(sink);
        heading.setStyle(styles.heading(section.getLevel()));
        bookmark(heading, section.getId());
        inline.html(heading, headingText(section));
        blocks(section.getBlocks(), sink, depth);
    }

    /** A block's title (".Evidence") as a caption paragraph before it. */
    private void title(StructuralNode node, Sink sink) {
        if (node.getTitle() != null && !node.getTitle().isEmpty()) {
            XWPFParagraph p = paragraph(sink);
            styles.apply(p, "Block Title");
            String caption = node.getCaption() == null ? "" : node.getCaption();
            inline.html(p, caption + node.getTitle());
        }
    }

    private void admonition(StructuralNode node, Sink sink, int depth) {
        title(node, sink);
        XWPFParagraph p = paragraph(sink);
        styles.apply(p, "Admonition");
        XWPFRun label = p.createRun();
        label.setBold(true);
        String caption = node.getCaption() == null ? String.valueOf(node.getAttribute("name")) : node.getCaption();
        label.setText(caption + ": ");
        if (node.getBlocks().isEmpty()) {
            inline.html(p, content(node));
        } else {
            blocks(node.getBlocks(), sink, depth);
        }
    }

    private void quote(StructuralNode node, Sink sink, int depth) {
        if (node.getBlocks().isEmpty()) {
            XWPFParagraph p = paragraph(sink);
            styles.apply(p, "Quote");
            inline.html(p, content(node));
        } else {
            for (StructuralNode child : node.getBlocks()) {
                if ("paragraph".equals(child.getContext())) {
                    XWPFParagraph p = paragraph(sink);
                    styles.apply(p, "Quote");
                    inline.html(p, content(child));
                } else {
                    block(child, sink, depth);
                }
            }
        }
        attribution(node, sink);
    }

    private void attribution(StructuralNode node, Sink sink) {
        Object who = node.getAttribute("attribution");
        Object where = node.getAttribute("citetitle");
        if (who != null || where != null) {
            XWPFParagraph p = paragraph(sink);
            styles.apply(p, "Quote");
            inline.html(
                    p,
                    "\u2014 " + (who == null ? "" : who) + (who != null && where != null ? ", " : "")
                            + (where == null ? "" : where));
        }
    }

    /** A listing or literal block: its lines verbatim, in the code style. */
    private void code(Sink sink, String text) {
        XWPFParagraph p = paragraph(sink);
        styles.apply(p, "Code Block");
        lines(p, text);
    }

    private static void lines(XWPFParagraph p, String text) {
        String[] lines = text.split("\r?\n", -1);
        XWPFRun run = p.createRun();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }

    private void list(StructuralNode list, Sink sink, int depth) {
        title(list, sink);
        int id;
        if ("olist".equals(list.getContext()) || "colist".equals(list.getContext())) {
            Object start = list.getAttribute("start");
            int first = 1;
            try {
                first = start == null ? 1 : Integer.parseInt(String.valueOf(start));
            } catch (NumberFormatException e) {
                first = 1;
            }
            id = numbering.numbered(first);
        } else {
            id = numbering.bullets();
        }
        for (StructuralNode child : AsciidocLists.items(list)) {
            ListItem item = (ListItem) child;
            if (item.getId() != null) {
                pendingAnchors.add(item.getId());
            }
            XWPFParagraph p = paragraph(sink);
            styles.apply(p, "List Paragraph");
            Numbering.item(p, id, depth);
            inline.html(p, item.getText() == null ? "" : item.getText());
            nested(item.getBlocks(), sink, depth);
        }
    }

    /** What a list item or description holds besides its first line: nested lists one level deeper, other blocks indented. */
    private void nested(List<StructuralNode> blocks, Sink sink, int depth) {
        for (StructuralNode block : blocks) {
            if (AsciidocLists.is(block) || block instanceof DescriptionList) {
                block(block, sink, depth + 1);
            } else {
                int before = paragraphsOf(sink);
                block(block, sink, depth + 1);
                indentSince(sink, before, depth + 1);
            }
        }
    }

    private void descriptions(DescriptionList list, Sink sink, int depth) {
        title(list, sink);
        for (DescriptionListEntry entry : list.getItems()) {
            XWPFParagraph term = paragraph(sink);
            styles.apply(term, "Definition Term");
            indent(term, depth);
            boolean firstTerm = true;
            for (ListItem t : entry.getTerms()) {
                if (!firstTerm) {
                    term.createRun().setText(", ");
                }
                firstTerm = false;
                inline.html(term, t.getText() == null ? "" : t.getText());
            }
            ListItem description = entry.getDescription();
            if (description != null) {
                if (description.getText() != null && !description.getText().isEmpty()) {
                    XWPFParagraph p = paragraph(sink);
                    styles.apply(p, "Definition");
                    indent(p, depth + 1);
                    inline.html(p, description.getText());
                }
                nested(description.getBlocks(), sink, depth);
            }
        }
    }

    private int paragraphsOf(Sink sink) {
        return sink == documentSink ? doc.getParagraphs().size() : -1;
    }

    private void indentSince(Sink sink, int before, int depth) {
        if (before < 0) {
            return;
        }
        List<XWPFParagraph> all = doc.getParagraphs();
        for (int i = before; i < all.size(); i++) {
            XWPFParagraph p = all.get(i);
            if (p.getCTP().getPPr() == null || !p.getCTP().getPPr().isSetNumPr()) {
                indent(p, depth);
            }
        }
    }

    private static void indent(XWPFParagraph p, int depth) {
        if (depth <= 0) {
            return;
        }
        CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        (ppr.isSetInd() ? ppr.getInd() : ppr.addNewInd()).setLeft(BigInteger.valueOf(360L * depth + 360));
    }

    /** An image block: embedded when it may be (see {@link DocxWriter#write}), else its alternative text. */
    private void image(StructuralNode node, Sink sink) {
        String target = String.valueOf(node.getAttribute("target"));
        Object alt = node.getAttribute("alt");
        Optional<DocxWriter.Image> image = images.apply(target);
        XWPFParagraph p = paragraph(sink);
        if (image.isPresent() && picture(p, image.get(), 0)) {
            if (node.getTitle() != null) {
                XWPFParagraph caption = paragraph(sink);
                styles.apply(caption, "Caption");
                inline.html(caption, (node.getCaption() == null ? "" : node.getCaption()) + node.getTitle());
            }
            return;
        }
        imageWarnings.add(target);
        XWPFRun run = p.createRun();
        run.setItalic(true);
        run.setText("[" + (alt == null ? target : alt) + "]");
    }

    /**
     * Embeds a picture at its own size, scaled down to the text width (or {@code maxPoints}).
     *
     * @return false when the bytes are no image
     */
    boolean picture(XWPFParagraph p, DocxWriter.Image image, int maxPoints) {
        BufferedImage read;
        try {
            read = ImageIO.read(new ByteArrayInputStream(image.bytes()));
        } catch (IOException e) {
            return false;
        }
        if (read == null) {
            return false;
        }
        double max = maxPoints > 0 ? maxPoints : textWidth(doc) / 20.0;
        double width = read.getWidth() * 0.75;
        double height = read.getHeight() * 0.75;
        if (width > max) {
            height = height * max / width;
            width = max;
        }
        try {
            p.createRun()
                    .addPicture(
                            new ByteArrayInputStream(image.bytes()),
                            image.png() ? XWPFDocument.PICTURE_TYPE_PNG : XWPFDocument.PICTURE_TYPE_JPEG,
                            image.name(),
                            Units.toEMU(width),
                            Units.toEMU(height));
            return true;
        } catch (IOException | InvalidFormatException e) {
            return false;
        }
    }

    /**
     * A table: its columns' widths, header rows repeated on every page, header cells shaded, and
     * column and row spans as Word's grid spans and vertical merges.
     */
    private void table(Table table, Sink sink) {
        title(table, sink);
        int columns = table.getColumns().size();
        List<Row> rows = new ArrayList<>();
        rows.addAll(table.getHeader());
        rows.addAll(table.getBody());
        rows.addAll(table.getFooter());
        if (columns == 0 || rows.isEmpty()) {
            return;
        }
        int total = textWidth(doc);
        Object pc = table.getAttribute("tablepcwidth");
        int percent = 100;
        try {
            percent = pc == null ? 100 : (int) Math.round(Double.parseDouble(String.valueOf(pc)));
        } catch (NumberFormatException e) {
            percent = 100;
        }
        total = total * Math.max(10, Math.min(percent, 100)) / 100;
        int[] widths = new int[columns];
        double weights = 0;
        for (int c = 0; c < columns; c++) {
            weights += Math.max(1, table.getColumns().get(c).getWidth());
        }
        int used = 0;
        for (int c = 0; c < columns; c++) {
            widths[c] = c == columns - 1
                    ? total - used
                    : (int) Math.round(
                            total * Math.max(1, table.getColumns().get(c).getWidth()) / weights);
            used += widths[c];
        }
        if (!pendingAnchors.isEmpty()) {
            paragraph(sink); // the anchors of the table mark the paragraph before it
        }
        XWPFTable word = sink.table(rows.size(), 1);
        styles.applyTable(word, "Table Grid");
        CTTbl ct = word.getCTTbl();
        CTTblPr tblPr = ct.getTblPr() == null ? ct.addNewTblPr() : ct.getTblPr();
        if (tblPr.isSetTblBorders()) {
            tblPr.unsetTblBorders();
        }
        CTTblWidth tblW = tblPr.isSetTblW() ? tblPr.getTblW() : tblPr.addNewTblW();
        tblW.setType(STTblWidth.DXA);
        tblW.setW(BigInteger.valueOf(total));
        (tblPr.isSetTblLayout() ? tblPr.getTblLayout() : tblPr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        CTTblGrid grid = ct.getTblGrid() == null ? ct.addNewTblGrid() : ct.getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        int[] rest = new int[columns];
        int[] span = new int[columns];
        int headerRows = table.getHeader().size();
        for (int r = 0; r < rows.size(); r++) {
            RowCells cells = new RowCells(word.getRow(r));
            if (r < headerRows) {
                cells.row.setRepeatHeader(true);
            }
            int col = 0;
            for (Cell cell : rows.get(r).getCells()) {
                col = continued(cells, col, rest, span, widths);
                if (col >= columns) {
                    break;
                }
                int colspan = Math.min(Math.max(cell.getColspan(), 1), columns - col);
                int rowspan = Math.max(cell.getRowspan(), 1);
                XWPFTableCell target = cells.next();
                CTTcPr tcPr = properties(target, widths, col, colspan);
                if (rowspan > 1) {
                    tcPr.addNewVMerge().setVal(STMerge.RESTART);
                }
                rest[col] = rowspan - 1;
                span[col] = colspan;
                for (int c = col + 1; c < col + colspan; c++) {
                    rest[c] = 0;
                    span[c] = 0;
                }
                boolean header = r < headerRows || "header".equals(cell.getStyle());
                if (header) {
                    shade(tcPr, r < headerRows ? HEADER_FILL : HEADER_COLUMN_FILL);
                }
                cell(cell, target, header);
                col += colspan;
            }
            while (col < columns) {
                col = rest[col] > 0 ? continued(cells, col, rest, span, widths) : col + 1;
            }
        }
    }

    /** The cells of a row being written: the row's first (made with the table), then new ones. */
    private static final class RowCells {
        final XWPFTableRow row;
        private boolean firstUsed;

        RowCells(XWPFTableRow row) {
            this.row = row;
        }

        XWPFTableCell next() {
            if (!firstUsed) {
                firstUsed = true;
                return row.getCell(0);
            }
            return row.addNewTableCell();
        }
    }

    /** Adds the cells that continue row spans from above, from grid column {@code col}; returns the next column. */
    private static int continued(RowCells cells, int col, int[] rest, int[] span, int[] widths) {
        while (col < widths.length && rest[col] > 0) {
            XWPFTableCell target = cells.next();
            int width = Math.max(span[col], 1);
            CTTcPr tcPr = properties(target, widths, col, width);
            tcPr.addNewVMerge().setVal(STMerge.CONTINUE);
            rest[col]--;
            col += width;
        }
        return col;
    }

    private static CTTcPr properties(XWPFTableCell target, int[] widths, int col, int colspan) {
        CTTcPr tcPr = target.getCTTc().isSetTcPr()
                ? target.getCTTc().getTcPr()
                : target.getCTTc().addNewTcPr();
        int width = 0;
        for (int c = col; c < col + colspan && c < widths.length; c++) {
            width += widths[c];
        }
        CTTblWidth w = tcPr.isSetTcW() ? tcPr.getTcW() : tcPr.addNewTcW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(width));
        if (colspan > 1) {
            tcPr.addNewGridSpan().setVal(BigInteger.valueOf(colspan));
        }
        return tcPr;
    }

    private static void shade(CTTcPr tcPr, String fill) {
        CTShd shd = tcPr.isSetShd() ? tcPr.getShd() : tcPr.addNewShd();
        shd.setVal(STShd.CLEAR);
        shd.setColor("auto");
        shd.setFill(fill);
    }

    private void cell(Cell cell, XWPFTableCell target, boolean header) {
        Sink sink = cellSink(target);
        if ("asciidoc".equals(cell.getStyle()) && cell.getInnerDocument() != null) {
            blocks(cell.getInnerDocument().getBlocks(), sink, 0);
        } else if ("literal".equals(cell.getStyle())) {
            XWPFParagraph p = paragraph(sink);
            styles.apply(p, "Code Block");
            lines(p, cell.getSource() == null ? "" : cell.getSource());
        } else {
            Object content = cell.getContent();
            List<?> paragraphs = content instanceof List<?> list ? list : List.of(content == null ? "" : content);
            for (Object text : paragraphs) {
                XWPFParagraph p = paragraph(sink);
                styles.apply(p, "Table Text");
                inline.html(p, String.valueOf(text), header);
            }
        }
        List<IBodyElement> elements = target.getBodyElements();
        if (elements.isEmpty() || !(elements.get(elements.size() - 1) instanceof XWPFParagraph)) {
            target.addParagraph(); // a cell ends with a paragraph
        }
    }

    /** A table cell as a sink: its first (empty) paragraph first, nested tables inside it. */
    private static Sink cellSink(XWPFTableCell cell) {
        return new Sink() {
            private boolean fresh = true;

            @Override
            public XWPFParagraph paragraph() {
                if (fresh
                        && cell.getParagraphs().size() == 1
                        && cell.getBodyElements().size() == 1) {
                    fresh = false;
                    return cell.getParagraphs().get(0);
                }
                fresh = false;
                return cell.addParagraph();
            }

            @Override
            public XWPFTable table(int rows, int columns) {
                if (fresh
                        && cell.getParagraphs().size() == 1
                        && cell.getBodyElements().size() == 1) {
                    cell.removeParagraph(0);
                }
                fresh = false;
                CTTbl ct = cell.getCTTc().addNewTbl();
                XWPFTable nested = new XWPFTable(ct, cell, rows, columns);
                cell.insertTable(cell.getTables().size(), nested);
                return nested;
            }
        };
    }
}
