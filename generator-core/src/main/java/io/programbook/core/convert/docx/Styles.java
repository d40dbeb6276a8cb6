package io.programbook.core.convert.docx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The styles of the document being written, by their names: the template's where it has them, the
 * bundled reference document's otherwise (copied in, so that a corporate template needs only the
 * styles it wants to change, and the heading styles).
 */
final class Styles {

    private final XWPFDocument doc;
    private final XWPFDocument reference;
    private final Map<String, Optional<String>> ids = new HashMap<>();

    Styles(XWPFDocument doc, XWPFDocument reference) {
        this.doc = doc;
        this.reference = reference;
    }

    /** The id of the style of this name, copied in from the reference document if the template lacks it. */
    Optional<String> id(String name) {
        return ids.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> find(name));
    }

    private Optional<String> find(String name) {
        Optional<String> own = WordTemplate.styleId(doc, name);
        if (own.isPresent()) {
            return own;
        }
        Optional<CTStyle> bundled = style(reference, name);
        if (bundled.isEmpty()) {
            return Optional.empty();
        }
        CTStyle copy = (CTStyle) bundled.get().copy();
        if (doc.getStyles().styleExist(copy.getStyleId())) {
            return Optional.empty(); // the id means another style in the template: leave it alone
        }
        doc.getStyles().addStyle(new XWPFStyle(copy, doc.getStyles()));
        if (copy.isSetBasedOn()) {
            String parent = styleName(reference, copy.getBasedOn().getVal());
            if (parent != null) {
                id(parent);
            }
        }
        return Optional.of(copy.getStyleId());
    }

    /** The id of the character style of this name, if the template or the reference has one. */
    Optional<String> characterId(String name) {
        return id(name).filter(id -> {
            XWPFStyle style = doc.getStyles().getStyle(id);
            return style != null && style.getType() == STStyleType.CHARACTER;
        });
    }

    /** The text colour a style sets itself (hex, e.g. {@code 0B5D8C}), if any. */
    Optional<String> color(String name) {
        return id(name).map(id -> doc.getStyles().getStyle(id))
                .filter(style -> style.getCTStyle().isSetRPr()
                        && style.getCTStyle().getRPr().sizeOfColorArray() > 0)
                .map(style -> String.valueOf(
                        style.getCTStyle().getRPr().getColorArray(0).xgetVal().getStringValue()));
    }

    void apply(XWPFParagraph paragraph, String name) {
        id(name).ifPresent(paragraph::setStyle);
    }

    void apply(XWPFRun run, String name) {
        id(name).ifPresent(run::setStyle);
    }

    void applyTable(XWPFTable table, String name) {
        id(name).ifPresent(table::setStyleID);
    }

    /** The heading style of a level, the deepest the template or reference has for deeper levels. */
    String heading(int level) {
        for (int l = Math.min(Math.max(level, 1), 9); l >= 1; l--) {
            Optional<String> id = id("heading " + l);
            if (id.isPresent()) {
                return id.get();
            }
        }
        return "Heading1";
    }

    /** Sets the language of the document's default run properties: spelling and hyphenation. */
    void language(String tag) {
        doc.getStyles().setSpellingLanguage(tag);
    }

    private static Optional<CTStyle> style(XWPFDocument doc, String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        try {
            for (CTStyle style : doc.getStyle().getStyleList()) {
                if (style.isSetName()
                        && style.getName().getVal().toLowerCase(Locale.ROOT).equals(wanted)) {
                    return Optional.of(style);
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XmlException e) {
            throw new IllegalStateException("the reference document's styles cannot be read", e);
        }
    }

    private static String styleName(XWPFDocument doc, String id) {
        XWPFStyle style = doc.getStyles().getStyle(id);
        return style == null ? null : style.getName();
    }
}
