package io.programbook.core.convert.docx;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Word's name for an anchor of the document: Word allows letters, digits and underscores, at most
 * 40 of them, so {@code sp-01-01-br} becomes {@code sp_01_01_br}, and a longer id its first 31
 * characters and a checksum of the whole. A pure function of the id: a link written before its
 * target finds the same name.
 */
final class Bookmarks {

    static final int MAX = 40;

    private Bookmarks() {}

    static String name(String id) {
        if (id == null || id.isEmpty()) {
            return "_";
        }
        StringBuilder name = new StringBuilder();
        id.codePoints()
                .forEach(c -> name.append(c < 128 && (Character.isLetterOrDigit(c) || c == '_') ? (char) c : '_'));
        if (!Character.isLetter(name.charAt(0)) && name.charAt(0) != '_') {
            name.insert(0, "b_");
        }
        if (name.length() > MAX) {
            CRC32 crc = new CRC32();
            crc.update(id.getBytes(StandardCharsets.UTF_8));
            return name.substring(0, MAX - 9) + "_" + String.format("%08x", crc.getValue());
        }
        return name.toString();
    }
}
