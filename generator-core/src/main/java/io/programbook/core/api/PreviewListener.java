package io.programbook.core.api;

import io.programbook.core.diag.Diagnostic;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a live preview tells its user (the build log) about each build. Called on the preview's build
 * thread, one build at a time.
 */
@FunctionalInterface
public interface PreviewListener {

    /** A listener that is told nothing. */
    PreviewListener NONE = build -> {};

    /** After each build, the first one (when the preview starts) included. */
    void built(Build build);

    /**
     * One build of a live preview.
     *
     * @param number   1 for the build when the preview starts, then counting up
     * @param changed  the changed files that started it, relative paths as diagnostics name them
     *                 (empty for the first build)
     * @param result   what the build wrote, when it succeeded
     * @param problems the findings that stopped it (empty when it succeeded): the browser shows them
     *                 above the last good pages
     * @param error    what stopped it when it was not the input (an I/O error, a bug)
     * @param took     from the first change noticed to the documents in place
     */
    record Build(
            int number,
            List<String> changed,
            Optional<GenerateResult> result,
            List<Diagnostic> problems,
            Optional<String> error,
            Duration took) {

        public Build {
            changed = List.copyOf(changed);
            Objects.requireNonNull(result, "result");
            problems = List.copyOf(problems);
            Objects.requireNonNull(error, "error");
            Objects.requireNonNull(took, "took");
        }

        public boolean succeeded() {
            return result.isPresent();
        }

        /** The files the build wrote (none when it failed). */
        public List<Path> files() {
            return result.map(GenerateResult::files).orElse(List.of());
        }
    }
}
