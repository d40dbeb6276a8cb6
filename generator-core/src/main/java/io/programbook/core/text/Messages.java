package io.programbook.core.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Every word a document prints: one message bundle per language ({@value #BUNDLE}, English in the
 * base file), with the locale's formats for dates and numbers. Keys are dotted and grouped by where
 * they are used ({@code handbook.*}, {@code matrix.column.*}, {@code status.*}, {@code gap.*}).
 *
 * <p>Messages are {@link MessageFormat} patterns, always: a literal apostrophe is written twice
 * ({@code ''}), with or without arguments. The bundle never falls back to the JVM's default locale,
 * so the same request gives the same words on every machine.
 *
 * <p>{@link #pseudo()} wraps and accents every message, so a build in that locale shows at a glance
 * (and to a test) any word that does not come from the bundle.
 */
public final class Messages {

    /** The bundle's base name on the class path (the programbook-templates jar). */
    public static final String BUNDLE = "programbook.messages.messages";

    /** The locale of the pseudo-localised build; its messages come from the English bundle. */
    public static final Locale PSEUDO = Locale.forLanguageTag("en-XA");

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle bundle;
    private final boolean pseudo;

    private Messages(Locale locale, ResourceBundle bundle, boolean pseudo) {
        this.locale = locale;
        this.bundle = bundle;
        this.pseudo = pseudo;
    }

    /** The messages of a locale; a language without a bundle of its own gets English. */
    public static Messages of(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        if (PSEUDO.equals(locale)) {
            return pseudo();
        }
        return new Messages(
                locale, ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(), NO_FALLBACK), false);
    }

    /** English. */
    public static Messages english() {
        return of(Locale.ENGLISH);
    }

    /** English words, each wrapped in {@code ⟦…⟧} with its letters accented. */
    public static Messages pseudo() {
        return new Messages(
                PSEUDO,
                ResourceBundle.getBundle(BUNDLE, Locale.ROOT, Messages.class.getClassLoader(), NO_FALLBACK),
                true);
    }

    public Locale locale() {
        return locale;
    }

    /** The BCP 47 tag of the documents' language, for {@code lang} attributes and PDF metadata. */
    public String languageTag() {
        return locale.toLanguageTag();
    }

    /** Whether the bundle has this key. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /**
     * The message of a key, with its arguments formatted for the locale.
     *
     * @throws IllegalArgumentException when the key is not in the bundle: a programming error
     */
    public String get(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no message '" + key + "' in " + BUNDLE, e);
        }
        String text = new MessageFormat(pattern, formatLocale()).format(arguments);
        return pseudo ? Pseudo.wrap(text) : text;
    }

    /**
     * A date as the documents of this language write it, in running text and tables: the pattern of
     * the bundle's {@code format.date} ({@link DateTimeFormatter} syntax; English keeps ISO 8601,
     * 2026-10-01, which every reader of an international standard reads the same way).
     */
    public String date(LocalDate date) {
        return DateTimeFormatter.ofPattern(bundle.getString("format.date"), formatLocale())
                .format(date);
    }

    /**
     * A number with a fixed count of decimals, rounded half up, with the locale's decimal
     * separator (English 76.6, German 76,6).
     */
    public String decimal(double value, int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(formatLocale());
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        format.setGroupingUsed(false);
        return format.format(round(value, decimals));
    }

    /** Rounds half up (69.565 → 69.6), not down and not to even. */
    public static double round(double value, int decimals) {
        return BigDecimal.valueOf(value)
                .setScale(decimals, RoundingMode.HALF_UP)
                .doubleValue();
    }

    private Locale formatLocale() {
        return pseudo ? Locale.ENGLISH : locale;
    }

    /** The pseudo-locale's transformation. */
    static final class Pseudo {

        private static final String PLAIN = "AaCcEeIiNnOoUuYy";
        private static final String ACCENTED = "ÅåÇçÉéÎîÑñÖöÛûÝý";

        private Pseudo() {}

        static String wrap(String text) {
            StringBuilder out = new StringBuilder(text.length() + 2).append('⟦');
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                int at = PLAIN.indexOf(c);
                out.append(at < 0 ? c : ACCENTED.charAt(at));
            }
            return out.append('⟧').toString();
        }
    }
}
