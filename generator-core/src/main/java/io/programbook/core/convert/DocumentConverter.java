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
 * Converts generated AsciiDoc with AsciidoctorJ. One Asciidoctor (JRuby) instance per JVM, started
 * in the background as soon as the first converter is created so that loading and validation
 * overlap with JRuby's start-up, and reused for every document, format and module of the build.
 * Conversions are serialised on that one instance, so modules built in parallel ({@code mvn -T 2})
 * share it safely.
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

    private final CompletableFuture<Asciidoctor> asciidoctor;
    private final boolean startedHere;
    private final Map<Request, Converted> bodies = new HashMap<>();

    private record Request(String adoc, String sourceName, Map<String, String> attributes) {}

    /** Starts Asciidoctor in the background unless this JVM already has it. */
    public DocumentConverter() {
        synchronized (LOCK) {
            boolean start = shared == null;
            if (start) {
                shared = CompletableFuture.supplyAsync(DocumentConverter::startAsciidoctor);
            }
            asciidoctor = shared;
            startedHere = start;
        }
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
    public Optional<Duration> startedAsciidoctor() {
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
        Converted converted = convert(adoc, sourceName, attributes);
        synchronized (bodies) {
            bodies.put(key, converted);
        }
        return converted;
    }

    private Converted convert(String adoc, String sourceName, Map<String, String> attributes) {
        Asciidoctor engine = asciidoctor.join();
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
        Asciidoctor engine = asciidoctor.join();
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
        SourcePosition at = line == 0 ? SourcePosition.wholeFile(sourceName) : SourcePosition.of(sourceName, line, 1);
        String message = record.getMessage();
        return record.getSeverity().ordinal() >= Severity.ERROR.ordinal()
                ? Diagnostic.error(Rule.ASCIIDOC, at, message)
                : Diagnostic.warning(Rule.ASCIIDOC, at, message, null);
    }
}
