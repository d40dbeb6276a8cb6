package io.programbook.core.render;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Escaping of plain text (names, titles, paths) for AsciiDoc, so that a user's value is shown as
 * written and can neither break a table nor turn into markup, HTML or an attribute reference.
 */
public final class Adoc {

    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\R\\s*");
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N} ,.;:()'/?@-]*");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\R\\s*\\R");

    private Adoc() {}

    /**
     * The target of a {@code link:} macro. Only http, https and mailto addresses are ever linked
     * (the validator rejects others); {@code +} is percent-encoded so the {@code ++} quoting holds.
     */
    public static String linkTarget(String url) {
        return "++" + url.strip().replace("+", "%2B") + "++";
    }

    /** Plain text for a paragraph or a table cell. */
    public static String text(String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        String stripped = value.strip();
        String oneLine = hasLineBreak(stripped) ? LINE_BREAK.matcher(stripped).replaceAll(" ") : stripped;
        // "::" starts a block macro; "://" is an address Asciidoctor would make a link of
        if (PLAIN.matcher(oneLine).matches() && !oneLine.contains("::") && !oneLine.contains("://")) {
            return oneLine;
        }
        // A raw passthrough of text we escaped ourselves: character references work in HTML and PDF,
        // and '|' cannot split a table cell.
        StringBuilder out = new StringBuilder("pass:[");
        for (char c : oneLine.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '|' -> out.append("&#124;");
                case ']' -> out.append("&#93;");
                case '\\' -> out.append("&#92;");
                default -> out.append(c);
            }
        }
        return out.append(']').toString();
    }

    /** Whether the text has any character {@code \\R} matches (checked first: most values are one line). */
    private static boolean hasLineBreak(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n'
                    || c == '\r'
                    || c == '\u000B'
                    || c == '\f'
                    || c == '\u0085'
                    || c == '\u2028'
                    || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    /** Plain text of several paragraphs (separated by blank lines), each escaped like {@link #text}. */
    public static List<String> paragraphs(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(PARAGRAPH_BREAK.split(value.strip()))
                .map(Adoc::text)
                .filter(p -> !p.isEmpty())
                .toList();
    }
}
