package io.programbook.core.convert.docx;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.VerticalAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.Footnote;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;

/**
 * A block's inline content as runs. Asciidoctor gives it as HTML; the small set of elements it
 * writes becomes Word formatting: strong and em, code, links (to an anchor of the document: a link
 * to its bookmark; to a web or mail address: a hyperlink), superscript and subscript, inline anchors
 * (bookmarks), footnotes (Word footnotes), line breaks. Any other element keeps its text and is
 * noted in {@link #unknown()}, so nothing is lost silently.
 */
final class Inline {

    private static final Pattern FOOTNOTE = Pattern.compile("#_footnotedef_(\\d+)");
    private static final Set<String> PASS = Set.of(
            "div", "p", "span", "small", "big", "abbr", "bdi", "bdo", "cite", "dfn", "q", "time", "wbr", "var", "samp");

    private final XWPFDocument doc;
    private final Document source;
    private final Styles styles;
    private final Body body;
    private final Set<String> unknown = new TreeSet<>();
    private final Map<Long, XWPFFootnote> footnotes = new HashMap<>();

    Inline(XWPFDocument doc, Document source, Styles styles, Body body) {
        this.doc = doc;
        this.source = source;
        this.styles = styles;
        this.body = body;
    }

    Set<String> unknown() {
        return unknown;
    }

    void noteUnknown(String what) {
        unknown.add(what);
    }

    /** The plain text of inline HTML, whitespace collapsed. */
    static String plain(String html) {
        return Jsoup.parseBodyFragment(html == null ? "" : html).body().text();
    }

    void html(XWPFParagraph paragraph, String html) {
        html(paragraph, html, false);
    }

    void html(XWPFParagraph paragraph, String html, boolean bold) {
        Element fragment = Jsoup.parseBodyFragment(html == null ? "" : html).body();
        Format format = new Format();
        format.bold = bold;
        Target target = new Target(paragraph, null);
        boolean[] start = {paragraph.getRuns().isEmpty()};
        for (Node child : fragment.childNodes()) {
            node(child, target, format, start);
        }
    }

    /** Where runs go: the paragraph, or a hyperlink in it. */
    private record Target(XWPFParagraph paragraph, CTHyperlink link) {
        XWPFRun run() {
            if (link == null) {
                return paragraph.createRun();
            }
            return new XWPFHyperlinkRun(link, link.addNewR(), paragraph);
        }
    }

    private static final class Format implements Cloneable {
        boolean bold;
        boolean italic;
        boolean code;
        boolean strike;
        boolean underline;
        boolean mark;
        boolean link;
        String role;
        VerticalAlign align = VerticalAlign.BASELINE;

        Format copy() {
            try {
                return (Format) clone();
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private void node(Node node, Target target, Format format, boolean[] start) {
        if (node instanceof TextNode text) {
            String value = text.getWholeText().replaceAll("[ \\t\\r\\n]+", " ");
            if (start[0]) {
                value = value.stripLeading();
            }
            if (!value.isEmpty()) {
                text(target, format, value);
                start[0] = false;
            }
            return;
        }
        if (!(node instanceof Element element)) {
            return;
        }
        String tag = element.normalName();
        Format inner = format.copy();
        switch (tag) {
            case "strong", "b" -> inner.bold = true;
            case "em", "i" -> inner.italic = true;
            case "code", "kbd", "tt" -> inner.code = true;
            case "del", "s", "strike" -> inner.strike = true;
            case "u", "ins" -> inner.underline = true;
            case "mark" -> inner.mark = true;
            case "sub" -> inner.align = VerticalAlign.SUBSCRIPT;
            case "sup" -> {
                if (element.hasClass("footnote") || element.hasClass("footnoteref")) {
                    footnote(element, target, format);
                    start[0] = false;
                    return;
                }
                inner.align = VerticalAlign.SUPERSCRIPT;
            }
            case "br" -> {
                target.run().addBreak();
                return;
            }
            case "img" -> {
                String alt = element.attr("alt");
                text(target, format, "[" + (alt.isEmpty() ? element.attr("src") : alt) + "]");
                start[0] = false;
                return;
            }
            case "a" -> {
                link(element, target, inner, start);
                return;
            }
            default -> {
                if (!PASS.contains(tag)) {
                    unknown.add(tag);
                }
            }
        }
        if ("span".equals(tag)) {
            // a role ([.status-implemented]#implemented#) is styled by the character style of its name
            for (String role : element.classNames()) {
                if (styles.characterId(role).isPresent()) {
                    inner.role = role;
                }
            }
        }
        for (Node child : element.childNodes()) {
            node(child, target, inner, start);
        }
    }

    private void link(Element a, Target target, Format format, boolean[] start) {
        String href = a.attr("href");
        if (!a.id().isEmpty()) {
            body.bookmark(target.paragraph(), a.id());
        }
        if (href.isEmpty() || target.link() != null) {
            for (Node child : a.childNodes()) {
                node(child, target, format, start);
            }
            return;
        }
        CTHyperlink link = target.paragraph().getCTP().addNewHyperlink();
        if (href.startsWith("#")) {
            link.setAnchor(Bookmarks.name(href.substring(1)));
        } else {
            String lower = href.toLowerCase(Locale.ROOT);
            if (!(lower.startsWith("http://")
                    || lower.startsWith("https://")
                    || lower.startsWith("mailto:")
                    || !lower.contains(":"))) {
                // the sanitizer's rule: no other scheme reaches a document; the text stays
                target.paragraph()
                        .getCTP()
                        .removeHyperlink(target.paragraph().getCTP().sizeOfHyperlinkArray() - 1);
                for (Node child : a.childNodes()) {
                    node(child, target, format, start);
                }
                return;
            }
            String id = target.paragraph()
                    .getPart()
                    .getPackagePart()
                    .addExternalRelationship(href, XWPFRelation.HYPERLINK.getRelation())
                    .getId();
            link.setId(id);
        }
        link.setHistory(true);
        Format inner = format.copy();
        inner.link = true;
        Target in = new Target(target.paragraph(), link);
        for (Node child : a.childNodes()) {
            node(child, in, inner, start);
        }
    }

    private void footnote(Element sup, Target target, Format format) {
        Element a = sup.selectFirst("a[href]");
        Matcher m = a == null ? null : FOOTNOTE.matcher(a.attr("href"));
        if (m == null || !m.find()) {
            text(target, format, sup.text());
            return;
        }
        long index = Long.parseLong(m.group(1));
        XWPFFootnote existing = footnotes.get(index);
        if (existing != null) {
            Format sup2 = format.copy();
            sup2.align = VerticalAlign.SUPERSCRIPT;
            text(target, sup2, String.valueOf(index));
            return;
        }
        String text = "";
        for (Footnote f : source.getCatalog().getFootnotes()) {
            if (f.getIndex() != null && f.getIndex() == index) {
                text = f.getText();
            }
        }
        XWPFFootnote note = doc.createFootnote();
        footnotes.put(index, note);
        XWPFParagraph p = note.createParagraph();
        styles.apply(p, "footnote text");
        XWPFRun ref = p.createRun();
        styles.apply(ref, "footnote reference");
        if (ref.getStyle() == null || ref.getStyle().isEmpty()) {
            ref.setSubscript(VerticalAlign.SUPERSCRIPT);
        }
        ref.getCTR().addNewFootnoteRef();
        p.createRun().setText(" ");
        html(p, text);
        target.paragraph().addFootnoteReference(note);
        BigInteger.valueOf(index);
    }

    private void text(Target target, Format format, String value) {
        XWPFRun run = target.run();
        if (format.link) {
            styles.apply(run, "Hyperlink");
            // LibreOffice does not show a character style's colour: repeat it on the run
            styles.color("Hyperlink").ifPresent(run::setColor);
        } else if (format.code) {
            styles.apply(run, "Inline Code");
        } else if (format.role != null) {
            styles.characterId(format.role).ifPresent(run::setStyle);
            styles.color(format.role).ifPresent(run::setColor);
        }
        if (format.link && format.code) {
            run.setFontFamily(codeFont());
        }
        if (format.bold) {
            run.setBold(true);
        }
        if (format.italic) {
            run.setItalic(true);
        }
        if (format.strike) {
            run.setStrikeThrough(true);
        }
        if (format.underline) {
            run.setUnderline(UnderlinePatterns.SINGLE);
        }
        if (format.mark) {
            run.setTextHighlightColor("yellow");
        }
        if (format.align != VerticalAlign.BASELINE) {
            run.setSubscript(format.align);
        }
        run.setText(value);
    }

    private String codeFont() {
        return "Liberation Mono";
    }
}
