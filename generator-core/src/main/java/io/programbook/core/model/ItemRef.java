package io.programbook.core.model;

import io.programbook.core.diag.SourcePosition;

/**
 * An item id as written in a document, with where it was written. {@link ItemLinks} finds the
 * {@code req:[…]} links of a text.
 */
public record ItemRef(ItemId id, SourcePosition at) {}
