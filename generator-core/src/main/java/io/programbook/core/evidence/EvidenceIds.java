package io.programbook.core.evidence;

import io.programbook.core.model.Evidence;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Evidence ids: as declared ({@code id:}), or derived from the record's location, so that the same
 * record keeps its id from one run to the next whatever else the program cites: {@code EV-} and the
 * file's name without its extension, the address's last path segment (its host when it has no
 * path), or, for a record kept elsewhere, the first words of its description (up to
 * {@value #MAX_RECORD_SLUG} characters, cut between words), in lower case with every other character
 * than letters and digits as a hyphen.
 */
public final class EvidenceIds {

    /** What a declared id may be: letters, digits, {@code .}, {@code _} and {@code -}, starting with a letter or digit. */
    public static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,79}");

    private static final String PREFIX = "EV-";
    private static final int MAX_SLUG = 60;
    static final int MAX_RECORD_SLUG = 40;

    private EvidenceIds() {}

    /** The id of an entry: declared, else derived. */
    public static String of(Evidence evidence) {
        return evidence.id().isEmpty() ? derive(evidence) : evidence.id();
    }

    /** The id derived from an entry's location. */
    public static String derive(Evidence evidence) {
        if (evidence.fileBased()) {
            String name = evidence.file().replace('\\', '/');
            name = name.substring(name.lastIndexOf('/') + 1);
            int dot = name.lastIndexOf('.');
            return PREFIX + slug(dot > 0 ? name.substring(0, dot) : name);
        }
        if (evidence.recordBased()) {
            return PREFIX + recordSlug(evidence.record());
        }
        String url = evidence.url();
        if (url.regionMatches(true, 0, "mailto:", 0, 7)) {
            return PREFIX + slug(url.substring(7));
        }
        try {
            URI uri = new URI(url);
            String path = uri.getPath() == null ? "" : uri.getPath();
            String[] segments = path.split("/");
            for (int i = segments.length - 1; i >= 0; i--) {
                if (!slug(segments[i]).isEmpty()) {
                    return PREFIX + slug(segments[i]);
                }
            }
            return PREFIX + slug(uri.getHost() == null ? url : uri.getHost());
        } catch (URISyntaxException e) {
            return PREFIX + slug(url);
        }
    }

    /** A location's host, lower case; empty for a file, a mail address or an address without one. */
    public static String host(Evidence evidence) {
        if (!evidence.urlBased() || evidence.url().regionMatches(true, 0, "mailto:", 0, 7)) {
            return "";
        }
        try {
            String host = new URI(evidence.url()).getHost();
            return host == null ? "" : host.toLowerCase(Locale.ROOT);
        } catch (URISyntaxException e) {
            return "";
        }
    }

    /**
     * A description's slug, cut after the last whole word that fits in {@value #MAX_RECORD_SLUG}
     * characters (within a word only when the first word alone is longer).
     */
    static String recordSlug(String description) {
        String slug = slug(description);
        if (slug.length() <= MAX_RECORD_SLUG) {
            return slug.isEmpty() ? "record" : slug;
        }
        int cut = slug.lastIndexOf('-', MAX_RECORD_SLUG);
        return cut > 0 ? slug.substring(0, cut) : slug.substring(0, MAX_RECORD_SLUG);
    }

    static String slug(String text) {
        String slug =
                text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG).replaceAll("-+$", "");
        }
        return slug;
    }
}
