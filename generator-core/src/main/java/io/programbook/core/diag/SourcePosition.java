package io.programbook.core.diag;

import java.util.Objects;

/**
 * Where a finding points: a file shown relative to the project base directory, with a 1-based
 * line and column. Line and column are 0 when the finding concerns the file as a whole.
 */
public record SourcePosition(String file, int line, int column) {

    public SourcePosition {
        Objects.requireNonNull(file, "file");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column are 1-based, or 0 for the whole file");
        }
    }

    public static SourcePosition of(String file, int line, int column) {
        return new SourcePosition(file, line, column);
    }

    public static SourcePosition wholeFile(String file) {
        return new SourcePosition(file, 0, 0);
    }

    /** {@code file:line:column}, or just {@code file} for a whole-file position. */
    @Override
    public String toString() {
        return line == 0 ? file : file + ":" + line + ":" + column;
    }
}
