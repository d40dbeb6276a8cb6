package io.programbook.core.api;

import java.util.Locale;

/**
 * Formats the generator can write. AsciiDoc is always written: every other format is made from it.
 * HTML is the fast inner loop; PDF is made from the same HTML, only when asked. DOCX (Word) is made
 * from the same AsciiDoc, for every document that has pages (a PDF).
 */
public enum OutputFormat {
    ADOC,
    HTML,
    PDF,
    DOCX;

    public static OutputFormat parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "unknown output format '" + text + "'; valid formats: adoc, html, pdf, docx", e);
        }
    }
}
