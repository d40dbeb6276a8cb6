package io.programbook.core.pipeline;

import io.programbook.core.api.CheckRequest;
import io.programbook.core.api.CheckResult;
import io.programbook.core.api.DiffRequest;
import io.programbook.core.api.DiffResult;
import io.programbook.core.api.GenerateRequest;
import io.programbook.core.api.GenerateResult;
import io.programbook.core.api.Generator;
import io.programbook.core.api.InitRequest;
import io.programbook.core.api.InitResult;
import io.programbook.core.api.OutputFormat;
import io.programbook.core.api.ValidateRequest;
import io.programbook.core.api.Validated;
import io.programbook.core.check.Checker;
import io.programbook.core.convert.DocumentConverter;
import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.GeneratorException;
import io.programbook.core.diff.Changes;
import io.programbook.core.diff.ChangesDocuments;
import io.programbook.core.diff.Differ;
import io.programbook.core.diff.ProgramSnapshot;
import io.programbook.core.edition.EditionMappings;
import io.programbook.core.edition.ReviewTracker;
import io.programbook.core.edition.TextFingerprint;
import io.programbook.core.load.ProgramInputs;
import io.programbook.core.load.ProgramLoader;
import io.programbook.core.load.SourceFile;
import io.programbook.core.load.YamlReader;
import io.programbook.core.output.ApplicabilityOutput;
import io.programbook.core.output.BrandingAssets;
import io.programbook.core.output.CoverageJsonOutput;
import io.programbook.core.output.DocumentPages;
import io.programbook.core.output.GapReportOutput;
import io.programbook.core.output.HandbookOutput;
import io.programbook.core.output.Output;
import io.programbook.core.output.OutputContext;
import io.programbook.core.output.OutputFiles;
import io.programbook.core.output.ResolvedProfileOutput;
import io.programbook.core.output.TraceabilityMatrixOutput;
import io.programbook.core.render.TemplateRenderer;
import io.programbook.core.resolve.ParameterChecker;
import io.programbook.core.resolve.ProfileResolver;
import io.programbook.core.resolve.ResolvedProfile;
import io.programbook.core.scaffold.Scaffolder;
import io.programbook.core.text.Messages;
import io.programbook.core.trace.Coverage;
import io.programbook.core.trace.EvidenceAge;
import io.programbook.core.trace.Trace;
import io.programbook.core.trace.TraceBuilder;
import io.programbook.core.validate.ValidationReport;
import io.programbook.core.validate.Validator;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.Supplier;

/** The default {@link Generator}. Thread-safe: it holds only immutable or thread-safe collaborators. */
public final class Programbook implements Generator {

    /** Every document family, in the order they are produced. */
    private static final List<Output> OUTPUTS = List.of(
            new HandbookOutput(),
            new ApplicabilityOutput(),
            new ResolvedProfileOutput(),
            new TraceabilityMatrixOutput(),
            new GapReportOutput(),
            new CoverageJsonOutput());

    private final YamlReader yaml = new YamlReader();
    private final ProgramLoader loader = new ProgramLoader(yaml);
    private final ProfileResolver resolver = new ProfileResolver();
    private final Validator validator = new Validator();
    private final ParameterChecker parameters = new ParameterChecker();
    private final TraceBuilder tracer = new TraceBuilder();
    private final EditionMappings mappings = new EditionMappings(yaml);
    private final ReviewTracker reviews = new ReviewTracker(mappings);
    private final Supplier<DocumentConverter> converters;

    public Programbook() {
        this(DocumentConverter::new);
    }

    /** @param converters makes the converter of a run (tests count how often a run asks for one) */
    Programbook(Supplier<DocumentConverter> converters) {
        this.converters = converters;
    }

    /** Every file name an output may write: the only files ever removed from the output folder. */
    static List<String> ownedFiles() {
        return java.util.stream.Stream.concat(
                        OUTPUTS.stream().flatMap(o -> o.fileNames().stream()),
                        java.util.stream.Stream.of(BuildState.FILE))
                .toList();
    }

    @Override
    public ProgramInputs load(Path baseDir, Path programDir, Diagnostics diagnostics) {
        return loader.load(baseDir, programDir, diagnostics);
    }

    @Override
    public ResolvedProfile validate(ProgramInputs inputs, Diagnostics diagnostics) {
        ResolvedProfile profile = resolver.resolve(inputs, diagnostics);
        validator.validate(inputs, profile, diagnostics);
        parameters.check(inputs, profile, diagnostics);
        reviews.check(inputs, diagnostics);
        diagnostics.throwIfErrors();
        return profile;
    }

    @Override
    public Validated validate(ValidateRequest request) {
        Diagnostics diagnostics = new Diagnostics();
        try {
            ProgramInputs inputs = load(request.baseDir(), request.programDir(), diagnostics);
            ResolvedProfile profile = validate(inputs, diagnostics);
            List<io.programbook.core.diag.Diagnostic> warnings = diagnostics.warnings();
            if (request.failOnWarning() && !warnings.isEmpty()) {
                throw new GeneratorException(
                        diagnostics.all(),
                        (warnings.size() == 1 ? "1 warning" : warnings.size() + " warnings")
                                + " in the program's input, and warnings fail the build (failOnWarning), see above");
            }
            request.reportFile().ifPresent(file -> ValidationReport.write(file, diagnostics.all()));
            return new Validated(inputs, profile, warnings);
        } catch (GeneratorException e) {
            request.reportFile().ifPresent(file -> ValidationReport.write(file, e.diagnostics()));
            throw e;
        }
    }

    @Override
    public Trace trace(ProgramInputs inputs, ResolvedProfile profile, GenerateRequest request) {
        return trace(inputs, profile, request.maxEvidenceAge());
    }

    private Trace trace(ProgramInputs inputs, ResolvedProfile profile, Optional<Period> maxEvidenceAge) {
        Optional<Period> maxAge = EvidenceAge.effective(maxEvidenceAge, profile);
        Trace trace = tracer.build(
                inputs,
                profile,
                maxAge,
                Optional.ofNullable(inputs.program().value().program().date()));
        return ReviewTracker.mark(trace, reviews.suspects(inputs, profile, itemTexts(inputs), TextFingerprint::sha256));
    }

    /**
     * The licensed text of each item, from the program's text overlay; empty without one. Review
     * tracking compares it with the fingerprints statements recorded.
     */
    private static Map<io.programbook.core.model.ItemId, String> itemTexts(ProgramInputs inputs) {
        Map<io.programbook.core.model.ItemId, String> texts = new java.util.TreeMap<>();
        inputs.overlay()
                .ifPresent(overlay -> overlay.items().forEach((id, text) -> {
                    if (!text.text().isEmpty()) {
                        texts.put(id, text.text());
                    }
                }));
        return texts;
    }

    @Override
    public RenderedDocs render(ProgramInputs inputs, ResolvedProfile profile, Trace trace) {
        GenerateRequest request = new GenerateRequest(
                inputs.programDir(),
                inputs.programDir(),
                inputs.programDir(),
                java.util.Set.of(OutputFormat.ADOC),
                Optional.empty(),
                Optional.empty());
        OutputFiles files = produce(new OutputContext(
                request,
                inputs,
                profile,
                trace,
                new TemplateRenderer(Optional.empty()),
                () -> {
                    throw new IllegalStateException("render() produces AsciiDoc only");
                },
                new Diagnostics(),
                BrandingAssets.NONE));
        return new RenderedDocs(files.all().entrySet().stream()
                .filter(e -> e.getKey().endsWith(".adoc"))
                .collect(java.util.stream.Collectors.toMap(
                        Map.Entry::getKey, e -> new String(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))));
    }

    @Override
    public GenerateResult generate(GenerateRequest request) {
        // Before anything is started: an up-to-date run hashes its inputs and stops there.
        Optional<BuildState> unchanged = BuildState.upToDate(request);
        if (unchanged.isPresent()) {
            BuildState.Summary last = unchanged.get().summary();
            return new GenerateResult(
                    last.files().stream().map(request.outputDir()::resolve).toList(),
                    unchanged.get().warnings(),
                    last.inScope(),
                    last.covered(),
                    last.gaps(),
                    last.coveragePercent(),
                    true,
                    Optional.empty());
        }
        SortedMap<String, String> inputsBefore = BuildState.currentInputs(request, List.of());
        // Started before loading, so that JRuby boots while the program is read and checked.
        RunConverter converter = converter(request);
        Diagnostics diagnostics = new Diagnostics();
        try {
            // Read first, so that a missing logo is reported together with the program's problems.
            BrandingAssets branding = BrandingAssets.load(request.branding(), request.baseDir(), diagnostics);
            BrandingAssets.checkTemplateFolder(request.templateOverrides(), request.baseDir(), diagnostics);
            ProgramInputs inputs = load(request.baseDir(), request.programDir(), diagnostics);
            ResolvedProfile profile = validate(inputs, diagnostics);
            Trace trace = trace(inputs, profile, request);
            OutputFiles files = produce(new OutputContext(
                    request,
                    inputs,
                    profile,
                    trace,
                    new TemplateRenderer(request.templateOverrides(), Messages.of(request.locale())),
                    converter,
                    diagnostics,
                    branding));
            List<Path> written = OutputWriter.write(request.outputDir(), files.all(), ownedFiles());
            ValidationReport.write(request.outputDir().resolve(ValidationReport.FILE_NAME), diagnostics.all());
            Map<Coverage, Long> counts = trace.countByCoverage();
            GenerateResult result = new GenerateResult(
                    written,
                    diagnostics.warnings(),
                    profile.inScope().size(),
                    counts.get(Coverage.COVERED).intValue(),
                    counts.get(Coverage.GAP).intValue(),
                    trace.coveragePercent(),
                    false,
                    converter.startedAsciidoctor());
            BuildState state = BuildState.record(
                    request,
                    inputsBefore,
                    inputs.files().stream()
                            .map(SourceFile::path)
                            .filter(Objects::nonNull)
                            .toList(),
                    files.all(),
                    new BuildState.Summary(
                            written.stream()
                                    .map(p -> request.outputDir().relativize(p).toString())
                                    .toList(),
                            result.inScope(),
                            result.covered(),
                            result.gaps(),
                            result.coveragePercent()),
                    result.warnings());
            OutputWriter.writeState(request.outputDir(), BuildState.FILE, state.toJson());
            return result;
        } catch (GeneratorException e) {
            OutputWriter.removeStale(request.outputDir(), ownedFiles());
            ValidationReport.write(request.outputDir().resolve(ValidationReport.FILE_NAME), e.diagnostics());
            throw e;
        }
    }

    @Override
    public DiffResult diff(DiffRequest request) {
        Supplier<DocumentConverter> converter = converter(request.formats());
        Diagnostics diagnostics = new Diagnostics();
        try {
            Differ differ = new Differ(yaml, mappings, (programDir, label, warnings) -> {
                ProgramInputs inputs = load(request.baseDir(), programDir, warnings);
                ResolvedProfile profile = validate(inputs, warnings);
                return ProgramSnapshot.of(label, inputs, profile, trace(inputs, profile, request.maxEvidenceAge()));
            });
            // A missing logo is reported together with the comparison's problems, whichever fails.
            Diagnostics brandingFindings = new Diagnostics();
            BrandingAssets branding = BrandingAssets.load(request.branding(), request.baseDir(), brandingFindings);
            BrandingAssets.checkTemplateFolder(request.templateOverrides(), request.baseDir(), brandingFindings);
            Changes changes;
            try {
                changes = differ.compare(request, diagnostics);
            } catch (GeneratorException e) {
                throw new GeneratorException(
                        java.util.stream.Stream.concat(e.diagnostics().stream(), brandingFindings.all().stream())
                                .toList());
            }
            diagnostics.addAll(brandingFindings.all());
            diagnostics.throwIfErrors();
            OutputFiles files = ChangesDocuments.write(
                    changes,
                    request,
                    new DocumentPages(
                            new TemplateRenderer(request.templateOverrides()),
                            converter,
                            diagnostics,
                            branding,
                            request.pdfDate(),
                            request.baseDir(),
                            request.outputDir(),
                            ChangesDocuments.imprint(changes)));
            List<Path> written = OutputWriter.write(request.outputDir(), files.all(), ChangesDocuments.FILES);
            return new DiffResult(changes, written, changes.summary(), diagnostics.warnings());
        } catch (GeneratorException e) {
            OutputWriter.removeStale(request.outputDir(), ChangesDocuments.FILES);
            throw e;
        }
    }

    @Override
    public CheckResult check(CheckRequest request) {
        Diagnostics diagnostics = new Diagnostics();
        ProgramInputs inputs = load(request.baseDir(), request.programDir(), diagnostics);
        ResolvedProfile profile = validate(inputs, diagnostics);
        Optional<LocalDate> asOf =
                Optional.ofNullable(inputs.program().value().program().date());
        Trace trace = trace(inputs, profile, request.gates().maxEvidenceAge());
        return new Checker()
                .check(trace, inputs.catalog().groups(), request.gates(), asOf)
                .withWarnings(diagnostics.warnings());
    }

    @Override
    public InitResult init(InitRequest request) {
        return new Scaffolder(yaml).scaffold(request);
    }

    private static OutputFiles produce(OutputContext context) {
        OutputFiles files = new OutputFiles();
        OUTPUTS.forEach(output -> output.write(context, files));
        return files;
    }

    /**
     * The run's converter. When the run converts AsciiDoc, Asciidoctor starts now, in the background;
     * otherwise on first use (which an AsciiDoc-only run never makes).
     */
    private RunConverter converter(GenerateRequest request) {
        return converter(request.formats());
    }

    private RunConverter converter(java.util.Set<OutputFormat> formats) {
        RunConverter converter = new RunConverter(converters);
        if (formats.contains(OutputFormat.HTML) || formats.contains(OutputFormat.PDF)) {
            converter.get();
        }
        return converter;
    }

    /** The converter of one run, made on first use. */
    private static final class RunConverter implements Supplier<DocumentConverter> {

        private final Supplier<DocumentConverter> factory;
        private DocumentConverter converter;

        RunConverter(Supplier<DocumentConverter> factory) {
            this.factory = factory;
        }

        @Override
        public synchronized DocumentConverter get() {
            if (converter == null) {
                converter = factory.get();
            }
            return converter;
        }

        synchronized Optional<java.time.Duration> startedAsciidoctor() {
            return converter == null ? Optional.empty() : converter.startedAsciidoctor();
        }
    }
}
