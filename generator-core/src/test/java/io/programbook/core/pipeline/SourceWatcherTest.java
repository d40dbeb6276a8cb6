package io.programbook.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceWatcherTest {

    @TempDir
    Path project;

    private Path program;
    private Path output;
    private SourceWatcher watcher;

    @BeforeEach
    void watch() throws Exception {
        program = Files.createDirectories(project.resolve("src/programbook/statements"))
                .getParent();
        output = project.resolve("src/programbook/out");
        Files.createDirectories(output);
        Files.writeString(program.resolve("program.yaml"), "a");
        watcher = new SourceWatcher(Duration.ofMillis(150), List.of(output));
        watcher.watchTree(program);
    }

    @AfterEach
    void close() {
        watcher.close();
    }

    private SourceWatcher.Changes next() throws Exception {
        return CompletableFuture.supplyAsync(() -> {
                    try {
                        return watcher.next().orElseThrow();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .get(20, TimeUnit.SECONDS);
    }

    @Test
    void should_give_one_batch_for_changes_close_together_in_nested_folders() throws Exception {
        Files.writeString(program.resolve("statements/a.yaml"), "1");
        Files.writeString(program.resolve("program.yaml"), "b");
        Files.writeString(program.resolve("statements/a.yaml"), "2");
        assertThat(next().paths())
                .containsExactlyInAnyOrder(program.resolve("program.yaml"), program.resolve("statements/a.yaml"));
    }

    @Test
    void should_watch_a_folder_created_later() throws Exception {
        Path procedures = Files.createDirectories(program.resolve("procedures"));
        assertThat(next().paths()).contains(procedures);
        Files.writeString(procedures.resolve("p.adoc"), "x");
        assertThat(next().paths()).containsExactly(procedures.resolve("p.adoc"));
    }

    @Test
    void should_ignore_editor_scratch_files_and_the_output_folder() throws Exception {
        Files.writeString(program.resolve(".program.yaml.swp"), "x");
        Files.writeString(program.resolve("program.yaml~"), "x");
        Files.writeString(program.resolve("4913"), "x");
        Files.writeString(output.resolve("handbook.html"), "x");
        Files.writeString(program.resolve("statements/b.yaml"), "x");
        assertThat(next().paths()).containsExactly(program.resolve("statements/b.yaml"));
    }

    @Test
    void should_watch_single_files_elsewhere_and_not_their_neighbours() throws Exception {
        Path profiles = Files.createDirectories(project.resolve("profiles"));
        Path profile = profiles.resolve("site.yaml");
        Files.writeString(profile, "a");
        watcher.watchFile(profile);
        Files.writeString(profiles.resolve("other.yaml"), "x");
        Files.writeString(profile, "b");
        assertThat(next().paths()).containsExactly(profile.toAbsolutePath().normalize());
        assertThat(watcher.watched())
                .contains(
                        program.toAbsolutePath().normalize(),
                        profile.toAbsolutePath().normalize());
    }

    @Test
    void should_end_when_closed() throws Exception {
        CompletableFuture<Optional<SourceWatcher.Changes>> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return watcher.next();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(100);
        watcher.close();
        assertThat(waiting.get(10, TimeUnit.SECONDS)).isEmpty();
    }

    @Test
    void should_know_editors_scratch_files() {
        assertThat(List.of(".a.yaml.swp", "a.yaml~", ".#a.yaml", "#a.yaml#", "4913", "a.tmp"))
                .allMatch(SourceWatcher::scratch);
        assertThat(List.of("a.yaml", "procedure.adoc", "evidence.pdf", "swp.yaml"))
                .noneMatch(SourceWatcher::scratch);
    }
}
