package io.programbook.core.load;

import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.Rule;
import io.programbook.core.diag.SourcePosition;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;

/** Reads input files as strict UTF-8 with a size limit, reporting problems as diagnostics. */
public final class TextReader {

    /** Far above any real program file; stops a huge file before it fills the heap. */
    public static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

    private TextReader() {}

    public static Optional<String> read(SourceFile source, Diagnostics diagnostics) {
        byte[] bytes;
        try {
            if (source.path() == null) {
                bytes = readResource(source.displayName().substring("classpath:".length()));
            } else {
                long size = Files.size(source.path());
                if (size > MAX_FILE_BYTES) {
                    diagnostics.error(
                            Rule.FILE_TOO_LARGE,
                            SourcePosition.wholeFile(source.displayName()),
                            "file is " + size + " bytes, more than the limit of " + MAX_FILE_BYTES);
                    return Optional.empty();
                }
                bytes = Files.readAllBytes(source.path());
            }
        } catch (IOException e) {
            diagnostics.error(
                    Rule.FILE_UNREADABLE,
                    SourcePosition.wholeFile(source.displayName()),
                    "cannot read the file: " + e.getMessage());
            return Optional.empty();
        }
        return decode(bytes, source, diagnostics)
                .map(text -> ControlCharacters.check(text, source.displayName(), diagnostics));
    }

    static Optional<String> decode(byte[] bytes, SourceFile source, Diagnostics diagnostics) {
        int start =
                bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                        ? 3
                        : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return Optional.of(decoder.decode(buffer).toString());
        } catch (CharacterCodingException e) {
            String file = source.displayName();
            if (bytes.length >= 2
                    && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                            || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
                diagnostics.error(
                        Rule.FILE_ENCODING,
                        SourcePosition.wholeFile(file),
                        "the file is UTF-16 (it starts with the byte order mark " + hex(bytes[0]) + " " + hex(bytes[1])
                                + "), not UTF-8",
                        "save the file as UTF-8");
                return Optional.empty();
            }
            int offset = firstInvalidOffset(bytes, start);
            diagnostics.error(
                    Rule.FILE_ENCODING,
                    position(bytes, start, offset, file),
                    "the file is not valid UTF-8: invalid byte 0x" + hex(bytes[offset]) + " at byte offset " + offset,
                    "save the file as UTF-8 (the byte is probably a character written in another encoding, such as Windows-1252)");
            return Optional.empty();
        }
    }

    private static String hex(byte b) {
        return String.format("%02X", b & 0xFF);
    }

    /** Line and column of the first invalid byte; the column counts the characters before it on its line. */
    private static SourcePosition position(byte[] bytes, int start, int offset, String file) {
        int line = 1;
        int lineStart = start;
        for (int i = start; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8).length() + 1;
        return SourcePosition.of(file, line, column);
    }

    private static int firstInvalidOffset(byte[] bytes, int start) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        decoder.decode(in, out, true);
        return Math.min(in.position(), bytes.length - 1);
    }

    private static byte[] readResource(String name) throws IOException {
        try (InputStream in = TextReader.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("no such resource: " + name);
            }
            return in.readAllBytes();
        }
    }
}
