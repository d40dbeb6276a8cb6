package io.programbook.core.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
        Object[] formatted = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            Object argument = arguments[i];
            formatted[i] = argument instanceof LocalDate d
                    ? date(d)
                    : argument instanceof Message m
                            ? get(m)
                            : argument instanceof LocalText t ? t.in(locale) : argument;
        }
        if (!pseudo) {
            return new MessageFormat(pattern, formatLocale()).format(formatted);
        }
        return "⟦" + new MessageFormat(Pseudo.accent(pattern), formatLocale()).format(formatted) + "⟧";
    }

    /** The sentence of a message held as data (a key and its values). */
    public String get(Message message) {
        return get(message.key(), message.arguments().toArray());
    }

    /**
     * A list of messages as one: {@code a, b, c} in English ({@code common.list} joins two).
     *
     * @throws IllegalArgumentException for an empty list
     */
    public static Message list(List<Message> items) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("an empty list has no words");
        }
        Message joined = items.get(items.size() - 1);
        for (int i = items.size() - 2; i >= 0; i--) {
            joined = Message.of("common.list", items.get(i), joined);
        }
        return joined;
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

    /**
     * A percentage as documents show it, {@code 69.6 %}, or {@code –} without one (nothing applies).
     * The value is already rounded once, by the trace's {@code CoverageSummary.percent}.
     */
    public String percent(Double value) {
        return value == null ? get("common.percent.none") : get("common.percent", decimal(value, 1));
    }

    /**
     * A coverage with the numbers behind it: {@code 76.6 % (82 of 107 applicable items)}, or
     * {@code no applicable items} when nothing applies.
     */
    public String coverage(Double value, int covered, int applicable) {
        return value == null
                ? get("common.coverage.none")
                : get("common.coverage", decimal(value, 1), covered, applicable);
    }

    /** Rounds half up (69.565 → 69.6), not down and not to even. */
    public static double round(double value, int decimals) {
        return BigDecimal.valueOf(value)
                .setScale(decimals, RoundingMode.HALF_UP)
                .doubleValue();
    }

    /** The locale of dates, numbers and separators (English for the pseudo-locale). */
    public Locale formatLocale() {
        return pseudo ? Locale.ENGLISH : locale;
    }

    /** The pseudo-locale's transformation. */
    static final class Pseudo {

        private static final String PLAIN = "AaCcEeIiNnOoUuYy";
        private static final String ACCENTED = "ÅåÇçÉéÎîÑñÖöÛûÝý";

        private Pseudo() {}

        /**
         * Accents the literal text of a {@link MessageFormat} pattern and leaves its {@code {…}}
         * arguments alone, so the values put into a message (a user's title, an anchor, a path) stay
         * as they are; quoted text ({@code '{'}) is literal text.
         */
        static String accent(String pattern) {
            StringBuilder out = new StringBuilder(pattern.length());
            boolean quoted = false;
            int depth = 0;
            int literalUntil = -1;
            for (int i = 0; i < pattern.length(); i++) {
                char c = pattern.charAt(i);
                if (i > literalUntil) {
                    literalUntil = markup(pattern, i);
                }
                if (c == '\'') {
                    quoted = !quoted;
                } else if (!quoted && c == '{') {
                    depth++;
                } else if (!quoted && c == '}') {
                    depth--;
                }
                out.append(depth == 0 && i > literalUntil ? accent(c) : c);
            }
            return out.toString();
        }

        /**
         * Where AsciiDoc markup that must keep its letters ends, if it starts at {@code at}: the
         * target of a cross reference ({@code <<excluded-items,}) or a macro's name and target
         * ({@code xref:handbook.adoc[}); else {@code at - 1}. The link texts stay accented.
         */
        private static int markup(String pattern, int at) {
            if (pattern.startsWith("<<", at)) {
                int end = pattern.indexOf(">>", at);
                int comma = pattern.indexOf(',', at);
                return end < 0 ? at - 1 : comma >= 0 && comma < end ? comma : end;
            }
            Matcher macro = MACRO.matcher(pattern).region(at, pattern.length());
            return (at == 0 || !Character.isLetter(pattern.charAt(at - 1))) && macro.lookingAt()
                    ? macro.end() - 1
                    : at - 1;
        }

        private static final Pattern MACRO = Pattern.compile("[a-z]+:[^\\s\\[]*\\[");

        private static char accent(char c) {
            int at = PLAIN.indexOf(c);
            return at < 0 ? c : ACCENTED.charAt(at);
        }
    }
}
