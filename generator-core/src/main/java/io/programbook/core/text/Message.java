package io.programbook.core.text;

import java.util.List;
import java.util.Objects;

/**
 * A message held as data: a bundle key and the values it is formatted with. What is computed (a gap,
 * a finding) carries one of these, not an English sentence; {@link Messages#get(Message)} makes the
 * sentence in the reader's language where it is shown.
 *
 * @param key       the bundle key
 * @param arguments the values for the pattern's {@code {0}}, {@code {1}} …: strings, numbers, dates
 *                  ({@link java.time.LocalDate}, formatted for the locale), nested messages or
 *                  {@link LocalText} (shipped text with translations, in the locale's words)
 */
public record Message(String key, List<Object> arguments) {

    public Message {
        Objects.requireNonNull(key, "key");
        arguments = List.copyOf(arguments);
    }

    public static Message of(String key, Object... arguments) {
        return new Message(key, List.of(arguments));
    }
}
