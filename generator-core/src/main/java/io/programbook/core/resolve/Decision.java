package io.programbook.core.resolve;

import io.programbook.core.diag.SourcePosition;
import io.programbook.core.text.Message;
import io.programbook.core.text.Messages;
import java.util.List;
import java.util.Objects;

/**
 * Why an item is in or out of scope, or has its target maturity: which profile and rule decided,
 * and where that rule is written. The rule is data (its kind and the selector, level or file it
 * names); documents make its words from the bundle ({@link #message()}, {@code decision.*}).
 *
 * @param kind   which kind of rule decided
 * @param values what the rule names: a selector, a selector and a level, a level, a parameter or a file
 */
public record Decision(String profile, Kind kind, List<String> values, SourcePosition at) {

    /** The kinds of rule that decide, each with its message {@code decision.<key>}. */
    public enum Kind {
        /** {@code include: [SP.04]}: one value, the selector. */
        INCLUDE("include"),
        /** {@code exclude: [{select: SP.04}]}: one value, the selector. */
        EXCLUDE("exclude"),
        /** {@code maturity: [{select: SP.09.*, level: ML3}]}: the selector and the level. */
        MATURITY("maturity"),
        /** {@code defaultMaturity: ML2}: the level. */
        DEFAULT_MATURITY("default-maturity"),
        /** {@code parameters:}: the parameter's name. */
        PARAMETER("parameter"),
        /** {@code additions:}: the additions file as written. */
        ADDITIONS("additions"),
        /** The first profile has no include rule: every item starts in scope. */
        EVERY_ITEM("every-item"),
        /** The first profile has include rules and none selects the item. */
        NOT_SELECTED("not-selected"),
        /** No profile sets a valid default maturity (a finding reports it). */
        NONE("none");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        /** The message key of the rule's words. */
        public String key() {
            return "decision." + key;
        }
    }

    public Decision {
        Objects.requireNonNull(kind, "kind");
        values = List.copyOf(values);
    }

    public static Decision include(String profile, String selector, SourcePosition at) {
        return new Decision(profile, Kind.INCLUDE, List.of(selector), at);
    }

    public static Decision exclude(String profile, String selector, SourcePosition at) {
        return new Decision(profile, Kind.EXCLUDE, List.of(selector), at);
    }

    public static Decision maturity(String profile, String selector, String level, SourcePosition at) {
        return new Decision(profile, Kind.MATURITY, List.of(selector, level), at);
    }

    public static Decision defaultMaturity(String profile, String level, SourcePosition at) {
        return new Decision(profile, Kind.DEFAULT_MATURITY, List.of(level), at);
    }

    public static Decision parameter(String profile, String name, SourcePosition at) {
        return new Decision(profile, Kind.PARAMETER, List.of(name), at);
    }

    public static Decision additions(String profile, String file, SourcePosition at) {
        return new Decision(profile, Kind.ADDITIONS, List.of(file), at);
    }

    public static Decision everyItem(String profile, SourcePosition at) {
        return new Decision(profile, Kind.EVERY_ITEM, List.of(), at);
    }

    public static Decision notSelected(String profile, SourcePosition at) {
        return new Decision(profile, Kind.NOT_SELECTED, List.of(), at);
    }

    public static Decision none(String profile, SourcePosition at) {
        return new Decision(profile, Kind.NONE, List.of(), at);
    }

    /** The rule's words, made where they are shown: {@code exclude SP.04} in English. */
    public Message message() {
        return new Message(kind.key(), List.copyOf(values));
    }

    /**
     * The rule as the build log, {@code resolved-profile.json} and {@code validation-report.json}
     * name it, in English: e.g. {@code exclude SP.04}, {@code maturity SP.09.* ML3},
     * {@code defaultMaturity ML2}, {@code every item (no include rule)}.
     */
    public String rule() {
        return ENGLISH.get(message());
    }

    private static final Messages ENGLISH = Messages.english();
}
