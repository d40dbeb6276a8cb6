package io.programbook.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Everything Programbook ships or shows as an example passes its JSON Schema: the bundled
 * catalogues and profiles, the whole example program, the golden-file program, and an overlay.
 */
class SchemaConformanceIT {

    private static final YamlReader READER = new YamlReader();
    private static final Path REPO = Path.of("..");

    static Stream<Arguments> files() throws IOException {
        List<Arguments> files = new ArrayList<>();
        for (String catalog : List.of("2015+AMD1-2017", "2023")) {
            files.add(Arguments.of(
                    SourceFile.resource("programbook/catalogs/iec-62443-2-4/" + catalog + ".yaml"), InputKind.CATALOG));
        }
        for (String profile : BundledData.PROFILES) {
            files.add(
                    Arguments.of(SourceFile.resource("programbook/profiles/" + profile + ".yaml"), InputKind.PROFILE));
        }
        for (Path program : List.of(
                REPO.resolve("examples/nordwind-automation/src/programbook"),
                Path.of("src/test/resources/golden/small-integrator/program"),
                REPO.resolve("maven-plugin/src/it/it-generate-minimal/src/programbook"))) {
            files.add(Arguments.of(SourceFile.of(program.resolve("program.yaml"), REPO), InputKind.PROGRAM));
            if (Files.exists(program.resolve("profile.yaml"))) {
                files.add(Arguments.of(SourceFile.of(program.resolve("profile.yaml"), REPO), InputKind.PROFILE));
            }
            for (Path statements : ProgramLoader.list(program.resolve("statements"), ".yaml", ".yml")) {
                files.add(Arguments.of(SourceFile.of(statements, REPO), InputKind.STATEMENTS));
            }
        }
        files.add(Arguments.of(
                SourceFile.of(Path.of("src/test/resources/overlay/made-up-overlay.yaml"), REPO), InputKind.OVERLAY));
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void should_pass_its_schema(SourceFile file, InputKind kind) {
        // given
        Diagnostics diagnostics = new Diagnostics();

        // when
        var document = READER.read(file, kind, diagnostics);

        // then
        assertThat(document).isPresent();
        assertThat(diagnostics.all()).as("findings in %s", file.displayName()).isEmpty();
        assertThat(document.get().invalid()).isEmpty();
    }
}
