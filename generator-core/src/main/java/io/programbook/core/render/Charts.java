package io.programbook.core.render;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * The overview's charts as SVG, made in Java at build time: no script, nothing from the network,
 * the same bytes for the same numbers (fixed geometry, numbers written with {@link Locale#ROOT}).
 * Only {@code svg}, {@code title}, {@code desc}, {@code rect}, {@code line} and {@code text} are
 * used, which is all the PDF's chart drawer ({@code convert.ChartSvgDrawer}) draws.
 */
public final class Charts {

    static final int WIDTH = 640;
    private static final int LABEL = 70;
    private static final int RIGHT = 60;
    private static final int TOP = 34;
    private static final int ROW = 26;
    private static final String FONT = "Liberation Sans, DejaVu Sans, Arial, sans-serif";
    static final String TARGET = "#c9d3df";
    static final String CLAIMED = "#1f5c99";
    static final String COVERAGE = "#2e7d4f";
    static final String TEXT = "#1d2733";
    static final String GRID = "#8a96a3";

    private Charts() {}

    /** A bar: its label (an area id or a release), its value, and the value as printed. */
    public record Bar(String label, double value, String printed) {}

    /** A pair of bars of one label: the target maturity (0..levels) and the claimed one. */
    public record Pair(String label, double target, double claimed) {}

    /**
     * Target against claimed maturity per area, horizontal bars on a scale of the levels.
     *
     * @param levels the level ids, lowest first (ML1..ML4): the scale's ticks
     */
    public static String maturity(
            String title,
            String description,
            List<Pair> pairs,
            List<String> levels,
            String targetLabel,
            String claimedLabel) {
        int plot = WIDTH - LABEL - RIGHT;
        int height = TOP + pairs.size() * ROW + 40;
        StringBuilder svg = open(height, title, description);
        double max = levels.size();
        for (int i = 0; i <= levels.size(); i++) {
            double x = LABEL + plot * i / max;
            line(svg, x, TOP - 4, x, TOP + pairs.size() * ROW, GRID, i == 0 ? 1 : 0.5);
            if (i > 0) {
                text(svg, x, TOP + pairs.size() * ROW + 14, levels.get(i - 1), "middle", 11, false);
            }
        }
        for (int i = 0; i < pairs.size(); i++) {
            Pair p = pairs.get(i);
            double y = TOP + i * ROW;
            text(svg, LABEL - 8, y + 16, p.label(), "end", 11, false);
            rect(svg, LABEL, y + 3, plot * p.target() / max, 10, TARGET);
            rect(svg, LABEL, y + 13, plot * p.claimed() / max, 10, CLAIMED);
        }
        legend(svg, height - 12, List.of(targetLabel, claimedLabel), List.of(TARGET, CLAIMED));
        return close(svg);
    }

    /** Coverage per label in percent, horizontal bars from 0 to 100 %. */
    public static String coverage(String title, String description, List<Bar> bars) {
        int plot = WIDTH - LABEL - RIGHT;
        int height = TOP + bars.size() * ROW + 22;
        StringBuilder svg = open(height, title, description);
        for (int i = 0; i <= 4; i++) {
            double x = LABEL + plot * i / 4.0;
            line(svg, x, TOP - 4, x, TOP + bars.size() * ROW, GRID, i == 0 ? 1 : 0.5);
            text(svg, x, TOP + bars.size() * ROW + 14, (i * 25) + " %", "middle", 11, false);
        }
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double y = TOP + i * ROW;
            text(svg, LABEL - 8, y + 16, b.label(), "end", 11, false);
            double w = plot * Math.max(0, Math.min(100, b.value())) / 100;
            rect(svg, LABEL, y + 5, w, 16, COVERAGE);
            text(svg, LABEL + w + 6, y + 17, b.printed(), "start", 11, false);
        }
        return close(svg);
    }

    /** A data URI of an SVG: how a page and a PDF embed a chart as an image. */
    public static String dataUri(String svg) {
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
    }

    private static StringBuilder open(int height, String title, String description) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(height)
                .append("\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" font-family=\"")
                .append(FONT)
                .append("\">\n<title>")
                .append(xml(title))
                .append("</title>\n<desc>")
                .append(xml(description))
                .append("</desc>\n");
        rect(svg, 0, 0, WIDTH, height, "#ffffff");
        text(svg, 8, 18, title, "start", 13, true);
        return svg;
    }

    private static String close(StringBuilder svg) {
        return svg.append("</svg>\n").toString();
    }

    private static void legend(StringBuilder svg, double y, List<String> labels, List<String> colours) {
        double x = LABEL;
        for (int i = 0; i < labels.size(); i++) {
            rect(svg, x, y - 9, 12, 10, colours.get(i));
            text(svg, x + 17, y, labels.get(i), "start", 11, false);
            x += 27 + 7 * labels.get(i).length();
        }
    }

    private static void rect(StringBuilder svg, double x, double y, double w, double h, String fill) {
        svg.append("<rect x=\"")
                .append(n(x))
                .append("\" y=\"")
                .append(n(y))
                .append("\" width=\"")
                .append(n(w))
                .append("\" height=\"")
                .append(n(h))
                .append("\" fill=\"")
                .append(fill)
                .append("\"/>\n");
    }

    private static void line(
            StringBuilder svg, double x1, double y1, double x2, double y2, String stroke, double width) {
        svg.append("<line x1=\"")
                .append(n(x1))
                .append("\" y1=\"")
                .append(n(y1))
                .append("\" x2=\"")
                .append(n(x2))
                .append("\" y2=\"")
                .append(n(y2))
                .append("\" stroke=\"")
                .append(stroke)
                .append("\" stroke-width=\"")
                .append(n(width))
                .append("\"/>\n");
    }

    private static void text(
            StringBuilder svg, double x, double y, String text, String anchor, int size, boolean bold) {
        svg.append("<text x=\"")
                .append(n(x))
                .append("\" y=\"")
                .append(n(y))
                .append("\" font-size=\"")
                .append(size)
                .append("\" text-anchor=\"")
                .append(anchor)
                .append("\" fill=\"")
                .append(TEXT)
                .append(bold ? "\" font-weight=\"bold" : "")
                .append("\">")
                .append(xml(text))
                .append("</text>\n");
    }

    /** A coordinate with at most two decimals, always with a point. */
    static String n(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        text = text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
        return text.equals("-0") ? "0" : text;
    }

    static String xml(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
