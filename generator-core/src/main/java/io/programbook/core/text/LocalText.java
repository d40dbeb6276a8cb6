package io.programbook.core.text;

import java.util.Locale;

/**
 * Text Programbook ships in English with translations of its own beside it (the change notes of an
 * edition mapping): a value for a message's argument whose words follow the documents' language.
 * {@link Messages#get(String, Object...)} puts in the words of its locale; English and the
 * pseudo-locale get the English as written.
 */
public interface LocalText {

    /** The English words, as tools and the build log show them. */
    String english();

    /** The words in a locale's language; the English where that language has none. */
    String in(Locale locale);
}
