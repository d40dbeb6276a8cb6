package io.programbook.core.convert.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites an Office package so that the same content gives the same bytes: POI stamps every zip
 * entry with the current time and writes the parts in the order it happened to create them. Here
 * the content types come first, then the package relationships, then every other part by name;
 * every entry has one fixed time and no extra fields; every part is deflated at one level.
 */
final class StablePackage {

    /** The time of every entry: a fixed date inside the DOS range, so no extended timestamp is written. */
    static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private StablePackage() {}

    /**
     * The package's parts in a fixed order with fixed entry times.
     *
     * @param edits per part name, a change to its bytes (e.g. the numbering definitions added)
     */
    static byte[] rewrite(byte[] zip, Map<String, UnaryOperator<byte[]>> edits) {
        Map<String, byte[]> parts = new TreeMap<>(StablePackage::compare);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.isDirectory()) {
                    parts.put(entry.getName(), in.readAllBytes());
                }
            }
            edits.forEach((name, edit) -> parts.computeIfPresent(name, (n, bytes) -> edit.apply(bytes)));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length);
            try (ZipOutputStream out = new ZipOutputStream(bytes)) {
                out.setLevel(Deflater.DEFAULT_COMPRESSION);
                for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                    ZipEntry entry = new ZipEntry(part.getKey());
                    entry.setTimeLocal(ENTRY_TIME);
                    out.putNextEntry(entry);
                    out.write(part.getValue());
                    out.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rewrite the Word package", e);
        }
    }

    private static int compare(String a, String b) {
        int rank = Integer.compare(rank(a), rank(b));
        return rank != 0 ? rank : a.compareTo(b);
    }

    private static int rank(String name) {
        return switch (name) {
            case "[Content_Types].xml" -> 0;
            case "_rels/.rels" -> 1;
            default -> 2;
        };
    }
}
