package io.programbook.core.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The assessor package, {@value #FILE}: the run's documents at its root, the shareable evidence files
 * under {@value #FOLDER} at their path in the program folder (where the documents link to them), and
 * {@value #MANIFEST}, the SHA-256 of every other entry in the format {@code sha256sum -c} reads.
 * Its bytes depend on the contents only: entries sorted by name, each dated the program's date (or
 * 1980-01-01 without one) and no other time, no comment.
 */
public final class EvidencePackage {

    public static final String FILE = "evidence-package.zip";
    /** Where the evidence files are in the package, and where the documents link to them. */
    public static final String FOLDER = "evidence-files/";

    public static final String MANIFEST = "MANIFEST.sha256";

    private static final LocalDate NO_DATE = LocalDate.of(1980, 1, 1);

    private EvidencePackage() {}

    /**
     * The package's bytes.
     *
     * @param entries every entry by its path in the package (documents and evidence files)
     * @param date    the date of every entry; empty for 1980-01-01
     */
    public static byte[] write(Map<String, byte[]> entries, Optional<LocalDate> date) {
        SortedMap<String, byte[]> sorted = new TreeMap<>(entries);
        StringBuilder manifest = new StringBuilder();
        sorted.forEach((name, bytes) ->
                manifest.append(sha256(bytes)).append("  ").append(name).append('\n'));
        sorted.put(MANIFEST, manifest.toString().getBytes(StandardCharsets.UTF_8));
        LocalDateTime time = date.filter(d -> d.getYear() >= 1980 && d.getYear() < 2100)
                .orElse(NO_DATE)
                .atStartOfDay();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            zip.setLevel(9);
            for (Map.Entry<String, byte[]> entry : sorted.entrySet()) {
                ZipEntry zipEntry = new ZipEntry(entry.getKey());
                zipEntry.setTimeLocal(time);
                zip.putNextEntry(zipEntry);
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
