package io.programbook.core.resolve;

import io.programbook.core.model.AsciidocLines;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the attribute references ({@code {name}}) in AsciiDoc that Asciidoctor would replace: where
 * a line's substitutions include {@code attributes} (paragraphs, titles, block attribute lines,
 * attribute entry values, and verbatim or passthrough blocks only with {@code subs=attributes+}),
 * not escaped ({@code \{name}}), not in inline passthroughs where macros are substituted too, and
 * not naming an attribute that an entry earlier in the same text defines ({@code :name: value}).
 * The block rules are those of the item links ({@link AsciidocLines}): comment lines and blocks,
 * listing, literal, passthrough and fenced code blocks, paragraphs and open blocks styled
 * {@code [source]}, {@code [literal]}, {@code [listing]}, {@code [pass]} or {@code [comment]}, and
 * literal (indented) paragraphs replace no attribute. Reads the text line by line without starting
 * Asciidoctor.
 */
final class ReferenceScanner {

    /** An attribute reference; group 1 is the name. Names are case-insensitive in AsciiDoc. */
    static final Pattern REFERENCE = Pattern.compile("\\{([A-Za-z0-9_][A-Za-z0-9_-]*)\\}");

    private static final Pattern ENTRY = Pattern.compile("^:(!?)([A-Za-z0-9_][A-Za-z0-9_-]*)(!?):(?:[ \\t](.*))?$");

    private ReferenceScanner() {}

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
        if (text.indexOf('{') < 0) {
            return List.of(); // the common case: no reference, no block structure to follow
        }
        List<Reference> found = new ArrayList<>();
        Set<String> defined = new HashSet<>();
        AsciidocLines blocks = new AsciidocLines();
        int lineStart = 0;
        int lineNumber = 0;
        while (lineStart <= text.length()) {
            int end = text.indexOf('\n', lineStart);
            int lineEnd = end < 0 ? text.length() : end;
            String line = text.substring(lineStart, lineEnd);
            AsciidocLines.Line kind = blocks.next(line);
            if (kind.kind() == AsciidocLines.Kind.ATTRIBUTE_ENTRY) {
                Matcher entry = ENTRY.matcher(line.stripTrailing());
                if (entry.matches()) {
                    // the value is substituted before the name is (re)defined
                    if (entry.group(4) != null) {
                        scanLine(text, line, entry.start(4), lineStart, lineNumber, false, defined, found);
                    }
                    String name = entry.group(2).toLowerCase(Locale.ROOT);
                    if (entry.group(1).isEmpty() && entry.group(3).isEmpty()) {
                        defined.add(name);
                    } else {
                        defined.remove(name);
                    }
                }
            } else if (kind.subs().attributes() && line.indexOf('{') >= 0) {
                scanLine(text, line, 0, lineStart, lineNumber, kind.subs().macros(), defined, found);
            }
            if (end < 0) {
                break;
            }
            lineStart = end + 1;
            lineNumber++;
        }
        return found;
    }

    private static void scanLine(
            String text,
            String line,
            int from,
            int lineStart,
            int lineNumber,
            boolean passthroughs,
            Set<String> defined,
            List<Reference> found) {
        String masked = passthroughs ? AsciidocLines.maskInlinePassthroughs(line) : line;
        Matcher m = REFERENCE.matcher(masked);
        m.region(from, masked.length());
        while (m.find()) {
            if (m.start() > 0 && masked.charAt(m.start() - 1) == '\\') {
                continue;
            }
            if (defined.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                continue;
            }
            found.add(new Reference(
                    m.group(1), lineNumber, m.start(), occurrencesBefore(text, m.group(), lineStart + m.start())));
        }
    }

    private static int occurrencesBefore(String text, String needle, int end) {
        int count = 0;
        for (int at = text.indexOf(needle); at >= 0 && at < end; at = text.indexOf(needle, at + 1)) {
            count++;
        }
        return count;
    }
}
