package io.programbook.core.load;

import java.nio.file.Path;

/**
 * An input file: where it is, and how diagnostics name it (relative to the project base
 * directory, or {@code classpath:...} for bundled data).
 *
 * @param path the file on disk, or null for a bundled resource
 */
public record SourceFile(Path path, String displayName) {

    public static SourceFile of(Path file, Path baseDir) {
        Path absolute = file.toAbsolutePath().normalize();
        Path base = baseDir.toAbsolutePath().normalize();
        String shown = absolute.startsWith(base) ? base.relativize(absolute).toString() : absolute.toString();
        return new SourceFile(absolute, shown.replace('\\', '/'));
    }

    public static SourceFile resource(String resourceName) {
        return new SourceFile(null, "classpath:" + resourceName);
    }
}
