package io.programbook.core.model;

import io.programbook.core.diag.SourcePosition;
import java.util.regex.Pattern;

/** An item id as written in a document, with where it was written. */
public record ItemRef(ItemId id, SourcePosition at) {

    /** The inline macro that links an item in statements and procedures: {@code req:[SP.01.01 BR]}. */
    public static final Pattern LINK = Pattern.compile("req:\\[([^\\]]*)\\]");
}
