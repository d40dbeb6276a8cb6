package io.programbook.core;

import java.util.Locale;

/** Formats the generator can write. AsciiDoc is always written: every other format is made from it. */
public enum OutputFormat {
    ADOC,
    HTML;

    public static OutputFormat parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown output format '" + text + "'; valid formats: adoc, html", e);
        }
    }
}
