package io.programbook.core.model;

import static io.programbook.core.model.MissingFieldException.requireText;

import java.util.regex.Pattern;

/**
 * The last review of a statement: the catalogue edition it was checked against and, when the
 * program uses a licensed text overlay, the fingerprint of the item text that was read. When the
 * program later follows a newer edition in which the item changed, or the overlay text differs
 * from the fingerprint, the statement is suspect until it is reviewed again.
 *
 * @param edition     an edition of the program's catalogue, e.g. {@code 2023} or {@code 2015+AMD1:2017}
 * @param fingerprint {@code sha256:} and 64 lower-case hex digits, or empty
 */
public record Review(String edition, String fingerprint) {

    private static final Pattern FINGERPRINT = Pattern.compile("sha256:[0-9a-f]{64}");

    public Review {
        edition = requireText(edition, "edition").strip();
        fingerprint = Lists.text(fingerprint);
        if (!fingerprint.isEmpty() && !FINGERPRINT.matcher(fingerprint).matches()) {
            throw new InvalidValueException(
                    "invalid text fingerprint \"" + fingerprint + "\"",
                    "write 'sha256:' and 64 lower-case hex digits, as the gap report prints it for the item");
        }
    }

    public boolean hasFingerprint() {
        return !fingerprint.isEmpty();
    }
}
