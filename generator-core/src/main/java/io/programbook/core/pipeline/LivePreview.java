package io.programbook.core.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.programbook.core.api.GenerateRequest;
import io.programbook.core.api.GenerateResult;
import io.programbook.core.api.Preview;
import io.programbook.core.api.PreviewListener;
import io.programbook.core.api.PreviewRequest;
import io.programbook.core.diag.Diagnostic;
import io.programbook.core.diag.GeneratorException;
import io.programbook.core.load.SourceFile;
import io.programbook.core.output.PageMemo;
import io.programbook.core.text.Messages;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The live preview ({@link io.programbook.core.api.Generator#preview}): the generate pipeline in a
 * JVM that stays up, so that Asciidoctor (JRuby), the templates and the JIT-compiled code stay warm
 * between builds; a {@link SourceWatcher} on the inputs; a {@link PreviewServer} on the output.
 *
 * <p>Each build is a {@code generate} run with the preview's request: it writes the output folder
 * as {@code generate} does (staged, then moved into place; all removed when the input has errors),
 * and renders nothing when no input changed (an editor saving an unchanged file). Builds run one
 * after the other on one thread; changes made during a build start the next one.
 */
final class LivePreview implements Preview {

    private static final JsonMapper JSON = new JsonMapper();

    private final Programbook generator;
    private final PreviewRequest request;
    private final PreviewListener listener;
    private final Messages messages;
    private final SourceWatcher watcher;
    private final PreviewServer server;
    private final Thread loop;
    private final AtomicBoolean closing = new AtomicBoolean();
    private final CountDownLatch closed = new CountDownLatch(1);

    /** Only the build thread (the starting thread before it) touches these. */
    private int build;

    private Map<String, byte[]> lastGood = Map.of();

    /** The pages and PDFs of the last build, taken again for documents an edit did not change. */
    private final PageMemo memo = PageMemo.inMemory();

    private boolean lastFailed = true;

    private LivePreview(
            Programbook generator,
            PreviewRequest request,
            PreviewListener listener,
            SourceWatcher watcher,
            PreviewServer server) {
        this.generator = generator;
        this.request = request;
        this.listener = listener;
        this.messages = Messages.of(request.generate().locale());
        this.watcher = watcher;
        this.server = server;
        this.loop = new Thread(this::watch, "programbook-preview-build");
        this.loop.setDaemon(true);
    }

    /** Listens, builds once, and watches for changes. */
    static LivePreview start(Programbook generator, PreviewRequest request, PreviewListener listener) {
        GenerateRequest generate = request.generate();
        Path output = generate.outputDir();
        SourceWatcher watcher = new SourceWatcher(request.quietPeriod(), List.of(output, OutputWriter.staging(output)));
        PreviewServer server;
        try {
            for (Path root : Canonical.paths(generate)) {
                if (!root.equals(generate.baseDir()) && !root.equals(output)) {
                    watcher.watchTree(root);
                }
            }
            server = PreviewServer.start(
                    request.host(),
                    request.port(),
                    new PreviewServer.Shown(0, Map.of(), List.of(), Optional.empty(), Messages.of(generate.locale())));
        } catch (RuntimeException e) {
            watcher.close();
            throw e;
        }
        LivePreview preview = new LivePreview(generator, request, listener, watcher, server);
        try {
            preview.rebuild(List.of(), System.nanoTime());
        } catch (RuntimeException | Error e) {
            preview.close();
            throw e;
        }
        preview.loop.start();
        return preview;
    }

    @Override
    public URI address() {
        return server.root().resolve("handbook.html");
    }

    private void watch() {
        try {
            while (!closing.get()) {
                Optional<SourceWatcher.Changes> changes = watcher.next();
                if (changes.isEmpty() || closing.get()) {
                    return;
                }
                rebuild(shown(changes.get().paths()), changes.get().firstNanos());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            // also when a build threw an Error: a preview that no longer builds must not go on serving
            close();
        }
    }

    /** One build: generate, then show its files, or its findings above the last good files. */
    void rebuild(List<String> changed, long firstNanos) {
        GenerateRequest generate = request.generate();
        Optional<GenerateResult> result = Optional.empty();
        List<Diagnostic> problems = List.of();
        Optional<String> error = Optional.empty();
        try {
            GenerateResult done = generator.generate(generate, memo);
            if (!done.upToDate()) {
                memo.retainUsed();
            }
            if (done.upToDate() && !lastFailed && build > 0) {
                listener.built(new PreviewListener.Build(
                        build, changed, Optional.of(done), List.of(), Optional.empty(), since(firstNanos)));
                return;
            }
            lastGood = read(generate.outputDir(), done.files());
            result = Optional.of(done);
        } catch (GeneratorException e) {
            problems = e.diagnostics();
        } catch (IOException | RuntimeException e) {
            error = Optional.of(e.getMessage() == null ? e.toString() : e.getMessage());
        }
        lastFailed = result.isEmpty();
        build++;
        server.show(new PreviewServer.Shown(build, lastGood, problems, error, messages));
        if (result.isPresent()) {
            watchFilesReadElsewhere(generate);
        }
        listener.built(new PreviewListener.Build(build, changed, result, problems, error, since(firstNanos)));
    }

    /** The files a build wrote, by their name in the output folder. */
    private static Map<String, byte[]> read(Path outputDir, Collection<Path> files) throws IOException {
        Map<String, byte[]> read = new LinkedHashMap<>();
        for (Path file : files) {
            read.put(outputDir.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
        }
        return read;
    }

    /**
     * Watches what the last build read outside the watched folders: everything the program names is
     * inside the program folder, but a catalogue may come from a folder on the class path. The build
     * state lists every input.
     */
    private void watchFilesReadElsewhere(GenerateRequest generate) {
        Path state = generate.outputDir().resolve(BuildState.FILE);
        try {
            JsonNode inputs = JSON.readTree(state.toFile()).path("inputs");
            for (Iterator<String> names = inputs.fieldNames(); names.hasNext(); ) {
                watcher.watchFile(Path.of(names.next()));
            }
        } catch (IOException | RuntimeException e) {
            // no state to read: the folders stay watched, and the next good build tries again
        }
    }

    private List<String> shown(Collection<Path> paths) {
        List<String> names = new ArrayList<>();
        for (Path path : paths) {
            names.add(SourceFile.of(path, request.generate().baseDir()).displayName());
        }
        return names;
    }

    private static Duration since(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos);
    }

    @Override
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    /** Stops watching and serving; a build in progress finishes first (at most a few seconds are waited). */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        watcher.close();
        server.close();
        if (loop.isAlive() && Thread.currentThread() != loop) {
            try {
                loop.join(Duration.ofSeconds(30).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        closed.countDown();
    }
}
