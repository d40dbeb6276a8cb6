package io.programbook.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A requirement item id: {@code SP.01.01 BR} (base requirement) or {@code SP.01.01 RE(1)}
 * (enhancement 1 of that base requirement). The prefix is {@code SP} for IEC 62443-2-4 and an
 * organisation's own prefix for its additional requirements.
 *
 * @param prefix      upper-case letters and digits, starting with a letter
 * @param group       functional area number, 1..99
 * @param number      requirement number within the group, 1..99
 * @param enhancement 0 for the base requirement, n for RE(n)
 */
public record ItemId(String prefix, int group, int number, int enhancement) implements Comparable<ItemId> {

    private static final Pattern GRAMMAR =
            Pattern.compile("([A-Z][A-Z0-9]*)\\.(\\d{2})\\.(\\d{2}) (BR|RE\\((\\d{1,3})\\))");
    /** Lenient reading of the variants seen in the wild, used only to suggest the right spelling. */
    private static final Pattern LENIENT = Pattern.compile(
            "\\s*([A-Za-z][A-Za-z0-9]*)[\\s.]*(\\d{1,2})\\.(\\d{1,2})\\s*(?:(BR)|RE\\s*\\(?\\s*(\\d{1,3})\\s*\\)?)?\\s*",
            Pattern.CASE_INSENSITIVE);

    private static final Comparator<ItemId> ORDER = Comparator.comparing(ItemId::prefix)
            .thenComparingInt(ItemId::group)
            .thenComparingInt(ItemId::number)
            .thenComparingInt(ItemId::enhancement);

    public ItemId {
        if (prefix == null || !prefix.matches("[A-Z][A-Z0-9]*")) {
            throw new IllegalArgumentException("invalid id prefix: \"" + prefix + "\"");
        }
        if (group < 1 || group > 99 || number < 1 || number > 99 || enhancement < 0) {
            throw new IllegalArgumentException("id numbers out of range");
        }
    }

    /**
     * Parses the canonical form. A malformed id is rejected with a message quoting the input and, when
     * the input is a recognisable variant ({@code SP.9.2 BR}, {@code SP.01.01RE1}), the right spelling.
     */
    @JsonCreator
    public static ItemId parse(String text) {
        if (text == null) {
            throw new InvalidValueException("missing item id", "");
        }
        Matcher m = GRAMMAR.matcher(text);
        if (!m.matches()) {
            Optional<String> suggestion = suggest(text);
            throw new InvalidValueException(
                    "invalid item id \"" + text + "\"",
                    suggestion.map(s -> "did you mean '" + s + "'?").orElse(""));
        }
        int group = Integer.parseInt(m.group(2));
        int number = Integer.parseInt(m.group(3));
        if (group == 0 || number == 0) {
            throw new InvalidValueException(
                    "invalid item id \"" + text + "\": groups and requirements are numbered from 01", "");
        }
        int enhancement = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
        if (m.group(5) != null && enhancement == 0) {
            throw new InvalidValueException("invalid item id \"" + text + "\": enhancements are numbered from 1", "");
        }
        return new ItemId(m.group(1), group, number, enhancement);
    }

    public static Optional<ItemId> tryParse(String text) {
        try {
            return Optional.of(parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The canonical spelling of a recognisable variant, e.g. {@code SP.9.2 BR} gives {@code SP.09.02 BR}. */
    public static Optional<String> suggest(String text) {
        Matcher m = LENIENT.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String kind = m.group(5) != null ? "RE(" + Integer.parseInt(m.group(5)) + ")" : "BR";
        String canonical = String.format(
                Locale.ROOT,
                "%s.%02d.%02d %s",
                m.group(1).toUpperCase(Locale.ROOT),
                Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)),
                kind);
        return canonical.equals(text) ? Optional.empty() : tryParse(canonical).map(ItemId::toString);
    }

    public boolean isBaseRequirement() {
        return enhancement == 0;
    }

    /** The BR this item belongs to; a BR returns itself. */
    public ItemId baseRequirement() {
        return isBaseRequirement() ? this : new ItemId(prefix, group, number, 0);
    }

    /** The functional area, e.g. {@code SP.01}. */
    public String groupId() {
        return prefix + '.' + twoDigits(group);
    }

    /** The requirement without its kind, e.g. {@code SP.03.08}. */
    public String requirement() {
        return prefix + '.' + twoDigits(group) + '.' + twoDigits(number);
    }

    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    /** An id safe for HTML anchors and AsciiDoc block ids: {@code sp-03-08-re-2}. */
    public String anchor() {
        String base = prefix.toLowerCase(Locale.ROOT) + '-' + twoDigits(group) + '-' + twoDigits(number);
        return isBaseRequirement() ? base + "-br" : base + "-re-" + enhancement;
    }

    @JsonValue
    @Override
    public String toString() {
        return requirement() + (isBaseRequirement() ? " BR" : " RE(" + enhancement + ")");
    }

    @Override
    public int compareTo(ItemId other) {
        return ORDER.compare(this, other);
    }
}
