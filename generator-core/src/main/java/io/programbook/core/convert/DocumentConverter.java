package io.programbook.core.convert;

import io.programbook.core.diag.Diagnostic;
import io.programbook.core.diag.Rule;
import io.programbook.core.diag.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.log.LogHandler;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;

/**
 * Converts generated AsciiDoc with AsciidoctorJ. One Asciidoctor (JRuby) instance per JVM, started
 * in the background as soon as a converter is created so that loading and validation overlap with
 * JRuby's start-up, and reused for every document and module of the build.
 *
 * <p>Conversion runs in {@link SafeMode#SECURE}: documents cannot include or read any file.
 */
public final class DocumentConverter {

    private static final Object LOCK = new Object();
    private static CompletableFuture<Asciidoctor> shared;

    private final CompletableFuture<Asciidoctor> asciidoctor;

    public DocumentConverter() {
        synchronized (LOCK) {
            if (shared == null) {
                shared = CompletableFuture.supplyAsync(Asciidoctor.Factory::create);
            }
            asciidoctor = shared;
        }
    }

    /** The result of a conversion and what Asciidoctor logged while doing it. */
    public record Converted(String output, List<Diagnostic> diagnostics) {
    }

    /**
     * Converts AsciiDoc to the body of an HTML page (no {@code <html>} shell: the page template adds
     * it with Programbook's own stylesheet, so nothing is fetched from the network).
     *
     * @param sourceName how diagnostics name the document, e.g. {@code target/programbook/handbook.adoc}
     * @param attributes extra document attributes (e.g. profile parameters)
     */
    public Converted toHtmlBody(String adoc, String sourceName, Map<String, String> attributes) {
        Asciidoctor engine = asciidoctor.join();
        List<Diagnostic> diagnostics = new ArrayList<>();
        LogHandler handler = record -> diagnostics.add(toDiagnostic(record, sourceName));
        var builder = Attributes.builder()
                .attribute("reproducible", "")
                .attribute("attribute-missing", "warn");
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
