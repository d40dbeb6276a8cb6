package io.programbook.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Follows the block structure of AsciiDoc line by line, as far as it decides which substitutions
 * Asciidoctor applies to a line: delimited blocks (listing, literal, passthrough, comment, fenced
 * code, open blocks styled verbatim), paragraphs (literal when their first line is indented, or
 * styled {@code [source]}, {@code [literal]}, {@code [listing]}, {@code [pass]}, {@code [comment]}),
 * block attribute lines with their style and {@code subs}, comment lines ({@code //} but not
 * {@code ///}), titles and attribute entries. Reads no further than the lines given: no includes, no
 * preprocessor conditionals, no literal table cells.
 *
 * <p>One scanner per text: {@link #next(String)} is called for each line in order. The item links
 * ({@link ItemLinks}) and the attribute references of profile parameters both follow these rules, so
 * they agree with each other and with Asciidoctor.
 */
public final class AsciidocLines {

    /** What a line is, as far as its substitutions are concerned. */
    public enum Kind {
        /** An empty or blank line outside a delimited block. */
        BLANK,
        /** A block delimiter ({@code ----}, {@code ```}, {@code --}, {@code ====}, ...). */
        DELIMITER,
        /** A block attribute list ({@code [source,yaml]}) or block anchor ({@code [[id]]}). */
        BLOCK_ATTRIBUTES,
        /** A comment: a line ({@code // ...}), a line of a comment block or a {@code [comment]} paragraph. */
        COMMENT,
        /** A list continuation ({@code +} alone). */
        CONTINUATION,
        /** A block title ({@code .Title}). */
        BLOCK_TITLE,
        /** A section title ({@code == Title}). */
        SECTION_TITLE,
        /** An attribute entry ({@code :name: value}) outside a paragraph. */
        ATTRIBUTE_ENTRY,
        /** Content: a paragraph's line or a line inside a delimited block. */
        TEXT
    }

    /**
     * The substitutions Asciidoctor applies to a line, as far as the scanners need them.
     *
     * @param specialchars {@code <}, {@code >} and {@code &} are escaped (a cross reference {@code <<x>>} needs it)
     * @param attributes   attribute references {@code {name}} are replaced
     * @param macros       macros and cross references are expanded; inline passthroughs are recognised
     */
    public record Subs(boolean specialchars, boolean attributes, boolean macros) {

        /** Paragraphs, titles, most blocks. */
        public static final Subs NORMAL = new Subs(true, true, true);
        /** Listing, literal and source blocks. */
        public static final Subs VERBATIM = new Subs(true, false, false);
        /** Passthrough and comment blocks, comment lines, delimiters. */
        public static final Subs NONE = new Subs(false, false, false);
        /** Attribute entry values. */
        static final Subs HEADER = new Subs(true, true, false);
        /** Block attribute lists: attribute references are replaced before the list is parsed. */
        static final Subs ATTRIBUTES_ONLY = new Subs(false, true, false);

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
                        ? new Subs(
                                current.specialchars && !named.specialchars,
                                current.attributes && !named.attributes,
                                current.macros && !named.macros)
                        : new Subs(
                                current.specialchars || named.specialchars,
                                current.attributes || named.attributes,
                                current.macros || named.macros);
            }
            return current == null ? this : current;
        }

        private static Subs named(String key) {
            return switch (key) {
                case "normal", "n" -> NORMAL;
                case "verbatim", "v", "specialchars", "specialcharacters", "c" -> VERBATIM;
                case "attributes" -> new Subs(false, true, false);
                case "macros", "m" -> new Subs(false, false, true);
                default -> NONE;
            };
        }
    }

    /** A classified line: what it is and which substitutions apply to it. */
    public record Line(Kind kind, Subs subs) {}

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
    private static final Pattern LIST_ITEM =
            Pattern.compile("[ \\t]*(?:(?:-|\\*{1,5}|\\.{1,5}|\\d+\\.|[a-zA-Z]\\.|[IVXivx]+\\))"
                    + "[ \\t]+\\S.*|[^ \\t].*?(?::{2,4}|;;)(?:[ \\t].*)?)");
    /** Inline passthroughs and math, where nothing is substituted. */
    private static final Pattern INLINE_VERBATIM =
            Pattern.compile("\\+\\+\\+.*?\\+\\+\\+|\\+\\+.+?\\+\\+|(?<![\\w+])\\+[^\\s+](?:.*?[^\\s+])?\\+(?![\\w+])"
                    + "|(?:pass|stem|latexmath|asciimath):[a-z,]*\\[.*?(?<!\\\\)\\]");
    /** Block styles whose content is not AsciiDoc markup. */
    private static final Set<String> VERBATIM_STYLES = Set.of("source", "listing", "literal", "pass", "comment");

    private static final Line BLANK = new Line(Kind.BLANK, Subs.NONE);
    private static final Line DELIMITER_LINE = new Line(Kind.DELIMITER, Subs.NONE);
    private static final Line COMMENT = new Line(Kind.COMMENT, Subs.NONE);
    private static final Line CONTINUATION = new Line(Kind.CONTINUATION, Subs.NONE);
    private static final Line BLOCK_ATTRIBUTES = new Line(Kind.BLOCK_ATTRIBUTES, Subs.ATTRIBUTES_ONLY);
    private static final Line TITLE = new Line(Kind.BLOCK_TITLE, Subs.NORMAL);
    private static final Line SECTION = new Line(Kind.SECTION_TITLE, Subs.NORMAL);
    private static final Line ENTRY = new Line(Kind.ATTRIBUTE_ENTRY, Subs.HEADER);

    private enum Paragraph {
        NONE,
        OPEN
    }

    private String closing;
    private Line blockLine;
    private Paragraph paragraph = Paragraph.NONE;
    private Line paragraphLine;
    private String style;
    private String subs;

    /** A scanner at the start of a text. */
    public AsciidocLines() {}

    /** What the next line of the text is and which substitutions apply to it. */
    public Line next(String line) {
        String trimmed = line.stripTrailing();
        if (closing != null) {
            if (trimmed.equals(closing)) {
                closing = null;
                return DELIMITER_LINE;
            }
            return blockLine;
        }
        if (trimmed.isEmpty()) {
            paragraph = Paragraph.NONE;
            return BLANK;
        }
        char first = trimmed.charAt(0);
        Matcher delimiter = DELIMITER_START.indexOf(first) >= 0 ? DELIMITER.matcher(trimmed) : null;
        if (delimiter != null && delimiter.matches()) {
            paragraph = Paragraph.NONE;
            open(delimiter, trimmed);
            return DELIMITER_LINE;
        }
        if (first == '[' && ATTRIBUTES.matcher(trimmed).matches()) {
            paragraph = Paragraph.NONE;
            attributes(trimmed.substring(1, trimmed.length() - 1));
            return BLOCK_ATTRIBUTES;
        }
        if (trimmed.startsWith("//") && (trimmed.length() == 2 || trimmed.charAt(2) != '/')) {
            return COMMENT;
        }
        if (trimmed.equals("+")) { // list continuation: the next line starts a block
            paragraph = Paragraph.NONE;
            return CONTINUATION;
        }
        if (paragraph == Paragraph.OPEN) {
            return paragraphLine;
        }
        if (BLOCK_TITLE.matcher(trimmed).matches()) {
            return TITLE;
        }
        if (ATTRIBUTE_ENTRY.matcher(trimmed).matches()) {
            return ENTRY;
        }
        if (SECTION_TITLE.matcher(trimmed).matches()) {
            clearAttributes();
            return SECTION;
        }
        paragraph = Paragraph.OPEN;
        Subs paragraphSubs;
        if ("comment".equals(style)) {
            clearAttributes();
            paragraphLine = COMMENT;
            return paragraphLine;
        } else if (style != null && VERBATIM_STYLES.contains(style)) {
            paragraphSubs = defaults(style).with(subs);
        } else if (Character.isWhitespace(line.charAt(0))
                && !"normal".equals(style)
                && !LIST_ITEM.matcher(line).matches()) {
            paragraphSubs = Subs.VERBATIM.with(subs);
        } else {
            paragraphSubs = Subs.NORMAL.with(subs);
        }
        paragraphLine = new Line(Kind.TEXT, paragraphSubs);
        clearAttributes();
        return paragraphLine;
    }

    /** Whether a line starts a list item ({@code * item}, {@code . step}, {@code term:: text}). */
    public static boolean isListItem(String line) {
        return LIST_ITEM.matcher(line).matches();
    }

    /**
     * The line with inline passthroughs and math ({@code +…+}, {@code ++…++}, {@code +++…+++},
     * {@code pass:[…]}, {@code stem:[…]}) blanked out, so columns stay where they are. Asciidoctor
     * recognises them where a line's substitutions include macros.
     */
    public static String maskInlinePassthroughs(String line) {
        if (line.indexOf('+') < 0
                && line.indexOf("pass:") < 0
                && line.indexOf("stem:") < 0
                && line.indexOf("math:") < 0) {
            return line; // nothing can match: checked first, the pattern is slow on long lines
        }
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

    private void open(Matcher delimiter, String line) {
        String blockStyle = style;
        String blockSubs = subs;
        clearAttributes();
        Subs content = null;
        if (delimiter.group(1) != null || delimiter.group(5) != null) {
            closing = delimiter.group(5) != null ? "```" : line;
            content = Subs.VERBATIM.with(blockSubs);
        } else if (delimiter.group(2) != null) {
            closing = line;
            content = Subs.VERBATIM.with(blockSubs);
        } else if (delimiter.group(3) != null) {
            closing = line;
            content = Subs.NONE.with(blockSubs);
        } else if (delimiter.group(4) != null || delimiter.group(6) != null && "comment".equals(blockStyle)) {
            closing = line;
            blockLine = COMMENT;
            return;
        } else if (delimiter.group(6) != null && blockStyle != null && VERBATIM_STYLES.contains(blockStyle)) {
            closing = line;
            content = defaults(blockStyle).with(blockSubs);
        }
        // any other delimiter opens or closes a block whose content is markup: nothing to track
        blockLine = content == null ? null : new Line(Kind.TEXT, content);
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
        if (value.length() >= 2
                && (value.charAt(0) == '"' || value.charAt(0) == '\'')
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
