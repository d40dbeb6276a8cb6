package io.programbook.core.convert.docx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;

/**
 * The list numbering of the document: one bullet list definition for every bulleted list, and one
 * definition per numbered list (so that each starts at its own first number). The definitions are
 * added to the template's numbering part after POI wrote the package (POI's lightweight schema
 * classes lack the level text), after the template's own, with ids above the template's.
 */
final class Numbering {

    private static final String[] BULLETS = {"\u2022", "\u25e6", "\u25aa"};
    private static final String[] FORMATS = {"decimal", "lowerLetter", "lowerRoman"};
    private static final Pattern ABSTRACT_ID = Pattern.compile("w:abstractNumId=\"(\\d+)\"");
    private static final Pattern NUM_ID = Pattern.compile("w:numId=\"(\\d+)\"");

    private final String partName;
    private final int firstAbstract;
    private final int firstNum;
    private final List<Integer> starts = new ArrayList<>(); // per list: 0 for bullets, else the first number
    private int bullets = -1;

    Numbering(XWPFDocument doc) {
        XWPFNumbering numbering = doc.getNumbering() == null ? doc.createNumbering() : doc.getNumbering();
        String existing;
        try (InputStream in = numbering.getPackagePart().getInputStream()) {
            existing = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        partName = numbering.getPackagePart().getPartName().getName().substring(1);
        firstAbstract = max(ABSTRACT_ID, existing) + 1;
        firstNum = max(NUM_ID, existing) + 1;
    }

    private static int max(Pattern pattern, String xml) {
        int max = 0;
        Matcher m = pattern.matcher(xml);
        while (m.find()) {
            max = Math.max(max, Integer.parseInt(m.group(1)));
        }
        return max;
    }

    /** The numbering part's name in the package, e.g. {@code word/numbering.xml}. */
    String partName() {
        return partName;
    }

    /** The list id of bulleted lists. */
    int bullets() {
        if (bullets < 0) {
            bullets = add(0);
        }
        return bullets;
    }

    /** A new numbered list, starting at {@code start}. */
    int numbered(int start) {
        return add(Math.max(start, 1));
    }

    private int add(int start) {
        starts.add(start);
        return firstNum + starts.size() - 1;
    }

    /** Makes a paragraph an item of a list, at a depth (0 for the top). */
    static void item(XWPFParagraph paragraph, int list, int depth) {
        CTPPr ppr = paragraph.getCTP().isSetPPr()
                ? paragraph.getCTP().getPPr()
                : paragraph.getCTP().addNewPPr();
        CTNumPr num = ppr.isSetNumPr() ? ppr.getNumPr() : ppr.addNewNumPr();
        num.addNewIlvl().setVal(BigInteger.valueOf(Math.min(depth, 8)));
        num.addNewNumId().setVal(BigInteger.valueOf(list));
    }

    /** The numbering part with this document's list definitions added. */
    byte[] merge(byte[] part) {
        if (starts.isEmpty()) {
            return part;
        }
        String xml = new String(part, StandardCharsets.UTF_8)
                .replaceFirst("<w:numbering([^>]*)/>", "<w:numbering$1></w:numbering>");
        StringBuilder abstracts = new StringBuilder();
        StringBuilder nums = new StringBuilder();
        for (int i = 0; i < starts.size(); i++) {
            int start = starts.get(i);
            abstracts
                    .append("<w:abstractNum w:abstractNumId=\"")
                    .append(firstAbstract + i)
                    .append("\">");
            abstracts.append("<w:multiLevelType w:val=\"hybridMultilevel\"/>");
            for (int level = 0; level < 9; level++) {
                int indent = 360 * (level + 1) + 360;
                abstracts.append("<w:lvl w:ilvl=\"").append(level).append("\">");
                if (start == 0) {
                    abstracts.append("<w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/>");
                    abstracts
                            .append("<w:lvlText w:val=\"")
                            .append(BULLETS[level % 3])
                            .append("\"/>");
                } else {
                    abstracts.append("<w:start w:val=\"").append(start).append("\"/>");
                    abstracts
                            .append("<w:numFmt w:val=\"")
                            .append(FORMATS[level % 3])
                            .append("\"/>");
                    abstracts.append("<w:lvlText w:val=\"%").append(level + 1).append(".\"/>");
                }
                abstracts
                        .append("<w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"")
                        .append(indent)
                        .append("\" w:hanging=\"360\"/></w:pPr></w:lvl>");
            }
            abstracts.append("</w:abstractNum>");
            nums.append("<w:num w:numId=\"")
                    .append(firstNum + i)
                    .append("\"><w:abstractNumId w:val=\"")
                    .append(firstAbstract + i)
                    .append("\"/></w:num>");
        }
        xml = insertBefore(
                xml, firstOf(xml, "<w:num ", "<w:num>", "<w:numIdMacAtCleanup", "</w:numbering>"), abstracts);
        xml = insertBefore(xml, firstOf(xml, "<w:numIdMacAtCleanup", "</w:numbering>"), nums);
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private static int firstOf(String xml, String... marks) {
        int first = -1;
        for (String mark : marks) {
            int at = xml.indexOf(mark);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        if (first < 0) {
            throw new IllegalStateException("the template's numbering part is not in the form Word writes");
        }
        return first;
    }

    private static String insertBefore(String xml, int at, CharSequence text) {
        return xml.substring(0, at) + text + xml.substring(at);
    }
}
