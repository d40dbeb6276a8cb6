package io.programbook.core.output;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** The files of one run, by name, collected in memory before anything is written. */
public final class OutputFiles {

    private final Map<String, byte[]> files = new TreeMap<>();

    public void text(String name, String content) {
        bytes(name, content.getBytes(StandardCharsets.UTF_8));
    }

    public void bytes(String name, byte[] content) {
        if (files.putIfAbsent(name, content.clone()) != null) {
            throw new IllegalStateException("two outputs write " + name);
        }
    }

    /** The files, sorted by name. */
    public Map<String, byte[]> all() {
        return Collections.unmodifiableMap(files);
    }

    /** A file's text, for outputs built on another's (HTML from AsciiDoc). */
    public String textOf(String name) {
        byte[] content = files.get(name);
        if (content == null) {
            throw new IllegalStateException(name + " was not written before it was needed");
        }
        return new String(content, StandardCharsets.UTF_8);
    }
}
