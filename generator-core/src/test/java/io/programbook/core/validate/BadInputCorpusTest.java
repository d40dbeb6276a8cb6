package io.programbook.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.programbook.core.api.Generator;
import io.programbook.core.api.ValidateRequest;
import io.programbook.core.api.ValidateResult;
import io.programbook.core.diag.Diagnostic;
import io.programbook.core.diag.GeneratorException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of bad inputs: each folder of {@code src/test/resources/bad-input/} is a small project
 * with a program folder ({@code src/programbook}) and {@code expected.txt}, the exact diagnostic
 * lines validation must print for it, in order, hints included. An optional {@code setup.txt}
 * creates what cannot be committed: {@code symlink <link> -> <target>} and
 * {@code sparse <file> <bytes>}.
 *
 * <p>Run with {@code -Dbadinput.update=true} to rewrite the expected files after an intended
 * change, then review the diff before committing.
 */
class BadInputCorpusTest {

    static final Path CORPUS = Path.of("src/test/resources/bad-input");
    private static final Generator GENERATOR = Generator.create();

    @TempDir
    Path temp;

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(CORPUS)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void should_report_exactly_the_expected_lines_and_nothing_else(String name) throws IOException {
        // given
        Path project = temp.resolve(name);
        copy(CORPUS.resolve(name), project);
        setUp(CORPUS.resolve(name).resolve("setup.txt"), project);
        Path report = temp.resolve("report").resolve(ValidateRequest.REPORT_FILE);

        // when
        List<Diagnostic> findings;
        try {
            ValidateResult validated = GENERATOR.validate(new ValidateRequest(
                    project, project.resolve("src/programbook"), Optional.of(report.getParent()), false));
            findings = validated.warnings();
        } catch (GeneratorException e) {
            findings = e.diagnostics();
        }

        // then
        List<String> actual = new ArrayList<>();
        for (Diagnostic d : findings) {
            actual.add(d.headline());
            if (!d.hint().isEmpty()) {
                actual.add("  hint: " + d.hint());
            }
        }
        Path expectedFile = CORPUS.resolve(name).resolve("expected.txt");
        if (Boolean.getBoolean("badinput.update")) {
            Files.writeString(expectedFile, String.join("\n", actual) + "\n", StandardCharsets.UTF_8);
        }
        assertThat(expectedFile)
                .as("expected.txt of %s (run with -Dbadinput.update=true to create it)", name)
                .exists();
        List<String> expected =
                Files.readString(expectedFile, StandardCharsets.UTF_8).lines().toList();
        assertThat(actual).as("diagnostics of %s", name).containsExactlyElementsOf(expected);
        assertThat(actual)
                .as("a user's mistake is reported in words, never as a library's exception")
                .noneMatch(line ->
                        line.matches(".*(Exception|\\tat |com\\.fasterxml|com\\.networknt|org\\.yaml|java\\.lang).*"));

        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertThat(json.get("findings")).hasSize(findings.size());
        assertThat(json.get("errors").asLong())
                .isEqualTo(findings.stream().filter(Diagnostic::isError).count());
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                String relative = from.relativize(source).toString();
                if (relative.equals("expected.txt") || relative.equals("setup.txt")) {
                    continue;
                }
                Path target = to.resolve(relative);
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    private static void setUp(Path setup, Path project) throws IOException {
        if (!Files.exists(setup)) {
            return;
        }
        for (String line : Files.readAllLines(setup, StandardCharsets.UTF_8)) {
            String[] words = line.strip().split("\\s+");
            switch (words[0]) {
                case "symlink" -> {
                    Path link = project.resolve(words[1]);
                    Files.createDirectories(link.getParent());
                    Files.createSymbolicLink(link, Path.of(words[3]));
                }
                case "sparse" -> {
                    Path file = project.resolve(words[1]);
                    Files.createDirectories(file.getParent());
                    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
                        raf.setLength(Long.parseLong(words[2]));
                    }
                }
                case "" -> {
                    // blank line
                }
                default -> throw new IllegalArgumentException("unknown setup line in " + setup + ": " + line);
            }
        }
    }
}
