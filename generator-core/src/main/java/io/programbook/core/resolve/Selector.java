package io.programbook.core.resolve;

import io.programbook.core.model.InvalidValueException;
import io.programbook.core.model.Item;
import io.programbook.core.model.ItemId;
import java.util.regex.Pattern;

/**
 * Chooses catalogue items in a profile rule. Four kinds, from most to least specific:
 * an exact id ({@code SP.03.08 RE(2)}), the enhancements of one requirement ({@code SP.03.08 RE(*)}),
 * a functional area ({@code SP.04} or {@code SP.04.*}), and any other glob or a tag
 * ({@code SP.* BR}, {@code tag:backup}). When rules of a profile disagree about an item, the more
 * specific one decides.
 */
public sealed interface Selector permits Selector.Exact, Selector.Glob, Selector.Tag {

    /** Higher is more specific. */
    int specificity();

    boolean matches(Item item);

    /** How the selector was written. */
    String text();

    int EXACT = 3;
    int ENHANCEMENTS = 2;
    int GROUP = 1;
    int BROAD = 0;

    record Exact(ItemId id) implements Selector {
        @Override
        public int specificity() {
            return EXACT;
        }

        @Override
        public boolean matches(Item item) {
            return item.id().equals(id);
        }

        @Override
        public String text() {
            return id.toString();
        }
    }

    record Glob(String text, Pattern pattern, int specificity) implements Selector {
        @Override
        public boolean matches(Item item) {
            return pattern.matcher(item.id().toString()).matches();
        }
    }

    record Tag(String tag) implements Selector {
        @Override
        public int specificity() {
            return BROAD;
        }

        @Override
        public boolean matches(Item item) {
            return item.hasTag(tag);
        }

        @Override
        public String text() {
            return "tag:" + tag;
        }
    }

    /** Parses a selector; a malformed one is rejected with a message quoting it. */
    static Selector parse(String text) {
        String s = text.strip();
        if (s.startsWith("tag:")) {
            String tag = s.substring(4).strip();
            if (!tag.matches("[a-z0-9][a-z0-9-]*")) {
                throw new InvalidValueException(
                        "invalid tag selector \"" + text + "\"", "write tags in kebab-case: 'tag:backup'");
            }
            return new Tag(tag);
        }
        if (s.matches("[A-Z][A-Z0-9]*\\.\\d{2}")) {
            return new Glob(s, Pattern.compile(Pattern.quote(s + ".") + ".*"), GROUP);
        }
        if (!s.contains("*")) {
            try {
                return new Exact(ItemId.parse(s));
            } catch (InvalidValueException e) {
                throw new InvalidValueException("invalid selector \"" + text + "\"", e.suggestion());
            }
        }
        if (!s.matches("[A-Z0-9.*]+( (BR|RE\\((\\d+|\\*)\\)|\\*))?")) {
            throw new InvalidValueException("invalid selector \"" + text + "\"", "");
        }
        int specificity = s.matches("[A-Z][A-Z0-9]*\\.\\d{2}\\.\\d{2} RE\\(\\*\\)")
                ? ENHANCEMENTS
                : s.matches("[A-Z][A-Z0-9]*\\.\\d{2}\\.\\*") ? GROUP : BROAD;
        StringBuilder regex = new StringBuilder();
        for (String part : s.split("\\*", -1)) {
            if (regex.length() > 0) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(part));
        }
        // 'SP.09.*' must also match the enhancements ('SP.09.01 RE(1)'): '*' spans the space.
        return new Glob(s, Pattern.compile(regex.toString()), specificity);
    }
}
