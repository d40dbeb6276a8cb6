package io.programbook.core.convert;

import io.programbook.core.diag.Diagnostic;
import io.programbook.core.diag.Rule;
import io.programbook.core.diag.SourcePosition;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.ast.Document;
import org.asciidoctor.log.LogHandler;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;

/**
 * Converts generated AsciiDoc to the HTML body Asciidoctor writes, as cheaply as it can: with the
 * {@link FastConverter} when the document is in the plain subset it fully understands, else from the
 * {@link ConversionCache} when an earlier build converted the same document, else with AsciidoctorJ.
 * One Asciidoctor (JRuby) instance per JVM, started only when a document needs it (or at once, in
 * the background, for a converter made with {@code startNow}), and reused for every document,
 * format and module of the build. Conversions are serialised on that one instance, so modules built
 * in parallel ({@code mvn -T 2}) share it safely.
 *
 * <p>A converter belongs to one run: it remembers the HTML body of each document it converted, so
 * that the HTML page and the PDF of a document cost one Asciidoctor conversion.
 *
 * <p>Conversion runs in {@link SafeMode#SECURE}: documents cannot include or read any file.
 */
public final class DocumentConverter {

    /**
     * JRuby's own start-up setting, applied unless the user set it: interpret Ruby instead of
     * compiling it to JVM bytecode. A build converts a few documents, far too few for JRuby's
     * compiler to pay off; measured in docs/benchmarks.md.
     */
    static final String JRUBY_COMPILE_MODE = "jruby.compile.mode";

    private static final Object LOCK = new Object();
    private static final AtomicInteger STARTS = new AtomicInteger();
    private static CompletableFuture<Asciidoctor> shared;
    private static Duration startup = Duration.ZERO;

    private final Optional<ConversionCache> cache;
    private final Optional<FastConverter> fast;
    private int byFastPath;
    private final Map<Request, Converted> bodies = new HashMap<>();
    private CompletableFuture<Asciidoctor> asciidoctor;
    private boolean startedHere;
    private int fromCache;
    private int byAsciidoctor;

    private record Request(String adoc, String sourceName, Map<String, String> attributes) {}

    /** Starts Asciidoctor in the background unless this JVM already has it; keeps no conversions between runs. */
    public DocumentConverter() {
        this(Optional.empty(), true);
    }

    /**
     * A converter that looks conversions up in a cache first.
     *
     * @param cache    where conversions are kept between runs; empty for none
     * @param startNow whether Asciidoctor starts now, in the background (when the run will most
     *                 likely need it), or only when a conversion is not in the cache
     */
    public DocumentConverter(Optional<ConversionCache> cache, boolean startNow) {
        this(cache, startNow, true);
    }

    /**
     * A converter that looks conversions up in a cache first, and may convert the plain subset of
     * AsciiDoc without Asciidoctor.
     *
     * @param fastPath whether documents the {@link FastConverter} fully understands are converted by it
     */
    public DocumentConverter(Optional<ConversionCache> cache, boolean startNow, boolean fastPath) {
        this.cache = cache;
        this.fast = fastPath ? Optional.of(new FastConverter()) : Optional.empty();
        if (startNow) {
            engine();
        }
    }

    /** The shared Asciidoctor, started in the background on the first call in this JVM. */
    private synchronized CompletableFuture<Asciidoctor> engine() {
        if (asciidoctor == null) {
            synchronized (LOCK) {
                boolean start = shared == null;
                if (start) {
                    shared = CompletableFuture.supplyAsync(DocumentConverter::startAsciidoctor);
                }
                asciidoctor = shared;
                startedHere = start;
            }
        }
        return asciidoctor;
    }

    /** The options every conversion uses besides its attributes: part of a cache entry's key. */
    private static final Map<String, String> OPTIONS = Map.of(
            "safe",
            SafeMode.SECURE.name(),
            "standalone",
            "false",
            "backend",
            "html5",
            "sourcemap",
            "true",
            "attribute:reproducible",
            "",
            "attribute:attribute-missing",
            "warn");

    /** How many documents of this converter came from the cache, and how many Asciidoctor converted. */
    public synchronized String statistics() {
        return byFastPath + " converted without Asciidoctor, " + fromCache + " from the cache, " + byAsciidoctor
                + " converted by Asciidoctor";
    }

    /** How many documents Asciidoctor converted for this converter (not counting cache hits). */
    public synchronized int convertedByAsciidoctor() {
        return byAsciidoctor;
    }

    /** How many documents the fast path converted, without Asciidoctor. */
    public synchronized int convertedByFastPath() {
        return byFastPath;
    }

    /** How many documents this converter took from the cache. */
    public synchronized int takenFromCache() {
        return fromCache;
    }

    private static Asciidoctor startAsciidoctor() {
        long begin = System.nanoTime();
        // JRuby reads the setting when the instance is created; it is cleared again afterwards, so
        // that other JRuby users in the same JVM (another plugin) keep their defaults.
        boolean set = System.getProperty(JRUBY_COMPILE_MODE) == null;
        if (set) {
            System.setProperty(JRUBY_COMPILE_MODE, "OFF");
        }
        Asciidoctor engine;
        try {
            engine = Asciidoctor.Factory.create();
        } finally {
            if (set) {
                System.clearProperty(JRUBY_COMPILE_MODE);
            }
        }
        STARTS.incrementAndGet();
        synchronized (LOCK) {
            startup = Duration.ofNanos(System.nanoTime() - begin);
        }
        return engine;
    }

    /** How many Asciidoctor instances this JVM has started: one per build, whatever the number of modules. */
    public static int instancesStarted() {
        return STARTS.get();
    }

    /** How long Asciidoctor took to start, if this converter started it and it has started. */
    public synchronized Optional<Duration> startedAsciidoctor() {
        if (!startedHere || !asciidoctor.isDone() || asciidoctor.isCompletedExceptionally()) {
            return Optional.empty();
        }
        synchronized (LOCK) {
            return Optional.of(startup);
        }
    }

    /** The result of a conversion and what Asciidoctor logged while doing it. */
    public record Converted(String output, List<Diagnostic> diagnostics) {}

    /**
     * Converts AsciiDoc to the body of an HTML page (no {@code <html>} shell: the page template adds
     * it with Programbook's own stylesheet, so nothing is fetched from the network).
     *
     * @param sourceName how diagnostics name the document, e.g. {@code target/programbook/handbook.adoc}
     * @param attributes extra document attributes (e.g. profile parameters)
     */
    public Converted toHtmlBody(String adoc, String sourceName, Map<String, String> attributes) {
        Request key = new Request(adoc, sourceName, Map.copyOf(attributes));
        synchronized (bodies) {
            Converted done = bodies.get(key);
            if (done != null) {
                return done;
            }
        }
        Converted converted = cachedOrConverted(adoc, sourceName, attributes);
        synchronized (bodies) {
            bodies.put(key, converted);
        }
        return converted;
    }

    /**
     * From the cache when it has the conversion, else by Asciidoctor (started now if it has not
     * been); a conversion without errors is stored.
     */
    private Converted cachedOrConverted(String adoc, String sourceName, Map<String, String> attributes) {
        if (fast.isPresent()) {
            Optional<String> html = fast.get().toHtmlBody(adoc, attributes);
            if (html.isPresent()) {
                synchronized (this) {
                    byFastPath++;
                }
                return new Converted(html.get(), List.of());
            }
        }
        if (cache.isEmpty()) {
            return convert(adoc, sourceName, attributes);
        }
        String key = ConversionCache.key(adoc, sourceName, attributes, OPTIONS);
        Optional<ConversionCache.Entry> hit = cache.get().get(key);
        if (hit.isPresent()) {
            synchronized (this) {
                fromCache++;
            }
            return new Converted(
                    hit.get().html(),
                    hit.get().warnings().stream()
                            .map(w -> toDiagnostic(Severity.WARN, w.line(), w.message(), sourceName))
                            .toList());
        }
        Converted converted = convert(adoc, sourceName, attributes);
        if (converted.diagnostics().stream().noneMatch(Diagnostic::isError)) {
            cache.get()
                    .put(
                            key,
                            new ConversionCache.Entry(
                                    converted.output(),
                                    converted.diagnostics().stream()
                                            .map(d -> new ConversionCache.Warning(d.at().line(), d.message()))
                                            .toList()));
        }
        return converted;
    }

    private Converted convert(String adoc, String sourceName, Map<String, String> attributes) {
        Asciidoctor engine = engine().join();
        synchronized (this) {
            byAsciidoctor++;
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        LogHandler handler = record -> diagnostics.add(toDiagnostic(record, sourceName));
        var builder = Attributes.builder().attribute("reproducible", "").attribute("attribute-missing", "warn");
        attributes.forEach(builder::attribute);
        Attributes attrs = builder.build();
        Options options = Options.builder()
                .safe(SafeMode.SECURE)
                .standalone(false)
                .backend("html5")
                .attributes(attrs)
                .sourcemap(true)
                .build();
        synchronized (engine) {
            engine.registerLogHandler(handler);
            try {
                return new Converted(engine.convert(adoc, options), List.copyOf(diagnostics));
            } finally {
                engine.unregisterLogHandler(handler);
            }
        }
    }

    /**
     * Parses AsciiDoc into Asciidoctor's document tree, with the same safe mode and attributes as
     * {@link #toHtmlBody}, and hands it to {@code reader} while this converter holds Asciidoctor:
     * the tree converts its inline text lazily, so it is only read inside {@code reader}. What
     * Asciidoctor logs meanwhile comes back with the result. Used by the Word writer.
     */
    public <T> Loaded<T> load(
            String adoc, String sourceName, Map<String, String> attributes, Function<Document, T> reader) {
        Asciidoctor engine = engine().join();
        List<Diagnostic> diagnostics = new ArrayList<>();
        LogHandler handler = record -> diagnostics.add(toDiagnostic(record, sourceName));
        var builder = Attributes.builder().attribute("reproducible", "").attribute("attribute-missing", "warn");
        attributes.forEach(builder::attribute);
        Options options = Options.builder()
                .safe(SafeMode.SECURE)
                .standalone(false)
                .backend("html5")
                .attributes(builder.build())
                .sourcemap(true)
                .build();
        synchronized (engine) {
            engine.registerLogHandler(handler);
            try {
                T value = reader.apply(engine.load(adoc, options));
                return new Loaded<>(value, List.copyOf(diagnostics));
            } finally {
                engine.unregisterLogHandler(handler);
            }
        }
    }

    /** What {@link #load} read from a document, and what Asciidoctor logged meanwhile. */
    public record Loaded<T>(T value, List<Diagnostic> diagnostics) {}

    private static Diagnostic toDiagnostic(LogRecord record, String sourceName) {
        var cursor = record.getCursor();
        int line = cursor == null ? 0 : Math.max(cursor.getLineNumber(), 0);
        return toDiagnostic(record.getSeverity(), line, record.getMessage(), sourceName);
    }

    private static Diagnostic toDiagnostic(Severity severity, int line, String message, String sourceName) {
        SourcePosition at = line == 0 ? SourcePosition.wholeFile(sourceName) : SourcePosition.of(sourceName, line, 1);
        return severity.ordinal() >= Severity.ERROR.ordinal()
                ? Diagnostic.error(Rule.ASCIIDOC, at, message)
                : Diagnostic.warning(Rule.ASCIIDOC, at, message, null);
    }
}
