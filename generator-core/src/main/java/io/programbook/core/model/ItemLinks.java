package io.programbook.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
    public sealed interface Part permits Text, Link {
    }

    /** Text between links, with the backslash of escaped links already removed. */
    public record Text(String text) implements Part {
    }

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
                throw new InvalidValueException("link '" + written + "' names no item",
                        "write the item id between the brackets, e.g. req:[SP.01.01 BR]");
            }
            if (target.contains(",")) {
                throw new InvalidValueException("link '" + written + "' names more than one item",
                        "write one link per item: " + String.join(", ",
                                java.util.Arrays.stream(target.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                                        .map(s -> "req:[" + s + "]").toList()));
            }
            return ItemId.parse(target);
        }
    }

    private static final String MACRO = "req:[";
    private static final Pattern LINK = Pattern.compile("req:\\[([^\\]\\n]*)\\]");

    /** Delimiter lines: listing, literal, passthrough, comment, fenced code, open block, and the containers. */
    private static final Pattern DELIMITER =
            Pattern.compile("(-{4,})|(\\.{4,})|(\\+{4,})|(/{4,})|(```.*)|(--)|(={4,}|\\*{4,}|_{4,}|[|!,:]={3,})");
    /** The characters a delimiter line starts with: most lines are tested no further. */
    private static final String DELIMITER_START = "-.+/`=*_|!,:";
    /** A block attribute list ({@code [source,yaml]}) or a block anchor ({@code [[id]]}) on a line of its own. */
    private static final Pattern ATTRIBUTES = Pattern.compile("\\[(?:|[\\w.#%{,\"'\\[].*)\\]");
    private static final Pattern BLOCK_TITLE = Pattern.compile("\\.\\.?[^ \\t.].*");
    private static final Pattern SECTION_TITLE = Pattern.compile("(?:={1,6}|#{1,6})[ \\t]+\\S.*");
    private static final Pattern ATTRIBUTE_ENTRY = Pattern.compile(":!?\\w[\\w-]*!?:(?:[ \\t].*)?");
    /** List items, which may be indented without becoming a literal paragraph. */
    private static final Pattern LIST_ITEM = Pattern.compile("[ \\t]*(?:(?:-|\\*{1,5}|\\.{1,5}|\\d+\\.|[a-zA-Z]\\.|[IVXivx]+\\))"
            + "[ \\t]+\\S.*|[^ \\t].*?(?::{2,4}|;;)(?:[ \\t].*)?)");
    /** Inline passthroughs and math, where no macro is expanded. */
    private static final Pattern INLINE_VERBATIM = Pattern.compile(
            "\\+\\+\\+.*?\\+\\+\\+|\\+\\+.+?\\+\\+|(?<![\\w+])\\+[^\\s+](?:.*?[^\\s+])?\\+(?![\\w+])"
                    + "|(?:pass|stem|latexmath|asciimath):[a-z,]*\\[.*?(?<!\\\\)\\]");
    /** Block styles whose content is not AsciiDoc markup. */
    private static final Set<String> VERBATIM_STYLES =
            Set.of("source", "listing", "literal", "pass", "comment");

    private ItemLinks() {
    }

    /** The links of a text, in order. */
    public static List<Link> find(String text, Markup markup) {
        if (!text.contains(MACRO)) {
            return List.of();
        }
        return parts(text, markup).stream().filter(Link.class::isInstance).map(Link.class::cast).toList();
    }

    /** The text as links and the text between them, in order. */
    public static List<Part> parts(String text, Markup markup) {
        if (!text.contains(MACRO)) {
            return text.isEmpty() ? List.of() : List.of(new Text(text));
        }
        List<Part> parts = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        LineClassifier classifier = new LineClassifier();
        int lineStart = 0;
        int lineNumber = 0;
        while (lineStart <= text.length()) {
            int end = text.indexOf('\n', lineStart);
            int lineEnd = end < 0 ? text.length() : end;
            String line = text.substring(lineStart, lineEnd);
            boolean links = markup == Markup.PLAIN_TEXT || classifier.linksOn(line);
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

    private static void scanLine(String text, String line, int lineStart, int lineNumber, Markup markup,
            StringBuilder pending, List<Part> parts) {
        String masked = markup == Markup.ASCIIDOC ? mask(line) : line;
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
                parts.add(new Link(written, inside.strip(), lineStart + m.start(), lineNumber, m.start(),
                        m.start(1) + (inside.isBlank() ? 0 : lead), occurrencesBefore(text, written, lineStart + m.start())));
            }
            copied = m.end();
        }
        pending.append(line, copied, line.length());
    }

    /** The line with inline passthroughs blanked out, so columns stay where they are. */
    private static String mask(String line) {
        Matcher m = INLINE_VERBATIM.matcher(line);
        if (!m.find()) {
            return line;
        }
        StringBuilder out = new StringBuilder(line);
        do {
            for (int i = m.start(); i < m.end(); i++) {
                out.setCharAt(i, ' ');
            }
        } while (m.find());
        return out.toString();
    }

    private static int occurrencesBefore(String text, String needle, int end) {
        int count = 0;
        for (int at = text.indexOf(needle); at >= 0 && at < end; at = text.indexOf(needle, at + 1)) {
            count++;
        }
        return count;
    }

    /**
     * Follows the block structure of AsciiDoc line by line, as far as it decides whether Asciidoctor
     * expands macros on a line: delimited blocks, paragraphs (literal when their first line is
     * indented), block attribute lines with their style and {@code subs}, comments.
     */
    private static final class LineClassifier {

        /** What a block's substitutions hold, as far as links are concerned: {@code <<xref>>} needs both. */
        private record Subs(boolean specialchars, boolean macros) {

            static final Subs NORMAL = new Subs(true, true);
            static final Subs VERBATIM = new Subs(true, false);
            static final Subs NONE = new Subs(false, false);

            boolean links() {
                return specialchars && macros;
            }

            /** Applies a {@code subs} attribute value ({@code +macros}, {@code "quotes,macros"}, {@code -macros}) to these defaults. */
            Subs with(String value) {
                if (value == null) {
                    return this;
                }
                Subs current = null;
                for (String raw : value.split(",")) {
                    String key = raw.strip();
                    int operation = 0; // 1 add, -1 remove
                    if (key.startsWith("+")) {
                        operation = 1;
                        key = key.substring(1);
                    } else if (key.endsWith("+")) {
                        operation = 1;
                        key = key.substring(0, key.length() - 1);
                    } else if (key.startsWith("-")) {
                        operation = -1;
                        key = key.substring(1);
                    }
                    if (current == null) {
                        current = operation == 0 ? NONE : this;
                    }
                    Subs named = named(key.strip());
                    current = operation == -1
                            ? new Subs(current.specialchars && !named.specialchars, current.macros && !named.macros)
                            : new Subs(current.specialchars || named.specialchars, current.macros || named.macros);
                }
                return current == null ? this : current;
            }

            private static Subs named(String key) {
                return switch (key) {
                    case "normal", "n" -> NORMAL;
                    case "verbatim", "v", "specialchars", "specialcharacters", "c" -> VERBATIM;
                    case "macros", "m" -> new Subs(false, true);
                    default -> NONE;
                };
            }
        }

        private enum Paragraph { NONE, OPEN }

        private String closing;
        private boolean blockLinks;
        private Paragraph paragraph = Paragraph.NONE;
        private boolean paragraphLinks;
        private String style;
        private String subs;

        /** Whether links on this line (the next of the text) are rendered. */
        boolean linksOn(String line) {
            String trimmed = line.stripTrailing();
            if (closing != null) {
                if (trimmed.equals(closing)) {
                    closing = null;
                    return false;
                }
                return blockLinks;
            }
            if (trimmed.isEmpty()) {
                paragraph = Paragraph.NONE;
                return false;
            }
            char first = trimmed.charAt(0);
            Matcher delimiter = DELIMITER_START.indexOf(first) >= 0 ? DELIMITER.matcher(trimmed) : null;
            if (delimiter != null && delimiter.matches()) {
                paragraph = Paragraph.NONE;
                open(delimiter, trimmed);
                return false;
            }
            if (first == '[' && ATTRIBUTES.matcher(trimmed).matches()) {
                paragraph = Paragraph.NONE;
                attributes(trimmed.substring(1, trimmed.length() - 1));
                return false;
            }
            if (trimmed.startsWith("//") && (trimmed.length() == 2 || trimmed.charAt(2) != '/')) {
                return false;
            }
            if (trimmed.equals("+")) { // list continuation: the next line starts a block
                paragraph = Paragraph.NONE;
                return false;
            }
            if (paragraph == Paragraph.OPEN) {
                return paragraphLinks;
            }
            if (BLOCK_TITLE.matcher(trimmed).matches() || ATTRIBUTE_ENTRY.matcher(trimmed).matches()) {
                return true;
            }
            if (SECTION_TITLE.matcher(trimmed).matches()) {
                clearAttributes();
                return true;
            }
            paragraph = Paragraph.OPEN;
            if (style != null && VERBATIM_STYLES.contains(style)) {
                paragraphLinks = !style.equals("comment") && defaults(style).with(subs).links();
            } else if (Character.isWhitespace(line.charAt(0)) && !"normal".equals(style)
                    && !LIST_ITEM.matcher(line).matches()) {
                paragraphLinks = Subs.VERBATIM.with(subs).links();
            } else {
                paragraphLinks = Subs.NORMAL.with(subs).links();
            }
            clearAttributes();
            return paragraphLinks;
        }

        private void open(Matcher delimiter, String line) {
            String blockStyle = style;
            String blockSubs = subs;
            clearAttributes();
            if (delimiter.group(1) != null || delimiter.group(5) != null) {
                closing = delimiter.group(5) != null ? "```" : line;
                blockLinks = Subs.VERBATIM.with(blockSubs).links();
            } else if (delimiter.group(2) != null) {
                closing = line;
                blockLinks = Subs.VERBATIM.with(blockSubs).links();
            } else if (delimiter.group(3) != null) {
                closing = line;
                blockLinks = Subs.NONE.with(blockSubs).links();
            } else if (delimiter.group(4) != null) {
                closing = line;
                blockLinks = false;
            } else if (delimiter.group(6) != null && blockStyle != null && VERBATIM_STYLES.contains(blockStyle)) {
                closing = line;
                blockLinks = !blockStyle.equals("comment") && defaults(blockStyle).with(blockSubs).links();
            }
            // any other delimiter opens or closes a block whose content is markup: nothing to track
        }

        private static Subs defaults(String style) {
            return switch (style) {
                case "source", "listing", "literal" -> Subs.VERBATIM;
                default -> Subs.NONE;
            };
        }

        /** Reads the style (first positional attribute) and {@code subs} of a block attribute line. */
        private void attributes(String list) {
            if (list.startsWith("[")) {
                return; // a block anchor
            }
            List<String> entries = splitAttributes(list);
            if (!entries.isEmpty() && !entries.get(0).contains("=")) {
                String first = entries.get(0).strip();
                int shorthand = indexOfAny(first, "#.%");
                String named = shorthand < 0 ? first : first.substring(0, shorthand);
                if (!named.isEmpty()) {
                    style = named;
                }
            }
            for (String entry : entries) {
                int equals = entry.indexOf('=');
                if (equals > 0 && entry.substring(0, equals).strip().equals("subs")) {
                    subs = unquote(entry.substring(equals + 1).strip());
                }
            }
        }

        private void clearAttributes() {
            style = null;
            subs = null;
        }

        private static List<String> splitAttributes(String list) {
            List<String> entries = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            char quote = 0;
            for (char c : list.toCharArray()) {
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    }
                    current.append(c);
                } else if (c == '"' || c == '\'') {
                    quote = c;
                    current.append(c);
                } else if (c == ',') {
                    entries.add(current.toString());
                    current.setLength(0);
                } else {
                    current.append(c);
                }
            }
            entries.add(current.toString());
            return entries;
        }

        private static String unquote(String value) {
            if (value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')
                    && value.charAt(value.length() - 1) == value.charAt(0)) {
                return value.substring(1, value.length() - 1);
            }
            return value;
        }

        private static int indexOfAny(String text, String characters) {
            for (int i = 0; i < text.length(); i++) {
                if (characters.indexOf(text.charAt(i)) >= 0) {
                    return i;
                }
            }
            return -1;
        }
    }
}
