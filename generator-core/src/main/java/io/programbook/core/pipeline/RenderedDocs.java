package io.programbook.core.pipeline;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The AsciiDoc documents of one run, by file name ({@code handbook.adoc}), sorted. Each is a
 * complete document: profile parameters are attribute entries of its header, so any AsciiDoc
 * tool converts it the same way.
 */
public record RenderedDocs(Map<String, String> documents) {

    public RenderedDocs {
        documents = Collections.unmodifiableMap(new TreeMap<>(documents));
    }
}
