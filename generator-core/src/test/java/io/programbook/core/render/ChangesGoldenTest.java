package io.programbook.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.api.DiffRequest;
import io.programbook.core.api.DiffResult;
import io.programbook.core.api.Generator;
import io.programbook.core.api.OutputFormat;
import io.programbook.core.diff.ChangesDocuments;
import io.programbook.core.testutil.GoldenFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pins the whole changes document of a small program compared with its baseline, byte for byte:
 * the baseline follows 2015+AMD1:2017, the current version 2023, and the profile, statements and
 * coverage moved in between.
 */
class ChangesGoldenTest {

    @TempDir
    Path out;

    @Test
    void should_render_the_changes_since_a_baseline_exactly_as_expected() throws Exception {
        // given
        Path caseDir = GoldenFiles.ROOT.resolve("changes-baseline");
        DiffRequest request = new DiffRequest(
                caseDir,
                caseDir.resolve("current"),
                out,
                Set.of(OutputFormat.ADOC),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(caseDir.resolve("baseline")),
                Optional.empty());

        // when
        DiffResult result = Generator.create().diff(request);

        // then
        assertThat(result.files())
                .containsExactly(out.resolve(ChangesDocuments.ADOC), out.resolve(ChangesDocuments.JSON));
        GoldenFiles.assertMatches(
                Files.readString(out.resolve(ChangesDocuments.ADOC), StandardCharsets.UTF_8),
                caseDir.resolve("expected/changes.adoc"));
        GoldenFiles.assertMatches(
                Files.readString(out.resolve(ChangesDocuments.JSON), StandardCharsets.UTF_8),
                caseDir.resolve("expected/changes.json"));
    }
}
