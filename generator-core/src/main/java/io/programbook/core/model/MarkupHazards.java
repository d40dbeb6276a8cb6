package io.programbook.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what users' AsciiDoc must not carry into a document, without starting Asciidoctor and
 * following its block rules ({@link AsciidocLines}), so that nothing in a listing block or a comment
 * counts:
 *
 * <ul>
 *   <li>passthroughs, which put raw HTML into the page: {@code +++…+++}, {@code pass:[…]}, {@code ++++}
 *       blocks, {@code [pass]} paragraphs, and any block whose {@code subs} leave out {@code specialchars};
 *   <li>images from the network ({@code image::https://…[]});
 *   <li>links to anything but http, https and mailto addresses ({@code link:javascript:…[]},
 *       {@code image:x.png[link="data:…"]});
 *   <li>paragraphs and lines so long that the PDF renderer's line breaking takes minutes.
 * </ul>
 *
 * <p>The HTML is sanitized whatever this finds; these are the findings that name the file and line.
 */
public final class MarkupHazards {

    /** Paragraphs (and lines) longer than this many characters are refused. */
    public static final int MAX_PARAGRAPH = 20_000;

    /** What is wrong. */
    public enum Kind {
        PASSTHROUGH,
        REMOTE_IMAGE,
        UNSAFE_LINK,
        LONG_PARAGRAPH
    }

    /**
     * One finding.
     *
     * @param kind        what is wrong
     * @param written     the text as written (the start of the line for a block or a paragraph)
     * @param description what it is, for the message, e.g. {@code a passthrough block (++++)}
     * @param line        the line of the text (0-based)
     * @param column      where it starts on its line (0-based)
     * @param ordinal     how often {@code written} occurs in the text before it: finds it again in a YAML
     *                    source whose layout differs from the text
     */
    public record Hazard(Kind kind, String written, String description, int line, int column, int ordinal) {}

    private static final Pattern PASS_DELIMITER = Pattern.compile("\\+{4,}");
    private static final Pattern INLINE_PASS =
            Pattern.compile("(?<!\\\\)(?:\\+\\+\\+.*?\\+\\+\\+|\\bpass:[a-z,+-]*\\[)", Pattern.DOTALL);
    private static final Pattern IMAGE = Pattern.compile("(?<!\\\\)\\bimage::?([^\\[\\s]*)\\[");
    private static final Pattern REMOTE = Pattern.compile("(?i)(?:[a-z][a-z0-9+.-]*:)?//.*");
    private static final Pattern LINK_MACRO = Pattern.compile("(?<!\\\\)\\blink:([^\\[\\s]+)\\[");
    private static final Pattern LINK_ATTRIBUTE = Pattern.compile("\\blink\\s*=\\s*[\"']?\\s*([^\"',\\]\\s]+)");
    private static final Pattern SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*):.*");
    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");

    private MarkupHazards() {}

    /** The hazards of an AsciiDoc text, in order. */
    public static List<Hazard> find(String text) {
        List<Hazard> hazards = new ArrayList<>();
        if (text.isEmpty()) {
            return hazards;
        }
        String[] lines = text.split("\n", -1);
        AsciidocLines blocks = new AsciidocLines();
        String passOpen = null;
        boolean rawBefore = false;
        String opener = null;
        int paragraphStart = -1;
        int paragraphLength = 0;
        boolean paragraphReported = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            AsciidocLines.Line kind = blocks.next(line);
            String trimmed = line.strip();
            // passthrough blocks and raw paragraphs: reported once, at their first line
            boolean passDelimiter = kind.kind() == AsciidocLines.Kind.DELIMITER
                    && PASS_DELIMITER.matcher(trimmed).matches();
            if (passDelimiter && passOpen == null) {
                passOpen = trimmed;
                hazards.add(hazard(Kind.PASSTHROUGH, text, lines, i, 0, line, "a passthrough block (" + trimmed + ")"));
            } else if (passDelimiter && passOpen.equals(trimmed)) {
                passOpen = null;
            }
            boolean rawLine =
                    kind.kind() == AsciidocLines.Kind.TEXT && !kind.subs().specialchars();
            if (rawLine && passOpen == null && !rawBefore) {
                hazards.add(hazard(
                        Kind.PASSTHROUGH,
                        text,
                        lines,
                        i,
                        0,
                        line,
                        opener != null && opener.matches("\\[\\s*pass\\b.*")
                                ? "a passthrough paragraph (" + opener + ")"
                                : "raw HTML: a block whose substitutions leave out 'specialchars'"
                                        + (opener == null ? "" : " (" + opener + ")")));
            }
            rawBefore = rawLine;
            if (kind.kind() == AsciidocLines.Kind.BLOCK_ATTRIBUTES) {
                opener = trimmed;
            } else if (kind.kind() == AsciidocLines.Kind.BLANK || kind.kind() == AsciidocLines.Kind.SECTION_TITLE) {
                opener = null;
            }

            boolean markup = kind.kind() != AsciidocLines.Kind.COMMENT
                    && kind.kind() != AsciidocLines.Kind.DELIMITER
                    && !rawLine;
            if (markup && (kind.subs().macros() || kind.kind() == AsciidocLines.Kind.ATTRIBUTE_ENTRY)) {
                inline(text, lines, i, line, hazards);
            }
            if (markup && kind.kind() == AsciidocLines.Kind.BLOCK_ATTRIBUTES) {
                links(LINK_ATTRIBUTE, text, lines, i, line, hazards);
            }

            // long paragraphs: consecutive lines of text; a list item or a table row starts a new one
            boolean text0 = kind.kind() == AsciidocLines.Kind.TEXT;
            boolean starts = !text0
                    || paragraphStart < 0
                    || !kind.subs().macros()
                    || AsciidocLines.isListItem(line)
                    || trimmed.startsWith("|");
            if (starts) {
                paragraphStart = text0 ? i : -1;
                paragraphLength = 0;
                paragraphReported = false;
            }
            paragraphLength += line.length() + 1;
            if (!paragraphReported && (paragraphLength > MAX_PARAGRAPH || line.length() > MAX_PARAGRAPH)) {
                int at = paragraphStart < 0 ? i : paragraphStart;
                hazards.add(hazard(
                        Kind.LONG_PARAGRAPH,
                        text,
                        lines,
                        at,
                        0,
                        lines[at],
                        (line.length() > MAX_PARAGRAPH ? "a line" : "a paragraph") + " longer than " + MAX_PARAGRAPH
                                + " characters"));
                paragraphReported = true;
            }
        }
        return hazards;
    }

    private static void inline(String text, String[] lines, int i, String line, List<Hazard> hazards) {
        Matcher pass = INLINE_PASS.matcher(line);
        while (pass.find()) {
            String written = pass.group();
            hazards.add(hazard(
                    Kind.PASSTHROUGH,
                    text,
                    lines,
                    i,
                    pass.start(),
                    written,
                    written.startsWith("+++") ? "an inline passthrough (+++…+++)" : "a passthrough macro (pass:[…])"));
        }
        Matcher image = IMAGE.matcher(line);
        while (image.find()) {
            String target = image.group(1).strip();
            if (REMOTE.matcher(target).matches()) {
                hazards.add(hazard(
                        Kind.REMOTE_IMAGE,
                        text,
                        lines,
                        i,
                        image.start(),
                        line.substring(image.start(), image.end()),
                        "an image from '" + target + "'"));
            }
        }
        links(LINK_MACRO, text, lines, i, line, hazards);
        links(LINK_ATTRIBUTE, text, lines, i, line, hazards);
    }

    private static void links(Pattern pattern, String text, String[] lines, int i, String line, List<Hazard> hazards) {
        Matcher link = pattern.matcher(line);
        while (link.find()) {
            String target = link.group(1).strip();
            Matcher scheme = SCHEME.matcher(target);
            if (scheme.matches() && !SAFE_SCHEMES.contains(scheme.group(1).toLowerCase(Locale.ROOT))) {
                hazards.add(hazard(
                        Kind.UNSAFE_LINK,
                        text,
                        lines,
                        i,
                        link.start(),
                        line.substring(link.start(), link.end()),
                        "a link to '" + scheme.group(1) + ":'"));
            }
        }
    }

    private static Hazard hazard(
            Kind kind, String text, String[] lines, int line, int column, String written, String description) {
        int offset = 0;
        for (int l = 0; l < line; l++) {
            offset += lines[l].length() + 1;
        }
        String needle = written.isBlank() ? lines[line] : written;
        int ordinal = 0;
        for (int at = text.indexOf(needle); at >= 0 && at < offset + column; at = text.indexOf(needle, at + 1)) {
            ordinal++;
        }
        return new Hazard(kind, needle, description, line, column, ordinal);
    }
}
