package io.programbook.core.convert;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import org.asciidoctor.Asciidoctor;

/**
 * A content-addressed store of Asciidoctor's conversions, kept in a folder between builds, so that
 * a document whose AsciiDoc did not change is not converted again and JRuby does not start for it.
 *
 * <p>The key of an entry is the SHA-256 of everything the conversion depends on: the AsciiDoc text,
 * the name diagnostics give the document, the attributes, the options (safe mode, backend,
 * sourcemap), the Asciidoctor and AsciidoctorJ versions and the format of this store. An entry holds
 * Asciidoctor's HTML and the warnings it logged; a conversion with errors is not stored.
 *
 * <p>An entry is never trusted blindly: it carries the SHA-256 of its content and is ignored (and
 * replaced) when that does not match, when it cannot be read, or when it is not in this format. The
 * HTML it holds is Asciidoctor's raw output and goes through the same sanitizer as a fresh
 * conversion ({@code DocumentPages}), so an edited entry cannot put a script into a page.
 *
 * <p>Bounded: after a store, the oldest entries (by last use) are removed while the folder holds
 * more than {@link #maxBytes} bytes. Writes go to a temporary file first and are moved into place,
 * so parallel builds (modules built with {@code -T}) never read a half-written entry.
 */
public final class ConversionCache {

    /** The folder's default bound: 64 MiB, about twenty times the example's four documents at 1,000 items. */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    private static final byte[] MAGIC = "programbook-conversion-cache 1\n".getBytes(StandardCharsets.US_ASCII);
    private static final String SUFFIX = ".entry";
    private static final int DIGEST_BYTES = 32;
    /** What an entry depends on besides its request: the converter's own versions. */
    private static final String ENGINE = engineVersion();

    private final Path folder;
    private final long maxBytes;

    /** A cache in this folder (made when the first entry is stored), bounded to {@link #DEFAULT_MAX_BYTES}. */
    public ConversionCache(Path folder) {
        this(folder, DEFAULT_MAX_BYTES);
    }

    public ConversionCache(Path folder, long maxBytes) {
        this.folder = folder.toAbsolutePath().normalize();
        this.maxBytes = maxBytes;
    }

    public Path folder() {
        return folder;
    }

    /** A warning Asciidoctor logged: its line in the document (0 for none) and its text. */
    public record Warning(int line, String message) {}

    /** A stored conversion. */
    public record Entry(String html, List<Warning> warnings) {

        public Entry {
            warnings = List.copyOf(warnings);
        }
    }

    /** The versions of Asciidoctor and AsciidoctorJ on the class path, read without starting JRuby. */
    static String engineVersion() {
        Properties versions = new Properties();
        try (InputStream in = Asciidoctor.class.getResourceAsStream("/META-INF/asciidoctorj-version.properties")) {
            if (in != null) {
                versions.load(in);
            }
        } catch (IOException e) {
            // no versions: every key still names the AsciidoctorJ class's location below
        }
        var source = Asciidoctor.class.getProtectionDomain().getCodeSource();
        return "asciidoctor=" + versions.getProperty("version.asciidoctor", "?") + ";asciidoctorj="
                + versions.getProperty("version.asciidoctorj", "?") + ";jar="
                + (source == null ? "?" : source.getLocation());
    }

    /**
     * The key of a conversion.
     *
     * @param options everything else the conversion depends on, by name
     */
    public static String key(
            String adoc, String sourceName, Map<String, String> attributes, Map<String, String> options) {
        MessageDigest digest = sha256();
        update(digest, "engine");
        update(digest, ENGINE);
        update(digest, "source");
        update(digest, sourceName);
        update(digest, "adoc");
        update(digest, adoc);
        for (var e : new TreeMap<>(attributes).entrySet()) {
            update(digest, "attribute");
            update(digest, e.getKey());
            update(digest, e.getValue());
        }
        for (var e : new TreeMap<>(options).entrySet()) {
            update(digest, "option");
            update(digest, e.getKey());
            update(digest, e.getValue());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update(new byte[] {
            (byte) (bytes.length >>> 24), (byte) (bytes.length >>> 16), (byte) (bytes.length >>> 8), (byte) bytes.length
        });
        digest.update(bytes);
    }

    /** The entry of a key; empty when there is none or it is damaged (a damaged entry is removed). */
    public Optional<Entry> get(String key) {
        Path file = file(key);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        Optional<Entry> entry = decode(bytes);
        if (entry.isEmpty()) {
            delete(file);
        } else {
            try {
                // the last use, for the bound; not part of any output
                Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
            } catch (IOException e) {
                // a read-only cache still answers
            }
        }
        return entry;
    }

    /** Stores an entry; a cache that cannot be written is skipped silently (it only saves time). */
    public void put(String key, Entry entry) {
        try {
            Files.createDirectories(folder);
            Path temp = Files.createTempFile(folder, "store-", ".tmp");
            try {
                Files.write(temp, encode(entry));
                try {
                    Files.move(temp, file(key), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file(key), StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
            trim();
        } catch (IOException | UncheckedIOException | SecurityException e) {
            // the next build converts again
        }
    }

    /** How many entries the folder holds. */
    public int size() {
        return entries().size();
    }

    private Path file(String key) {
        if (!key.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a cache key: " + key);
        }
        return folder.resolve(key + SUFFIX);
    }

    static byte[] encode(Entry entry) {
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(payload)) {
            out.writeInt(entry.warnings().size());
            for (Warning w : entry.warnings()) {
                out.writeInt(w.line());
                writeText(out, w.message());
            }
            writeText(out, entry.html());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] body = payload.toByteArray();
        byte[] all = new byte[MAGIC.length + DIGEST_BYTES + body.length];
        System.arraycopy(MAGIC, 0, all, 0, MAGIC.length);
        System.arraycopy(sha256().digest(body), 0, all, MAGIC.length, DIGEST_BYTES);
        System.arraycopy(body, 0, all, MAGIC.length + DIGEST_BYTES, body.length);
        return all;
    }

    static Optional<Entry> decode(byte[] bytes) {
        int head = MAGIC.length + DIGEST_BYTES;
        if (bytes.length < head || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            return Optional.empty();
        }
        byte[] body = Arrays.copyOfRange(bytes, head, bytes.length);
        if (!MessageDigest.isEqual(sha256().digest(body), Arrays.copyOfRange(bytes, MAGIC.length, head))) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(body))) {
            int count = in.readInt();
            if (count < 0 || count > body.length) {
                return Optional.empty();
            }
            List<Warning> warnings = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int line = in.readInt();
                if (line < 0) {
                    return Optional.empty();
                }
                warnings.add(new Warning(line, readText(in, body.length)));
            }
            String html = readText(in, body.length);
            if (in.available() != 0) {
                return Optional.empty();
            }
            return Optional.of(new Entry(html, warnings));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static void writeText(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readText(DataInputStream in, int limit) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > limit) {
            throw new IllegalArgumentException("bad length");
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    private List<Path> entries() {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return files;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            stream.forEach(files::add);
        } catch (IOException e) {
            return List.of();
        }
        return files;
    }

    /** Removes the least recently used entries while the folder holds more than the bound. */
    private void trim() {
        record Sized(Path file, long size, FileTime used) {}
        List<Sized> sized = new ArrayList<>();
        long total = 0;
        for (Path file : entries()) {
            try {
                long size = Files.size(file);
                sized.add(new Sized(file, size, Files.getLastModifiedTime(file)));
                total += size;
            } catch (IOException e) {
                // removed by a parallel build
            }
        }
        if (total <= maxBytes) {
            return;
        }
        sized.sort(Comparator.comparing(Sized::used).thenComparing(Sized::file));
        for (Sized s : sized) {
            if (total <= maxBytes) {
                break;
            }
            delete(s.file());
            total -= s.size();
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // another build holds it; ignored on the next read if damaged
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
