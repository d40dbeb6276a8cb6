package io.programbook.core.convert;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * An SVG image that can do nothing but show shapes and text: the charts Programbook draws
 * ({@code render.Charts}). Only {@code svg}, {@code title}, {@code desc}, {@code rect}, {@code line}
 * and {@code text} with geometry and colour attributes; no link, style, script, event handler,
 * reference or entity. The sanitizer keeps such an image as a {@code data:} URI, and the PDF's
 * {@link ChartSvgDrawer} draws exactly these elements.
 */
public final class InertSvg {

    static final Pattern DATA_SVG = Pattern.compile("data:image/svg\\+xml;base64,([A-Za-z0-9+/=]+)");

    static final Set<String> ELEMENTS = Set.of("svg", "title", "desc", "rect", "line", "text");

    private static final Set<String> ATTRIBUTES = Set.of(
            "xmlns",
            "width",
            "height",
            "viewbox",
            "font-family",
            "font-size",
            "font-weight",
            "text-anchor",
            "x",
            "y",
            "x1",
            "y1",
            "x2",
            "y2",
            "fill",
            "stroke",
            "stroke-width");

    private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9 #.,%/:+-]*");

    private InertSvg() {}

    /** The SVG document of a {@code data:image/svg+xml;base64,} address, if it is inert; else null. */
    static Document parse(String src) {
        var match = DATA_SVG.matcher(src.strip());
        if (!match.matches()) {
            return null;
        }
        String xml;
        try {
            xml = new String(Base64.getDecoder().decode(match.group(1)), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (xml.contains("<!") || xml.contains("<?") || xml.contains("&#")) {
            return null; // no doctype, entity declaration, processing instruction or character reference
        }
        Document document = Jsoup.parse(xml, "", Parser.xmlParser());
        Element root = document.children().size() == 1 ? document.child(0) : null;
        if (root == null || !root.normalName().equals("svg")) {
            return null;
        }
        for (Element element : root.getAllElements()) {
            if (!ELEMENTS.contains(element.normalName())) {
                return null;
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                if (!ATTRIBUTES.contains(name)
                        || !VALUE.matcher(attribute.getValue()).matches()
                        || name.equals("xmlns") && !attribute.getValue().equals("http://www.w3.org/2000/svg")) {
                    return null;
                }
            }
        }
        return document;
    }

    /** Whether an image address is an inert SVG. */
    public static boolean is(String src) {
        return parse(src) != null;
    }
}
