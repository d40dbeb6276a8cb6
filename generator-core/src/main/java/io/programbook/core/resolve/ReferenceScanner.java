package io.programbook.core.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the attribute references ({@code {name}}) in AsciiDoc that Asciidoctor would replace: not
 * escaped ({@code \{name}}), not in comments, listing, literal or passthrough blocks, not in inline
 * passthroughs, and not naming an attribute that an entry earlier in the same text defines
 * ({@code :name: value}). Reads the text line by line without starting Asciidoctor.
 */
final class ReferenceScanner {

    /** An attribute reference; group 1 is the name. Names are case-insensitive in AsciiDoc. */
    static final Pattern REFERENCE = Pattern.compile("\\{([A-Za-z0-9_][A-Za-z0-9_-]*)\\}");

    private static final Pattern ENTRY = Pattern.compile("^:(!?)([A-Za-z0-9_][A-Za-z0-9_-]*)(!?):(?:\\s.*)?$");
    private static final Pattern DELIMITER = Pattern.compile("^(/{4,}|-{4,}|\\.{4,}|\\+{4,}|```.*)$");
    /** Inline passthroughs and math, where no attribute is replaced; masked before scanning. */
    private static final Pattern VERBATIM = Pattern.compile(
            "\\+\\+\\+.*?\\+\\+\\+|\\+\\+.+?\\+\\+|(?<![\\w+])\\+[^\\s+](?:.*?[^\\s+])?\\+(?![\\w+])"
                    + "|(?:pass|stem|latexmath|asciimath):[a-z,]*\\[.*?(?<!\\\\)\\]");

    private ReferenceScanner() {
    }

    /**
     * A reference as written.
     *
     * @param name    as written (compare case-insensitively)
     * @param line    0-based line of the text
     * @param column  0-based column of the opening brace
     * @param ordinal how many times exactly {@code {name}} occurs in the text before this one, counting
     *                escaped and skipped occurrences too: it finds the reference again in a source file
     *                whose layout differs from the text (YAML block scalars, quoting)
     */
    record Reference(String name, int line, int column, int ordinal) {

        String written() {
            return "{" + name + "}";
        }
    }

    static List<Reference> scan(String source) {
        String text = source.replace("\r\n", "\n").replace('\r', '\n');
        List<Reference> found = new ArrayList<>();
        Set<String> defined = new HashSet<>();
        String[] lines = text.split("\n", -1);
        String openBlock = null;
        int offset = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int lineStart = offset;
            offset += line.length() + 1;
            String trimmed = line.stripTrailing();
            if (openBlock != null) {
                if (trimmed.equals(openBlock) || openBlock.startsWith("```") && trimmed.equals("```")) {
                    openBlock = null;
                }
                continue;
            }
            char first = trimmed.isEmpty() ? ' ' : trimmed.charAt(0);
            if ("/-.+`".indexOf(first) >= 0 && DELIMITER.matcher(trimmed).matches()) {
                openBlock = trimmed;
                continue;
            }
            if (trimmed.startsWith("//")) {
                continue;
            }
            Matcher entry = ENTRY.matcher(trimmed);
            if (first == ':' && entry.matches()) {
                String name = entry.group(2).toLowerCase(Locale.ROOT);
                if (entry.group(1).isEmpty() && entry.group(3).isEmpty()) {
                    defined.add(name);
                } else {
                    defined.remove(name);
                }
                continue;
            }
            if (line.indexOf('{') < 0) {
                continue; // the common case: no reference on this line, nothing to mask
            }
            String masked = mask(line);
            Matcher m = REFERENCE.matcher(masked);
            while (m.find()) {
                if (m.start() > 0 && masked.charAt(m.start() - 1) == '\\') {
                    continue;
                }
                if (defined.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                    continue;
                }
                found.add(new Reference(m.group(1), i, m.start(), occurrencesBefore(text, m.group(), lineStart + m.start())));
            }
        }
        return found;
    }

    /** The line with inline passthroughs blanked out, so columns stay where they are. */
    private static String mask(String line) {
        if (line.indexOf('+') < 0 && line.indexOf("pass:") < 0 && line.indexOf("stem:") < 0 && line.indexOf("math:") < 0) {
            return line; // nothing VERBATIM can match: checked first, the pattern is slow on long lines
        }
        Matcher m = VERBATIM.matcher(line);
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
}
