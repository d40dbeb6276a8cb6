package io.programbook.core.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import io.programbook.core.diag.Diagnostic;
import io.programbook.core.diag.GeneratorException;
import io.programbook.core.diag.Rule;
import io.programbook.core.diag.SourcePosition;
import io.programbook.core.text.Messages;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Fills the FreeMarker templates (AsciiDoc and the HTML page shell). One configuration per
 * renderer, reused: FreeMarker caches parsed templates in it. Templates cannot create objects or
 * reach the Java API, and format only: the view models are prepared in Java. Templates hold no
 * words of their own: each comes from the bundle through the shared {@code msg} method.
 */
public final class TemplateRenderer {

    /** Where the bundled templates live on the class path (the programbook-templates jar). */
    public static final String TEMPLATE_ROOT = "/programbook/templates";

    /** The configurations over the bundled templates alone, by the language of their words. */
    private static final Map<Locale, Configuration> BUNDLED = new ConcurrentHashMap<>();

    private final Configuration configuration;
    private final Optional<Path> overrides;
    private final Messages messages;
    private volatile String fingerprint;

    /** A renderer in English. */
    public TemplateRenderer(Optional<Path> overrides) {
        this(overrides, Messages.english());
    }

    /**
     * @param overrides a folder whose files replace bundled templates of the same name, file by file
     * @param messages  the documents' words, given to every template as its {@code msg} method
     */
    public TemplateRenderer(Optional<Path> overrides, Messages messages) {
        this.overrides = overrides;
        this.messages = messages;
        // The bundled templates cannot change while the JVM runs: their parsed form is shared by every
        // renderer of a language (the live preview's builds, the editions of a run). A template folder
        // can change between builds, so each renderer over one parses its templates anew.
        this.configuration = overrides.isEmpty()
                ? BUNDLED.computeIfAbsent(messages.locale(), locale -> configuration(Optional.empty(), messages))
                : configuration(overrides, messages);
    }

    private static Configuration configuration(Optional<Path> overrides, Messages messages) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setLocale(Locale.ROOT);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setNumberFormat("computer");
        cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        cfg.setTemplateLoader(loader(overrides));
        cfg.setSharedVariable("msg", new MessageMethod(messages));
        return cfg;
    }

    /** The words and formats of the documents this renderer fills. */
    public Messages messages() {
        return messages;
    }

    /**
     * What makes this renderer's output differ from another's: the language of its words and the
     * content of its template folder (every file, by name), read once. The bundled templates are
     * fixed for the life of the JVM.
     */
    public String fingerprint() {
        String known = fingerprint;
        if (known == null) {
            known = messages.languageTag() + ";"
                    + overrides.map(TemplateRenderer::folderDigest).orElse("bundled");
            fingerprint = known;
        }
        return known;
    }

    private static String folderDigest(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                digest.update(folder.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(file));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            // unreadable now: a value no other state has, so nothing rendered before is taken for it
            return "unreadable:" + System.identityHashCode(folder) + ":" + System.nanoTime();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static TemplateLoader loader(Optional<Path> overrides) {
        TemplateLoader bundled = new ClassTemplateLoader(TemplateRenderer.class, TEMPLATE_ROOT);
        if (overrides.isEmpty()) {
            return bundled;
        }
        try {
            return new MultiTemplateLoader(
                    new TemplateLoader[] {new FileTemplateLoader(overrides.get().toFile()), bundled});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A template file's text as it is, not parsed as a template: a script or style sheet that a
     * template includes with {@code parse=false}, from the template folder if it replaces the bundled one.
     */
    public String text(String templateName) {
        try {
            StringWriter out = new StringWriter();
            configuration.getTemplate(templateName, null, null, false).process(Map.of(), out);
            return out.toString();
        } catch (TemplateException e) {
            throw new IllegalStateException("a template read as text cannot fail: " + templateName, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + templateName, e);
        }
    }

    /** Renders a template with the model; a template error becomes a diagnostic with its position. */
    public String render(String templateName, Map<String, Object> model) {
        try {
            Template template = configuration.getTemplate(templateName);
            StringWriter out = new StringWriter();
            template.process(model, out);
            return out.toString();
        } catch (TemplateException e) {
            String where = (overrides.isPresent()
                            ? overrides.get().resolve(String.valueOf(e.getTemplateSourceName()))
                            : "classpath:programbook/templates/" + e.getTemplateSourceName())
                    .toString();
            int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
            int column = e.getColumnNumber() == null ? 0 : e.getColumnNumber();
            String blamed = e.getBlamedExpressionString();
            throw new GeneratorException(List.of(Diagnostic.error(
                    Rule.TEMPLATE,
                    line == 0 ? SourcePosition.wholeFile(where) : SourcePosition.of(where, line, Math.max(column, 1)),
                    "template error" + (blamed == null ? "" : " in '" + blamed + "'") + ": "
                            + e.getMessageWithoutStackTop().lines().findFirst().orElse(""),
                    "fix the template, or remove it from the template folder to use the bundled one")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + templateName, e);
        }
    }
}
