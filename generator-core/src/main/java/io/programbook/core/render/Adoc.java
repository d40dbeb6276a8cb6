package io.programbook.core.render;

import java.util.Arrays;
import java.util.List;

/**
 * Escaping of plain text (names, titles, paths) for AsciiDoc, so that a user's value is shown as
 * written and can neither break a table nor turn into markup, HTML or an attribute reference.
 */
public final class Adoc {

    private Adoc() {
    }

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
        String oneLine = value.strip().replaceAll("\\s*\\R\\s*", " ");
        if (oneLine.matches("[\\p{L}\\p{N} ,.;:()'/?@-]*") && !oneLine.contains("::")) {
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

    /** Plain text of several paragraphs (separated by blank lines), each escaped like {@link #text}. */
    public static List<String> paragraphs(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.strip().split("\\R\\s*\\R")).map(Adoc::text).filter(p -> !p.isEmpty())
                .toList();
    }
}
