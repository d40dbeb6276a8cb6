package io.programbook.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.diag.Diagnostic;
import io.programbook.core.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextReaderTest {

    @TempDir
    Path base;

    @Test
    void should_report_a_file_it_cannot_read_as_unreadable() throws IOException {
        // given: a folder where a file is expected (permissions do not stop the root user of a CI container)
        Path folder = Files.createDirectories(base.resolve("procedures/onboarding.adoc"));
        Diagnostics diagnostics = new Diagnostics();

        // when
        var text = TextReader.read(SourceFile.of(folder, base), diagnostics);

        // then
        assertThat(text).isEmpty();
        assertThat(diagnostics.all())
                .extracting(Diagnostic::headline)
                .singleElement()
                .asString()
                .startsWith("procedures/onboarding.adoc: error [PB-FILE-UNREADABLE] cannot read the file: ");
    }
}
