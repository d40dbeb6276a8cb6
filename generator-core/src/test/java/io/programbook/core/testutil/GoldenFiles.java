package io.programbook.core.testutil;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one golden-file helper: compares generated text with a committed expected file under
 * {@link #ROOT}. Run with {@code -Dgolden.update=true} to rewrite the expected files after an
 * intended change, then review the diff before committing.
 */
public final class GoldenFiles {

    public static final Path ROOT = Path.of("src/test/resources/golden");

    private GoldenFiles() {}

    public static void assertMatches(String actual, Path expectedFile) throws IOException {
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(expectedFile.getParent());
            Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
        }
        assertThat(expectedFile)
                .as("golden file (run with -Dgolden.update=true to create or update it)")
                .exists();
        assertThat(actual).isEqualTo(Files.readString(expectedFile, StandardCharsets.UTF_8));
    }
}
