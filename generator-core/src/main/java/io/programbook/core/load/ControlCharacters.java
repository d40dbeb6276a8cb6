package io.programbook.core.load;

import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.Rule;
import io.programbook.core.diag.SourcePosition;

/**
 * Control characters in a program's text: every C0 control but tab, line feed and carriage return,
 * DEL, and the C1 controls. None may reach a document (an AsciiDoc file, an HTML page, a CSV cell),
 * so each is an error at its position.
 */
final class ControlCharacters {

    private static final String[] C0 = {
        "NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "HT", "LF", "VT", "FF", "CR", "SO", "SI", "DLE",
        "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB", "ESC", "FS", "GS", "RS", "US"
    };

    private ControlCharacters() {}

    static boolean isControl(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F;
    }

    static boolean contains(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** {@code U+0000 (NUL)}. */
    static String describe(char c) {
        String code = String.format("U+%04X", (int) c);
        return c < 0x20 ? code + " (" + C0[c] + ")" : c == 0x7F ? code + " (DEL)" : code;
    }

    /** The first control character of a text, described. */
    static String first(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return describe(text.charAt(i));
            }
        }
        throw new IllegalArgumentException("no control character");
    }

    /**
     * Reports each control character of a file's text at its line and column, and gives the text with
     * each replaced by a space, so that the rest of the file can still be checked (columns unchanged).
     */
    static String check(String text, String file, Diagnostics diagnostics) {
        if (!contains(text)) {
            return text;
        }
        StringBuilder cleaned = new StringBuilder(text.length());
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c)) {
                diagnostics.error(
                        Rule.CONTROL_CHARACTER,
                        SourcePosition.of(file, line, column),
                        "the file holds the control character " + describe(c),
                        "delete the character (an editor that shows invisible characters finds it)");
                cleaned.append(' ');
            } else {
                cleaned.append(c);
            }
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return cleaned.toString();
    }
}
