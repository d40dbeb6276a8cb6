package io.programbook.core.evidence;

import io.programbook.core.diag.SourcePosition;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One record of the evidence register: a file of the program folder, an address or a record kept
 * elsewhere (described in words), however many
 * statements cite it, with what the statements declare about it and, for a file, what it holds now.
 *
 * @param id         the declared id, or the one derived from the location ({@link EvidenceIds})
 * @param title      the title of its first citation
 * @param kind       a file, an address or a record kept elsewhere
 * @param location   the file path relative to the program folder (with {@code /}), the address, or the
 *                   description of where the record is kept (plain text, whitespace collapsed)
 * @param owner      the role id that keeps it; empty when none is declared
 * @param date       the newest date its citations give; null when undated
 * @param validUntil the last day it counts, as declared; null when only the age limit applies
 * @param items      the item ids of the statements that cite it, in catalogue order of first citation
 * @param size       the file's size in bytes; empty for an address, a record or a file that does not exist
 * @param sha256     the file's SHA-256 now; empty for an address, a record or a file that does not exist
 * @param recorded   the SHA-256 a citation recorded as reviewed; empty when none
 * @param shareable  whether it may be given to asset owners and assessors
 * @param internal   an address on a host the program declares internal (available on request)
 * @param at         its first citation in the statements (the entry's first line)
 */
public record EvidenceRecord(
        String id,
        String title,
        Kind kind,
        String location,
        String owner,
        LocalDate date,
        LocalDate validUntil,
        List<String> items,
        Optional<Long> size,
        String sha256,
        String recorded,
        boolean shareable,
        boolean internal,
        SourcePosition at) {

    /** What an evidence record is. */
    public enum Kind {
        FILE("file"),
        URL("url"),
        /** A record that is neither a file nor an address: a paper log, a form in a binder, a system entry. */
        RECORD("record");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        /** The stable spelling in tables: {@code file}, {@code url}, {@code record}. */
        public String code() {
            return code;
        }
    }

    public EvidenceRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        items = List.copyOf(items);
        Objects.requireNonNull(size, "size");
    }

    /** A file that exists in the program folder. */
    public boolean present() {
        return kind == Kind.FILE && size.isPresent();
    }

    /** A recorded hash that the file no longer has. */
    public boolean changed() {
        return present() && !recorded.isEmpty() && !recorded.equals(sha256);
    }

    /** The path of a file in the assessor package: under {@value EvidencePackage#FOLDER}. */
    public String packagePath() {
        return EvidencePackage.FOLDER + location;
    }

    /**
     * The relative address of the file in the assessor package, each path segment percent-encoded
     * but for letters, digits and {@code . _ ~ -}.
     */
    public String packageHref() {
        StringBuilder href = new StringBuilder();
        for (byte b : packagePath().getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c == '/'
                    || c == '.'
                    || c == '_'
                    || c == '~'
                    || c == '-'
                    || (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')) {
                href.append(c);
            } else {
                href.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
            }
        }
        return href.toString();
    }

    /** Whether the assessor package holds the file: shareable and present. */
    public boolean packaged() {
        return present() && shareable;
    }
}
