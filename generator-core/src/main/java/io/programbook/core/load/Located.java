package io.programbook.core.load;

import io.programbook.core.diag.SourcePosition;

/** A value bound from YAML together with where it was written, so later stages can point at it. */
public record Located<T>(T value, YamlDocument.Located at) {

    public SourcePosition position() {
        return at.at();
    }

    public SourcePosition position(String relativePointer) {
        return at.at(relativePointer);
    }
}
