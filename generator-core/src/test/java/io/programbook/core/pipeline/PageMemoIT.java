package io.programbook.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.api.GenerateRequest;
import io.programbook.core.api.OutputFormat;
import io.programbook.core.convert.DocumentConverter;
import io.programbook.core.output.PageMemo;
import io.programbook.core.testutil.ExampleProgram;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live preview's builds take the pages of the previous build from the {@link PageMemo} where
 * nothing they are made of changed: after an edit of one statement only the pages that show it are
 * converted again, and every file is byte for byte what a build without the memo writes.
 */
class PageMemoIT {

    private static final String EDITED_FROM = "For each solution the lead engineer keeps a component security record";
    private static final String EDITED_TO = "For each solution the lead engineer maintains a component security record";

    @TempDir
    Path base;

    private final List<DocumentConverter> made = new ArrayList<>();

    private Programbook counting() {
        return new Programbook((cache, startNow) -> {
            DocumentConverter converter = new DocumentConverter(cache, startNow);
            made.add(converter);
            return converter;
        });
    }

    private GenerateRequest request(Path program, String output) {
        return new GenerateRequest(
                base, program, base.resolve(output), Set.of(OutputFormat.HTML), Optional.empty(), Optional.empty());
    }

    private static int converted(DocumentConverter converter) {
        return converter.convertedByFastPath() + converter.convertedByAsciidoctor() + converter.takenFromCache();
    }

    @Test
    void should_convert_only_the_pages_an_edit_changed_and_write_what_a_fresh_build_writes() throws IOException {
        Path program = ExampleProgram.copy(base.resolve("src/programbook"));
        Programbook preview = counting();
        PageMemo memo = PageMemo.inMemory();

        preview.generate(request(program, "target/preview"), memo);
        memo.retainUsed();
        int everyPage = converted(made.get(0));
        Path statements = program.resolve("statements/sp02-assurance.yaml");
        Files.writeString(statements, Files.readString(statements).replace(EDITED_FROM, EDITED_TO));
        preview.generate(request(program, "target/preview"), memo);
        memo.retainUsed();
        int afterEdit = converted(made.get(1));
        counting().generate(request(program, "target/fresh"));

        Map<String, byte[]> preview1 = files(base.resolve("target/preview"));
        Map<String, byte[]> fresh = files(base.resolve("target/fresh"));
        long pages = preview1.keySet().stream().filter(n -> n.endsWith(".html")).count();
        // every page of three editions (the provider's and two customers') and the portfolio
        assertThat(everyPage).isEqualTo(pages).isGreaterThan(12);
        // after the edit: the handbook of each edition (the statement is common to all)
        assertThat(afterEdit).isEqualTo(3);
        assertThat(memo.size()).isEqualTo(pages);
        assertThat(preview1.keySet()).isEqualTo(fresh.keySet());
        preview1.forEach((name, bytes) -> assertThat(bytes).as(name).isEqualTo(fresh.get(name)));
        assertThat(new String(preview1.get("handbook.html"), StandardCharsets.UTF_8))
                .contains("maintains a component security record");
    }

    @Test
    void should_convert_nothing_again_when_nothing_changed_but_the_build_runs() throws IOException {
        Path program = ExampleProgram.copy(base.resolve("src/programbook"));
        Programbook preview = counting();
        PageMemo memo = PageMemo.inMemory();

        preview.generate(request(program, "target/one"), memo);
        memo.retainUsed();
        Map<String, byte[]> one = files(base.resolve("target/one"));
        // a comment changes no document, but the inputs: the build is not up to date, and runs whole
        Files.writeString(program.resolve("program.yaml"), "# reviewed\n", StandardOpenOption.APPEND);
        preview.generate(request(program, "target/one"), memo);

        assertThat(converted(made.get(1))).isZero();
        Map<String, byte[]> two = files(base.resolve("target/one"));
        one.forEach((name, bytes) -> assertThat(bytes).as(name).isEqualTo(two.get(name)));
    }

    /** Every file of an output folder but the build state (which names its folder), by relative name. */
    private static Map<String, byte[]> files(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                String name = folder.relativize(file).toString().replace('\\', '/');
                if (!name.equals(BuildState.FILE)) {
                    files.put(name, Files.readAllBytes(file));
                }
            }
        }
        return files;
    }
}
