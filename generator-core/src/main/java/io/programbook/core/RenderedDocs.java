package io.programbook.core;

import java.util.Map;

/**
 * The AsciiDoc documents of one run, by file name ({@code handbook.adoc}), in a stable order, and
 * the document attributes (profile parameters) every conversion gets.
 */
public record RenderedDocs(Map<String, String> documents, Map<String, String> attributes, String title) {

    public RenderedDocs {
        documents = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(documents));
        attributes = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(attributes));
    }
}
