package io.programbook.core.convert;

import com.openhtmltopdf.css.sheet.FontFaceRule;
import com.openhtmltopdf.css.style.CssContext;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.extend.SVGDrawer;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.RenderingContext;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Draws Programbook's charts into the PDF as vector graphics: the inert SVG subset of
 * {@link InertSvg} ({@code rect}, {@code line}, {@code text}), with the bundled Liberation Sans.
 * Anything else an SVG might hold is not drawn: no script, no link, nothing loaded. Deterministic:
 * the same SVG gives the same drawing operations.
 */
final class ChartSvgDrawer implements SVGDrawer {

    private static final Font REGULAR = font("LiberationSans-Regular.ttf");
    private static final Font BOLD = font("LiberationSans-Bold.ttf");

    @Override
    public void importFontFaceRules(List<FontFaceRule> fontFaces, SharedContext shared) {
        // the charts use the bundled font only
    }

    @Override
    public void addFontFile(File file, String family, Integer weight, BaseRendererBuilder.FontStyle style)
            throws IOException, FontFormatException {
        // the charts use the bundled font only
    }

    @Override
    public void close() {
        // nothing held
    }

    @Override
    public SVGImage buildSVGImage(
            Element svg, Box box, CssContext css, double cssWidth, double cssHeight, double dotsPerPixel) {
        double width = number(svg.getAttribute("width"), 300);
        double height = number(svg.getAttribute("height"), 150);
        int intrinsicWidth = (int) Math.round(cssWidth >= 0 ? cssWidth : width * dotsPerPixel);
        int intrinsicHeight = (int) Math.round(cssHeight >= 0 ? cssHeight : height * dotsPerPixel);
        return new SVGImage() {
            @Override
            public int getIntrinsicWidth() {
                return intrinsicWidth;
            }

            @Override
            public int getIntrinsicHeight() {
                return intrinsicHeight;
            }

            @Override
            public void drawSVG(OutputDevice device, RenderingContext context, double x, double y) {
                float w = (float) (intrinsicWidth / dotsPerPixel);
                float h = (float) (intrinsicHeight / dotsPerPixel);
                device.drawWithGraphics((float) x, (float) y, w, h, g -> {
                    g.scale(w / width, h / height);
                    draw(svg, g);
                });
            }
        };
    }

    private static void draw(Element svg, Graphics2D g) {
        NodeList children = svg.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (!(children.item(i) instanceof Element e)) {
                continue;
            }
            switch (e.getLocalName() == null ? e.getTagName() : e.getLocalName()) {
                case "rect" -> {
                    g.setColor(colour(e.getAttribute("fill")));
                    g.fill(new Rectangle2D.Double(
                            number(e.getAttribute("x"), 0),
                            number(e.getAttribute("y"), 0),
                            number(e.getAttribute("width"), 0),
                            number(e.getAttribute("height"), 0)));
                }
                case "line" -> {
                    g.setColor(colour(e.getAttribute("stroke")));
                    g.setStroke(new BasicStroke((float) number(e.getAttribute("stroke-width"), 1)));
                    g.draw(new Line2D.Double(
                            number(e.getAttribute("x1"), 0),
                            number(e.getAttribute("y1"), 0),
                            number(e.getAttribute("x2"), 0),
                            number(e.getAttribute("y2"), 0)));
                }
                case "text" -> text(e, g);
                default -> {
                    // title and desc are the text alternative, not drawn
                }
            }
        }
    }

    private static void text(Element e, Graphics2D g) {
        String text = text(e);
        Font font = ("bold".equals(e.getAttribute("font-weight")) ? BOLD : REGULAR)
                .deriveFont((float) number(e.getAttribute("font-size"), 11));
        g.setFont(font);
        g.setColor(colour(e.getAttribute("fill")));
        double width = g.getFontMetrics().getStringBounds(text, g).getWidth();
        double x = number(e.getAttribute("x"), 0);
        switch (e.getAttribute("text-anchor")) {
            case "middle" -> x -= width / 2;
            case "end" -> x -= width;
            default -> {
                // start
            }
        }
        g.drawString(text, (float) x, (float) number(e.getAttribute("y"), 0));
    }

    private static String text(Element e) {
        StringBuilder text = new StringBuilder();
        NodeList children = e.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child.getNodeType() == Node.TEXT_NODE) {
                text.append(child.getNodeValue());
            }
        }
        return text.toString();
    }

    private static Color colour(String value) {
        if (value != null && value.matches("#[0-9a-fA-F]{6}")) {
            return new Color(Integer.parseInt(value.substring(1), 16));
        }
        return Color.BLACK;
    }

    private static double number(String value, double otherwise) {
        try {
            return value == null || value.isBlank() ? otherwise : Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private static Font font(String file) {
        try (InputStream in = ChartSvgDrawer.class.getResourceAsStream("/programbook/templates/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("bundled font " + file + " is missing");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("bundled font " + file + " cannot be read", e);
        }
    }
}
