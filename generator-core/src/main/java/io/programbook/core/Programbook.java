package io.programbook.core;

import io.programbook.core.convert.DocumentConverter;
import io.programbook.core.diag.Diagnostic;
import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.GeneratorException;
import io.programbook.core.load.ProgramInputs;
import io.programbook.core.load.ProgramLoader;
import io.programbook.core.load.SourceFile;
import io.programbook.core.load.YamlReader;
import io.programbook.core.render.HandbookView;
import io.programbook.core.render.HandbookViewBuilder;
import io.programbook.core.render.TemplateRenderer;
import io.programbook.core.resolve.ProfileResolver;
import io.programbook.core.resolve.ResolvedProfile;
import io.programbook.core.trace.Trace;
import io.programbook.core.trace.TraceBuilder;
import io.programbook.core.validate.Validator;
import java.nio.file.Path;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The default {@link Generator}. Thread-safe: it holds only immutable or thread-safe collaborators. */
final class Programbook implements Generator {

    private final YamlReader yaml = new YamlReader();
    private final ProgramLoader loader = new ProgramLoader(yaml);
    private final ProfileResolver resolver = new ProfileResolver();
    private final Validator validator = new Validator();
    private final TraceBuilder tracer = new TraceBuilder();
    private final HandbookViewBuilder handbook = new HandbookViewBuilder();

    @Override
    public ProgramInputs load(Path baseDir, Path programDir, Diagnostics diagnostics) {
        return loader.load(baseDir, programDir, diagnostics);
    }

    @Override
    public ResolvedProfile validate(ProgramInputs inputs, Diagnostics diagnostics) {
        ResolvedProfile profile = resolver.resolve(inputs.catalog(), inputs.profiles(), diagnostics);
        validator.validate(inputs, profile, diagnostics);
        diagnostics.throwIfErrors();
        return profile;
    }

    @Override
    public Trace trace(ProgramInputs inputs, ResolvedProfile profile, GenerateRequest request) {
        Optional<Period> maxAge = request.maxEvidenceAge().or(() -> reviewInterval(profile));
        return tracer.build(inputs, profile, maxAge, Optional.ofNullable(inputs.program().value().program().date()));
    }

    @Override
    public RenderedDocs render(ProgramInputs inputs, ResolvedProfile profile, Trace trace) {
        return render(inputs, profile, trace, new TemplateRenderer(Optional.empty()));
    }

    private RenderedDocs render(ProgramInputs inputs, ResolvedProfile profile, Trace trace, TemplateRenderer templates) {
        HandbookView view = handbook.build(inputs, profile, trace);
        Map<String, String> documents = new LinkedHashMap<>();
        documents.put("handbook.adoc", templates.render("handbook.adoc.ftl", Map.of("handbook", view)));
        return new RenderedDocs(documents);
    }

    @Override
    public GenerateResult generate(GenerateRequest request) {
        // Started first so that JRuby boots while the program is loaded and checked.
        DocumentConverter converter = request.formats().contains(OutputFormat.HTML) ? new DocumentConverter() : null;
        Diagnostics diagnostics = new Diagnostics();
        try {
            ProgramInputs inputs = load(request.baseDir(), request.programDir(), diagnostics);
            ResolvedProfile profile = validate(inputs, diagnostics);
            Trace trace = trace(inputs, profile, request);
            TemplateRenderer templates = new TemplateRenderer(request.templateOverrides());
            RenderedDocs docs = render(inputs, profile, trace, templates);

            Map<String, String> files = new LinkedHashMap<>(docs.documents());
            List<Diagnostic> warnings = new ArrayList<>(diagnostics.warnings());
            if (converter != null) {
                String adocName = SourceFile.of(request.outputDir().resolve("handbook.adoc"), request.baseDir()).displayName();
                DocumentConverter.Converted body = converter.toHtmlBody(docs.documents().get("handbook.adoc"), adocName,
                        Map.of());
                Diagnostics conversion = new Diagnostics();
                conversion.addAll(body.diagnostics());
                conversion.throwIfErrors();
                warnings.addAll(conversion.warnings());
                files.put("handbook.html", templates.render("handbook-page.ftlh", page(inputs, body.output())));
            }
            List<Path> written = OutputWriter.write(request.outputDir(), files);
            var counts = trace.countByCoverage();
            return new GenerateResult(written, warnings, profile.inScope().size(),
                    counts.get(io.programbook.core.trace.Coverage.COVERED).intValue(),
                    counts.get(io.programbook.core.trace.Coverage.GAP).intValue(), trace.coveragePercent());
        } catch (GeneratorException e) {
            OutputWriter.removeStale(request.outputDir());
            throw e;
        }
    }

    private static Map<String, Object> page(ProgramInputs inputs, String body) {
        var program = inputs.program().value();
        return Map.of("lang", "en", "title", program.program().title(), "organisation", program.organisation().name(),
                "version", program.program().version(),
                "date", program.program().date() == null ? "" : program.program().date().toString(), "body", body);
    }

    /** The profile parameter {@code review-interval-months}, when it is a whole number. */
    private static Optional<Period> reviewInterval(ResolvedProfile profile) {
        String value = profile.parameters().get("review-interval-months");
        return value != null && value.strip().matches("\\d{1,3}") ? Optional.of(Period.ofMonths(Integer.parseInt(value.strip())))
                : Optional.empty();
    }
}
