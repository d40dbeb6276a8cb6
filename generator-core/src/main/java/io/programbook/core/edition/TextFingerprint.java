package io.programbook.core.edition;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * Fingerprints of requirement texts, so that a statement can record which text it was reviewed
 * against without the (copyrighted) text itself. The text is normalised first (Unicode NFC, runs
 * of white space as one space, trimmed), so re-wrapping an overlay file does not make every
 * statement suspect; any change of words does.
 */
public final class TextFingerprint {

    public static final String PREFIX = "sha256:";

    private TextFingerprint() {}

    /** {@code sha256:} and the 64 lower-case hex digits of the normalised text's SHA-256. */
    public static String sha256(String text) {
        String normalised =
                Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** A short form for reports: {@code sha256:1a2b3c4d}. */
    public static String abbreviate(String fingerprint) {
        return fingerprint.length() > PREFIX.length() + 8 ? fingerprint.substring(0, PREFIX.length() + 8) : fingerprint;
    }
}
