package io.programbook.core.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the item links ({@code req:[SP.01.01 BR]}) of a text exactly where the handbook renders
 * them as links. Validation, procedure references, the handbook and the plain-text exports all ask
 * this one scanner, so a link that is checked is a link that is shown, and the other way round.
 *
 * <p>In AsciiDoc a link is text, not a link, where Asciidoctor would expand no macro: in listing,
 * literal, passthrough, comment and fenced code blocks, in paragraphs styled {@code [source]},
 * {@code [literal]}, {@code [listing]}, {@code [pass]} or {@code [comment]} (and
 * open blocks styled so), in literal paragraphs (the first line indented), in comment lines, in
 * block attribute lines, in inline passthroughs ({@code +…+}, {@code ++…++}, {@code +++…+++},
 * {@code pass:[…]}, {@code stem:[…]}), and where a block's {@code subs} attribute leaves out
 * macros or special characters. {@code \req:[…]} escapes a link: it is shown without the backslash.
 * A link ends on its line. Not recognised (a link there is still checked and turned into a cross
 * reference): literal table cells ({@code l|}) and preprocessor conditionals ({@code ifdef::}).
 * The block rules are {@link AsciidocLines}', shared with the check of attribute references.
 *
 * <p>In plain text (a not-applicable statement's justification) every {@code req:[…]} is a link
 * unless escaped.
 */
public final class ItemLinks {

    /** How the text that holds the links is shown. */
    public enum Markup {
        /** AsciiDoc: statement text, the program's scope, procedure bodies. */
        ASCIIDOC,
        /** Plain text: shown as written, except for its links. */
        PLAIN_TEXT
    }

    /** A piece of a scanned text: text as it is shown, or a link. */
    public sealed interface Part permits Text, Link {}

    /** Text between links, with the backslash of escaped links already removed. */
    public record Text(String text) implements Part {}

    /**
     * A link the handbook renders.
     *
     * @param written      the macro as written, e.g. {@code req:[ SP.01.01 BR ]}
     * @param target       what the brackets hold, stripped
     * @param offset       where the macro starts in the text (0-based)
     * @param line         the line of the text the macro is on (0-based)
     * @param column       where the macro starts on its line (0-based)
     * @param targetColumn where the target starts on its line (0-based): what a finding about the id points at
     * @param ordinal      how often {@code written} occurs in the text before this link, counting escaped
     *                     occurrences and those in verbatim text too: finds the link again in a source file
     *                     whose layout differs from the text (YAML block scalars)
     */
    public record Link(String written, String target, int offset, int line, int column, int targetColumn, int ordinal)
            implements Part {

        /** The item the link names, if its target is a well-formed item id. */
        public Optional<ItemId> id() {
            return ItemId.tryParse(target);
        }

        /**
         * The item the link names.
         *
         * @throws InvalidValueException with a message and a suggestion for the user when the target is no item id
         */
        public ItemId parse() {
            if (target.isEmpty()) {
                throw new InvalidValueException(
                        "link '" + written + "' names no item",
                        "write the item id between the brackets, e.g. req:[SP.01.01 BR]");
            }
            if (target.contains(",")) {
                throw new InvalidValueException(
                        "link '" + written + "' names more than one item",
                        "write one link per item: "
                                + String.join(
                                        ", ",
                                        Arrays.stream(target.split(","))
                                                .map(String::strip)
                                                .filter(s -> !s.isEmpty())
                                                .map(s -> "req:[" + s + "]")
                                                .toList()));
            }
            return ItemId.parse(target);
        }
    }

    private static final String MACRO = "req:[";
    private static final Pattern LINK = Pattern.compile("req:\\[([^\\]\\n]*)\\]");

    private ItemLinks() {}

    /** The links of a text, in order. */
    public static List<Link> find(String text, Markup markup) {
        if (!text.contains(MACRO)) {
            return List.of();
        }
        return parts(text, markup).stream()
                .filter(Link.class::isInstance)
                .map(Link.class::cast)
                .toList();
    }

    /** The text as links and the text between them, in order. */
    public static List<Part> parts(String text, Markup markup) {
        if (!text.contains(MACRO)) {
            return text.isEmpty() ? List.of() : List.of(new Text(text));
        }
        List<Part> parts = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        AsciidocLines lines = new AsciidocLines();
        int lineStart = 0;
        int lineNumber = 0;
        while (lineStart <= text.length()) {
            int end = text.indexOf('\n', lineStart);
            int lineEnd = end < 0 ? text.length() : end;
            String line = text.substring(lineStart, lineEnd);
            boolean links = markup == Markup.PLAIN_TEXT || linksOn(lines.next(line));
            if (links && line.contains(MACRO)) {
                scanLine(text, line, lineStart, lineNumber, markup, pending, parts);
            } else {
                pending.append(line);
            }
            if (end < 0) {
                break;
            }
            pending.append('\n');
            lineStart = end + 1;
            lineNumber++;
        }
        if (!pending.isEmpty()) {
            parts.add(new Text(pending.toString()));
        }
        return parts;
    }

    /**
     * The text with every link replaced and escaped links unescaped; everything else as written.
     */
    public static String replace(String text, Markup markup, Function<Link, String> replacement) {
        if (!text.contains(MACRO)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (Part part : parts(text, markup)) {
            if (part instanceof Link link) {
                out.append(replacement.apply(link));
            } else {
                out.append(((Text) part).text());
            }
        }
        return out.toString();
    }

    private static void scanLine(
            String text,
            String line,
            int lineStart,
            int lineNumber,
            Markup markup,
            StringBuilder pending,
            List<Part> parts) {
        String masked = markup == Markup.ASCIIDOC ? AsciidocLines.maskInlinePassthroughs(line) : line;
        Matcher m = LINK.matcher(masked);
        int copied = 0;
        while (m.find()) {
            boolean escaped = m.start() > 0 && masked.charAt(m.start() - 1) == '\\';
            if (escaped) {
                pending.append(line, copied, m.start() - 1).append(line, m.start(), m.end());
            } else {
                pending.append(line, copied, m.start());
                if (!pending.isEmpty()) {
                    parts.add(new Text(pending.toString()));
                    pending.setLength(0);
                }
                String written = line.substring(m.start(), m.end());
                String inside = m.group(1);
                int lead = inside.length() - inside.stripLeading().length();
                parts.add(new Link(
                        written,
                        inside.strip(),
                        lineStart + m.start(),
                        lineNumber,
                        m.start(),
                        m.start(1) + (inside.isBlank() ? 0 : lead),
                        occurrencesBefore(text, written, lineStart + m.start())));
            }
            copied = m.end();
        }
        pending.append(line, copied, line.length());
    }

    /**
     * Whether Asciidoctor renders a link on a line: where it expands macros and escapes special
     * characters (a cross reference needs both). A link in an attribute entry counts as rendered,
     * as it does wherever the entry's value is used.
     */
    private static boolean linksOn(AsciidocLines.Line line) {
        return line.kind() == AsciidocLines.Kind.ATTRIBUTE_ENTRY
                || line.subs().specialchars() && line.subs().macros();
    }

    private static int occurrencesBefore(String text, String needle, int end) {
        int count = 0;
        for (int at = text.indexOf(needle); at >= 0 && at < end; at = text.indexOf(needle, at + 1)) {
            count++;
        }
        return count;
    }
}
