package io.programbook.core.pipeline;

import io.programbook.core.api.CheckRequest;
import io.programbook.core.api.CheckResult;
import io.programbook.core.api.ContentPolicy;
import io.programbook.core.api.DiffRequest;
import io.programbook.core.api.DiffResult;
import io.programbook.core.api.DocumentOptions;
import io.programbook.core.api.GateResult;
import io.programbook.core.api.GenerateRequest;
import io.programbook.core.api.GenerateResult;
import io.programbook.core.api.Generator;
import io.programbook.core.api.ImportAssessmentRequest;
import io.programbook.core.api.ImportAssessmentResult;
import io.programbook.core.api.InitRequest;
import io.programbook.core.api.InitResult;
import io.programbook.core.api.OutputFormat;
import io.programbook.core.api.Preview;
import io.programbook.core.api.PreviewListener;
import io.programbook.core.api.PreviewRequest;
import io.programbook.core.api.ValidateRequest;
import io.programbook.core.api.ValidateResult;
import io.programbook.core.assessment.AssessmentImporter;
import io.programbook.core.assessment.Findings;
import io.programbook.core.check.Checker;
import io.programbook.core.convert.ConversionCache;
import io.programbook.core.convert.DocumentConverter;
import io.programbook.core.convert.docx.WordTemplate;
import io.programbook.core.customer.CustomerEdition;
import io.programbook.core.customer.CustomerGates;
import io.programbook.core.customer.Editions;
import io.programbook.core.customer.Portfolio;
import io.programbook.core.customer.PortfolioDocument;
import io.programbook.core.diag.Diagnostic;
import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.GeneratorException;
import io.programbook.core.diag.Rule;
import io.programbook.core.diag.SourcePosition;
import io.programbook.core.diff.Changes;
import io.programbook.core.diff.ChangesDocuments;
import io.programbook.core.diff.Differ;
import io.programbook.core.diff.ProgramSnapshot;
import io.programbook.core.diff.ReleaseChanges;
import io.programbook.core.edition.EditionMappings;
import io.programbook.core.edition.ReviewTracker;
import io.programbook.core.edition.TextFingerprint;
import io.programbook.core.evidence.EvidenceRegister;
import io.programbook.core.history.History;
import io.programbook.core.history.HistoryReader;
import io.programbook.core.history.Release;
import io.programbook.core.load.CatalogTitles;
import io.programbook.core.load.CustomerSource;
import io.programbook.core.load.ProgramInputs;
import io.programbook.core.load.ProgramLoader;
import io.programbook.core.load.SourceFile;
import io.programbook.core.load.YamlReader;
import io.programbook.core.model.Assessment;
import io.programbook.core.model.ItemId;
import io.programbook.core.model.Program;
import io.programbook.core.output.BrandingAssets;
import io.programbook.core.output.DocumentPages;
import io.programbook.core.output.Output;
import io.programbook.core.output.OutputContext;
import io.programbook.core.output.OutputFiles;
import io.programbook.core.output.Outputs;
import io.programbook.core.output.PageMemo;
import io.programbook.core.output.TitlePage;
import io.programbook.core.plan.ActionPlan;
import io.programbook.core.plan.DueSoon;
import io.programbook.core.plan.ReviewCalendar;
import io.programbook.core.render.ControlView;
import io.programbook.core.render.ControlViewBuilder;
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
import io.programbook.core.validate.MarkupChecker;
import io.programbook.core.validate.ValidationReport;
import io.programbook.core.validate.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The default {@link Generator}, registered as its service; and the pipeline's stages (load →
 * resolve and validate → trace → render), which tests and benchmarks call one by one. The stages
 * are the engine's, not the API's. Thread-safe: it holds only immutable or thread-safe
 * collaborators.
 */
public final class Programbook implements Generator {

    /** The folder of the customer editions under the output folder. */
    static final String CUSTOMERS_DIR = "customers";

    /** The portfolio's files, written when the program has customers. */
    static final List<String> PORTFOLIO_FILES = PortfolioDocument.FILES;

    /** Every document family, in the order they are produced: the registry {@link Outputs#ALL}. */
    private static final List<Output> OUTPUTS = Outputs.ALL;

    private final YamlReader yaml = new YamlReader();
    private final ProgramLoader loader = new ProgramLoader(yaml);
    private final ProfileResolver resolver = new ProfileResolver();
    private final Validator validator = new Validator();
    private final MarkupChecker markup = new MarkupChecker();
    private final ParameterChecker parameters = new ParameterChecker();
    private final TraceBuilder tracer = new TraceBuilder();
    private final EditionMappings mappings = new EditionMappings(yaml);
    private final ReviewTracker reviews = new ReviewTracker(mappings);
    private final ConverterFactory converters;

    /** Makes the converter of a run: with the run's cache, starting Asciidoctor now or on first need. */
    @FunctionalInterface
    interface ConverterFactory {
        DocumentConverter make(Optional<ConversionCache> cache, boolean startNow);
    }

    public Programbook() {
        this.converters = DocumentConverter::new;
    }

    /** @param converters makes the converter of a run (tests count how often a run asks for one) */
    Programbook(Supplier<DocumentConverter> converters) {
        this.converters = (cache, startNow) -> converters.get();
    }

    /** @param converters makes the converter of a run from its cache (tests look at what it converted) */
    Programbook(ConverterFactory converters) {
        this.converters = converters;
    }

    /** Every file name an output of {@code generate} may write, and its build state. */
    static List<String> ownedFiles() {
        return Stream.concat(OUTPUTS.stream().flatMap(o -> o.fileNames().stream()), Stream.of(BuildState.FILE))
                .toList();
    }

    /**
     * Every file the goals write into an output folder from the program: what a failed goal
     * removes, whichever goal it is, so that nothing an earlier run wrote looks current after a
     * failure. A goal that writes the validation report writes it again, with the findings.
     */
    static List<String> staleAfterFailure() {
        return Stream.of(ownedFiles(), ChangesDocuments.FILES, List.of(ValidationReport.FILE_NAME))
                .flatMap(List::stream)
                .distinct()
                .toList();
    }

    /**
     * What a failed goal removes from an output folder: {@link #staleAfterFailure()}, and in each
     * customer folder an earlier run wrote, the files of a customer edition and of the portfolio.
     */
    static List<String> staleAfterFailure(Path outputDir) {
        List<String> customers = customerFolders(outputDir);
        return Stream.of(staleAfterFailure(), customerFiles(customers), customerChangesFiles(customers))
                .flatMap(List::stream)
                .distinct()
                .toList();
    }

    /**
     * The changes an earlier {@code diff} wrote for customers the program no longer has: {@code generate}
     * removes them with their editions. Those of the program's customers stay, outputs of {@code diff}.
     */
    private static List<String> goneCustomersChanges(Path outputDir, Resolved resolved) {
        List<String> current =
                resolved.customers().stream().map(CustomerEdition::id).toList();
        return customerChangesFiles(customerFolders(outputDir).stream()
                .filter(id -> !current.contains(id))
                .toList());
    }

    /** The files of the diff's changes of these customers, in their folders ({@code customers/<id>/changes.*}). */
    static List<String> customerChangesFiles(List<String> customers) {
        List<String> names = new ArrayList<>();
        for (String customer : customers) {
            ChangesDocuments.FILES.forEach(n -> names.add(CUSTOMERS_DIR + "/" + customer + "/" + n));
        }
        return names;
    }

    /** The customer folders an earlier run left in an output folder, by name. */
    private static List<String> customerFolders(Path outputDir) {
        List<String> customers = new ArrayList<>();
        Path folder = outputDir.resolve(CUSTOMERS_DIR);
        if (Files.isDirectory(folder)) {
            try (Stream<Path> entries = Files.list(folder)) {
                entries.filter(Files::isDirectory)
                        .map(p -> p.getFileName().toString())
                        .sorted()
                        .forEach(customers::add);
            } catch (IOException e) {
                // best effort, as removeStale: the run's own failure is what the user sees
            }
        }
        return customers;
    }

    /** The files of the customer editions of these customers, and of the portfolio. */
    static List<String> customerFiles(List<String> customers) {
        List<String> names = new ArrayList<>();
        for (String customer : customers) {
            ownedFiles().stream()
                    .filter(n -> !n.equals(BuildState.FILE))
                    .forEach(n -> names.add(CUSTOMERS_DIR + "/" + customer + "/" + n));
        }
        names.addAll(PORTFOLIO_FILES);
        return names;
    }

    /**
     * Every edition of the run: the provider's, and each customer's (the same registry of documents,
     * {@link Outputs#ALL}, over the customer's view of the program, in the customer's language,
     * into {@code customers/<id>/}); then the portfolio of all customers for the provider.
     *
     * <p>The editions are independent: they are rendered on {@link GenerateRequest#renderThreads()}
     * threads ({@link EditionPool}) over the run's one converter, each with its own findings and
     * files, which are merged in edition order, so that the files, the findings and the validation
     * report are the same bytes as when they are rendered one after the other. A failed edition
     * fails the run with the findings of the editions before it and its own.
     */
    private OutputFiles produceEditions(
            GenerateRequest request,
            ProgramInputs inputs,
            ResolvedProfile profile,
            Trace trace,
            List<CustomerEdition> customers,
            Supplier<DocumentConverter> converter,
            Diagnostics diagnostics,
            BrandingAssets branding,
            History history,
            PageMemo memo) {
        Optional<LocalDate> asOf =
                Optional.ofNullable(inputs.program().value().program().date());
        Messages messages = Messages.of(request.locale());
        List<Diagnostics> findings = new ArrayList<>();
        List<Supplier<Rendered>> editions = new ArrayList<>();
        Diagnostics provider = new Diagnostics();
        findings.add(provider);
        editions.add(() -> new Rendered(
                produce(new OutputContext(
                        request,
                        inputs,
                        profile,
                        trace,
                        new TemplateRenderer(request.templateOverrides(), Messages.of(request.locale())),
                        converter,
                        provider,
                        branding,
                        history,
                        memo)),
                Optional.empty()));
        for (CustomerEdition edition : customers) {
            Diagnostics own = new Diagnostics();
            findings.add(own);
            editions.add(
                    () -> produceCustomer(request, edition, converter, own, branding, history, memo, asOf, messages));
        }
        List<Rendered> rendered;
        try {
            rendered = EditionPool.run(editions, request.renderThreads());
        } catch (EditionPool.Failed failed) {
            findings.subList(0, failed.index() + 1).forEach(f -> diagnostics.addAll(f.all()));
            if (failed.getCause() instanceof GeneratorException e) {
                throw new GeneratorException(Stream.concat(diagnostics.all().stream(), e.diagnostics().stream())
                        .distinct()
                        .toList());
            }
            if (failed.getCause() instanceof RuntimeException e) {
                throw e;
            }
            if (failed.getCause() instanceof Error e) {
                throw e;
            }
            throw new IllegalStateException(failed.getCause());
        }
        findings.forEach(f -> diagnostics.addAll(f.all()));
        OutputFiles files = rendered.get(0).files();
        List<Portfolio.Row> rows = new ArrayList<>();
        for (int i = 0; i < customers.size(); i++) {
            String folder = CUSTOMERS_DIR + "/" + customers.get(i).id() + "/";
            Rendered edition = rendered.get(i + 1);
            edition.files().all().forEach((name, bytes) -> files.bytes(folder + name, bytes));
            rows.add(edition.row().orElseThrow());
        }
        if (!customers.isEmpty()) {
            PortfolioDocument.write(request, inputs, rows, converter, diagnostics, branding, memo, files);
        }
        return files;
    }

    /** The files of one edition, and for a customer's, its row of the portfolio. */
    private record Rendered(OutputFiles files, Optional<Portfolio.Row> row) {}

    /** One customer's edition, in its language, and its row of the portfolio. */
    private Rendered produceCustomer(
            GenerateRequest request,
            CustomerEdition edition,
            Supplier<DocumentConverter> converter,
            Diagnostics diagnostics,
            BrandingAssets branding,
            History history,
            PageMemo memo,
            Optional<LocalDate> asOf,
            Messages messages) {
        String language = edition.source().customer().value().language();
        Locale locale = language.isEmpty() ? request.locale() : Locale.forLanguageTag(language);
        GenerateRequest own = new GenerateRequest(
                request.baseDir(),
                request.programDir(),
                request.outputDir().resolve(CUSTOMERS_DIR).resolve(edition.id()),
                request.maxEvidenceAge(),
                request.documents().withLocale(locale),
                request.policy(),
                request.evidence(),
                request.threads());
        // The catalogue's titles in the customer's language, resolved again over them (quiet:
        // every finding was reported when the edition was validated).
        ProgramInputs view = edition.inputs().withCatalog(c -> CatalogTitles.localize(c, locale));
        ResolvedProfile profile = resolver.resolve(view, new Diagnostics());
        Trace trace = trace(view, profile, request.maxEvidenceAge());
        OutputFiles files = produce(new OutputContext(
                own,
                view,
                profile,
                trace,
                new TemplateRenderer(request.templateOverrides(), Messages.of(locale)),
                converter,
                diagnostics,
                branding,
                history,
                memo));
        return new Rendered(
                files,
                Optional.of(Portfolio.row(
                        new CustomerEdition(edition.source(), view, profile),
                        trace,
                        locale.toLanguageTag(),
                        asOf,
                        messages)));
    }

    /** Reads the program folder, its catalogue and profile chain. */
    public ProgramInputs load(Path baseDir, Path programDir, Diagnostics diagnostics) {
        return loader.load(baseDir, programDir, diagnostics);
    }

    /**
     * Resolves the profile and cross-checks every reference, holding the program's text to the
     * strict content policy; throws if anything is wrong.
     */
    public ResolvedProfile resolve(ProgramInputs inputs, Diagnostics diagnostics) {
        return resolve(inputs, ContentPolicy.STRICT, diagnostics);
    }

    /** Resolves and validates, holding the program's text to the content policy the POM's author set. */
    public ResolvedProfile resolve(ProgramInputs inputs, ContentPolicy policy, Diagnostics diagnostics) {
        return resolveAll(inputs, policy, diagnostics).provider();
    }

    /**
     * Resolves and validates the provider's edition and every customer's; throws with the findings
     * of all of them if any is an error.
     */
    public Resolved resolveAll(ProgramInputs inputs, ContentPolicy policy, Diagnostics diagnostics) {
        ResolvedProfile profile = resolver.resolve(inputs, diagnostics);
        validator.validate(inputs, profile, diagnostics);
        markup.check(inputs, policy, diagnostics);
        parameters.check(inputs, profile, diagnostics);
        reviews.check(inputs, diagnostics);
        List<CustomerEdition> customers = new ArrayList<>();
        for (CustomerSource customer : inputs.customers()) {
            ProgramInputs view = Editions.of(inputs, customer);
            Diagnostics own = new Diagnostics();
            ResolvedProfile customerProfile = resolver.resolve(view, own);
            validator.validate(view, customerProfile, own);
            markup.check(view, policy, own);
            parameters.check(view, customerProfile, own);
            // The common content is checked in every edition: each finding is reported once.
            Set<Diagnostic> known = new HashSet<>(diagnostics.all());
            own.all().stream().filter(known::add).forEach(diagnostics::add);
            customers.add(new CustomerEdition(customer, view, customerProfile));
        }
        diagnostics.throwIfErrors();
        return new Resolved(profile, customers);
    }

    /** The provider's resolved profile and every customer's edition. */
    public record Resolved(ResolvedProfile provider, List<CustomerEdition> customers) {

        public Resolved {
            customers = List.copyOf(customers);
        }
    }

    /** Links requirement, statement, procedure and evidence, and finds the gaps. */
    public Trace trace(ProgramInputs inputs, ResolvedProfile profile, Optional<Period> maxEvidenceAge) {
        Optional<Period> maxAge = EvidenceAge.effective(maxEvidenceAge, profile);
        Trace trace = tracer.build(
                inputs,
                profile,
                maxAge,
                Optional.ofNullable(inputs.program().value().program().date()));
        return ReviewTracker.mark(trace, reviews.suspects(inputs, profile, itemTexts(inputs), TextFingerprint::sha256));
    }

    /**
     * The program's revision history from Git, when its {@code documentControl} names release tags
     * and its folder lies in a repository: each release's program is loaded, resolved and traced
     * like this one, and compared with the previous release's. What goes wrong is a warning.
     */
    public History history(
            ProgramInputs inputs,
            ResolvedProfile profile,
            Trace trace,
            ContentPolicy policy,
            Optional<Period> maxEvidenceAge,
            Diagnostics diagnostics) {
        HistoryReader<ProgramSnapshot> reader = new HistoryReader<>(new HistoryReader.Snapshots<>() {
            @Override
            public ProgramSnapshot load(Path dir, String label) {
                Diagnostics ignored = new Diagnostics();
                ProgramInputs release = Programbook.this.load(dir, dir, ignored);
                ResolvedProfile resolved = resolve(release, policy, ignored);
                return ProgramSnapshot.of(label, release, resolved, trace(release, resolved, maxEvidenceAge));
            }

            @Override
            public Release.Totals totals(ProgramSnapshot snapshot) {
                return snapshot.program()
                        .map(p -> new Release.Totals(
                                p.totals().inScope(), p.totals().coveragePercent()))
                        .orElseThrow();
            }

            @Override
            public Release.Summary compare(ProgramSnapshot older, ProgramSnapshot newer) {
                Changes.ProgramChanges changes = ReleaseChanges.between(older, newer, mappings);
                return new Release.Summary(
                        changes.added().size(),
                        changes.removed().size(),
                        changes.statusChanged().size(),
                        changes.maturityChanged().size(),
                        totals(older),
                        totals(newer));
            }
        });
        return reader.read(
                inputs.programDir(),
                inputs.program(),
                ProgramSnapshot.of(inputs.program().value().program().version(), inputs, profile, trace),
                diagnostics);
    }

    /**
     * The AsciiDoc documents of a traced program, as {@code generate} writes them with the bundled
     * templates, without writing anything.
     */
    public RenderedDocs render(ProgramInputs inputs, ResolvedProfile profile, Trace trace) {
        GenerateRequest request = new GenerateRequest(
                inputs.programDir(),
                inputs.programDir(),
                inputs.programDir(),
                Optional.empty(),
                DocumentOptions.of(Set.of(OutputFormat.ADOC)));
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
                .collect(Collectors.toMap(Map.Entry::getKey, e -> new String(e.getValue(), StandardCharsets.UTF_8))));
    }

    /**
     * The licensed text of each item, from the program's text overlay; empty without one. Review
     * tracking compares it with the fingerprints statements recorded.
     */
    private static Map<ItemId, String> itemTexts(ProgramInputs inputs) {
        Map<ItemId, String> texts = new TreeMap<>();
        inputs.overlay()
                .ifPresent(overlay -> overlay.items().forEach((id, text) -> {
                    if (!text.text().isEmpty()) {
                        texts.put(id, text.text());
                    }
                }));
        return texts;
    }

    @Override
    public ValidateResult validate(ValidateRequest request) {
        Diagnostics diagnostics = new Diagnostics();
        request.outputDir().ifPresent(dir -> OutputFolder.check(dir, request.baseDir(), diagnostics));
        boolean reportable = !diagnostics.hasErrors();
        try {
            ProgramInputs inputs = load(request.baseDir(), request.programDir(), diagnostics);
            ResolvedProfile profile = resolve(inputs, request.policy(), diagnostics);
            List<Diagnostic> warnings = diagnostics.warnings();
            if (request.failOnWarning() && !warnings.isEmpty()) {
                throw new GeneratorException(
                        diagnostics.all(),
                        (warnings.size() == 1 ? "1 warning" : warnings.size() + " warnings")
                                + " in the program's input, and warnings fail the build (failOnWarning), see above");
            }
            Optional<Path> report = request.reportFile().map(file -> ValidationReport.write(file, diagnostics.all()));
            return new ValidateResult(
                    inputs.files().size(),
                    inputs.statements().size(),
                    inputs.procedures().size(),
                    profile.inScope().size(),
                    warnings,
                    report);
        } catch (GeneratorException e) {
            request.outputDir().ifPresent(dir -> OutputWriter.removeStale(dir, staleAfterFailure(dir)));
            if (reportable) {
                request.reportFile().ifPresent(file -> report(file, e));
            }
            throw e;
        } catch (RuntimeException | Error e) {
            request.outputDir().ifPresent(dir -> OutputWriter.removeStale(dir, staleAfterFailure(dir)));
            throw e;
        }
    }

    /** Writes the findings of a failed run; a report that cannot be written does not hide them. */
    private static void report(Path file, GeneratorException failure) {
        try {
            ValidationReport.write(file, failure.diagnostics());
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    @Override
    public GenerateResult generate(GenerateRequest request) {
        return generate(request, PageMemo.NONE);
    }

    /**
     * As {@link #generate(GenerateRequest)}, taking the pages and PDFs of an earlier build from the
     * memo where nothing they are made of changed: the live preview's builds.
     */
    GenerateResult generate(GenerateRequest request, PageMemo memo) {
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
        Diagnostics diagnostics = new Diagnostics();
        // First of all, so that a folder that cannot be written fails before anything is rendered.
        OutputFolder.check(request.outputDir(), request.baseDir(), diagnostics);
        boolean reportable = !diagnostics.hasErrors();
        try {
            SortedMap<String, String> inputsBefore = BuildState.currentInputs(request, List.of());
            // Started before loading, so that JRuby boots while the program is read and checked;
            // not for an output folder that cannot be written, which fails the run before any rendering.
            RunConverter converter = converter(
                    reportable ? request.formats() : Set.of(),
                    request.documents().cacheDirectory());
            // Read first, so that a missing logo is reported together with the program's problems.
            BrandingAssets branding = BrandingAssets.load(request.branding(), request.baseDir(), diagnostics);
            BrandingAssets.checkTemplateFolder(request.templateOverrides(), request.baseDir(), diagnostics);
            checkWordTemplate(request.documents(), request.baseDir(), diagnostics);
            // The catalogue's titles in the documents' language (diagnostics above quote no title)
            ProgramInputs inputs = load(request.baseDir(), request.programDir(), diagnostics)
                    .withCatalog(c -> CatalogTitles.localize(c, request.locale()));
            Resolved resolved = resolveAll(inputs, request.policy(), diagnostics);
            ResolvedProfile profile = resolved.provider();
            Trace trace = trace(inputs, profile, request.maxEvidenceAge());
            History history = history(inputs, profile, trace, request.policy(), request.maxEvidenceAge(), diagnostics);
            OutputFiles files = produceEditions(
                    request,
                    inputs,
                    profile,
                    trace,
                    resolved.customers(),
                    converter,
                    diagnostics,
                    branding,
                    history,
                    memo);
            // A customer removed from the program loses its edition: the files of every customer folder
            // an earlier run left are ours to replace or remove.
            List<String> owned = Stream.concat(
                            ownedFiles().stream(),
                            customerFiles(Stream.concat(
                                                    resolved.customers().stream()
                                                            .map(CustomerEdition::id),
                                                    customerFolders(request.outputDir()).stream())
                                            .distinct()
                                            .toList())
                                    .stream())
                    .distinct()
                    .toList();
            owned = Stream.concat(owned.stream(), goneCustomersChanges(request.outputDir(), resolved).stream())
                    .toList();
            List<Path> written = OutputWriter.write(request.outputDir(), files.all(), owned, request.baseDir());
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
            OutputWriter.writeState(request.outputDir(), BuildState.FILE, state.toJson(), request.baseDir());
            return result;
        } catch (GeneratorException e) {
            OutputWriter.removeStale(request.outputDir(), staleAfterFailure(request.outputDir()));
            if (reportable) {
                report(request.outputDir().resolve(ValidationReport.FILE_NAME), e);
            }
            throw e;
        } catch (RuntimeException | Error e) {
            OutputWriter.removeStale(request.outputDir(), staleAfterFailure(request.outputDir()));
            throw e;
        }
    }

    @Override
    public DiffResult diff(DiffRequest request) {
        Diagnostics diagnostics = new Diagnostics();
        OutputFolder.check(request.outputDir(), request.baseDir(), diagnostics);
        try {
            Supplier<DocumentConverter> converter = converter(
                    diagnostics.hasErrors() ? Set.of() : request.formats(),
                    request.documents().cacheDirectory());
            Compared compared = compare(request, diagnostics);
            Changes changes = compared.provider();
            BrandingAssets branding = BrandingAssets.load(request.branding(), request.baseDir(), new Diagnostics());
            Messages messages = Messages.of(request.locale());
            // Two programs compared: the changes are a document of the newer one, under its control.
            Optional<ProgramInputs> newer = changes.kind() == Changes.Kind.BASELINE
                    ? Optional.of(load(request.baseDir(), request.programDir(), new Diagnostics()))
                    : Optional.empty();
            Optional<ControlView> control =
                    newer.map(inputs -> new ControlViewBuilder().build(inputs, History.none(), messages));
            DocumentPages.Imprint imprint = ChangesDocuments.imprint(changes);
            if (newer.isPresent()) {
                imprint = new DocumentPages.Imprint(
                        imprint.organisation(),
                        imprint.version(),
                        imprint.date(),
                        ControlViewBuilder.draft(newer.get()) ? messages.get("control.draft.mark") : "",
                        TitlePage.control(newer.get().program().value(), messages));
            }
            OutputFiles files = ChangesDocuments.write(
                    changes,
                    request,
                    new DocumentPages(
                            new TemplateRenderer(request.templateOverrides(), messages),
                            converter,
                            diagnostics,
                            branding,
                            request.pdfDate(),
                            request.baseDir(),
                            request.outputDir(),
                            imprint,
                            request.policy(),
                            request.documents().pdfUa(),
                            new DocumentPages.Word(request.documents().wordTemplate(), Optional.empty()),
                            PageMemo.NONE),
                    control);
            // Each customer's changes, over its edition of both programs, into its folder.
            List<String> customers = new ArrayList<>();
            for (CustomerDiff customer : customerChanges(request, compared, diagnostics)) {
                customers.add(customer.id());
                customerChangesDocuments(customer, request, converter, diagnostics, branding)
                        .all()
                        .forEach((name, bytes) -> files.bytes(CUSTOMERS_DIR + "/" + customer.id() + "/" + name, bytes));
            }
            // A customer the program no longer has loses its changes; with 'customer' set, the
            // other customers' changes stay as an earlier run wrote them.
            List<String> current = compared.newer()
                    .map(n -> n.resolved().customers().stream()
                            .map(CustomerEdition::id)
                            .toList())
                    .orElse(List.of());
            Stream.concat(
                            request.customer().isPresent() ? Stream.<String>empty() : current.stream(),
                            customerFolders(request.outputDir()).stream().filter(id -> !current.contains(id)))
                    .forEach(customers::add);
            List<String> owned = Stream.concat(
                            ChangesDocuments.FILES.stream(),
                            customerChangesFiles(customers.stream().distinct().toList()).stream())
                    .toList();
            List<Path> written = OutputWriter.write(request.outputDir(), files.all(), owned, request.baseDir());
            return new DiffResult(written, changes.summary(), diagnostics.warnings());
        } catch (RuntimeException | Error e) {
            OutputWriter.removeStale(request.outputDir(), staleAfterFailure(request.outputDir()));
            throw e;
        }
    }

    /**
     * What a diff compares and finds, before anything is written; throws with every finding of
     * the comparison, the branding and the templates when any is an error.
     *
     * @param diagnostics receives the findings; may hold findings already (the output folder's)
     */
    public Changes changes(DiffRequest request, Diagnostics diagnostics) {
        return compare(request, diagnostics).provider();
    }

    /** A program a diff loaded, with the provider's and every customer's edition resolved. */
    private record Loaded(ProgramInputs inputs, Resolved resolved) {}

    /**
     * What a diff compared: the provider's changes and, when the program and a baseline are compared,
     * both programs as loaded, for the customers' changes.
     */
    private record Compared(Changes provider, Differ differ, Optional<Loaded> older, Optional<Loaded> newer) {}

    /** One customer's changes, in its language. */
    private record CustomerDiff(CustomerEdition edition, Locale locale, Changes changes) {

        String id() {
            return edition.id();
        }
    }

    private Compared compare(DiffRequest request, Diagnostics diagnostics) {
        Map<String, Loaded> loaded = new TreeMap<>();
        Differ differ = new Differ(yaml, mappings, (programDir, label, warnings) -> {
            ProgramInputs inputs = load(request.baseDir(), programDir, warnings);
            Resolved resolved = resolveAll(inputs, request.policy(), warnings);
            loaded.put(label, new Loaded(inputs, resolved));
            ResolvedProfile profile = resolved.provider();
            return ProgramSnapshot.of(label, inputs, profile, trace(inputs, profile, request.maxEvidenceAge()));
        });
        // A missing logo is reported together with the comparison's problems, whichever fails.
        Diagnostics brandingFindings = new Diagnostics();
        BrandingAssets.load(request.branding(), request.baseDir(), brandingFindings);
        BrandingAssets.checkTemplateFolder(request.templateOverrides(), request.baseDir(), brandingFindings);
        checkWordTemplate(request.documents(), request.baseDir(), brandingFindings);
        Changes changes;
        try {
            changes = differ.compare(request, diagnostics);
        } catch (GeneratorException e) {
            throw new GeneratorException(Stream.concat(
                            Stream.concat(diagnostics.all().stream(), e.diagnostics().stream())
                                    .distinct(),
                            brandingFindings.all().stream())
                    .toList());
        }
        diagnostics.addAll(brandingFindings.all());
        Optional<Loaded> newer = Optional.ofNullable(loaded.get("current"));
        request.customer().ifPresent(only -> checkCustomer(only, changes, newer, diagnostics));
        diagnostics.throwIfErrors();
        return new Compared(changes, differ, Optional.ofNullable(loaded.get("baseline")), newer);
    }

    /** The customer a diff is restricted to: one of the current program's, and only against a baseline. */
    private static void checkCustomer(String only, Changes changes, Optional<Loaded> newer, Diagnostics diagnostics) {
        SourcePosition at = SourcePosition.wholeFile("diff configuration");
        if (changes.kind() != Changes.Kind.BASELINE || newer.isEmpty()) {
            diagnostics.error(
                    Rule.DIFF_REQUEST,
                    at,
                    "'customer' applies only when the program is compared with a baseline",
                    "set 'baseline' (-Dprogrambook.baseline=...), or leave 'customer' unset");
            return;
        }
        List<String> ids = newer.get().resolved().customers().stream()
                .map(CustomerEdition::id)
                .toList();
        if (!ids.contains(only)) {
            diagnostics.error(
                    Rule.DIFF_REQUEST,
                    at,
                    "'customer' names '" + only + "', which is not a customer of the current program",
                    ids.isEmpty()
                            ? "the program declares no customer under customers/: leave 'customer' unset"
                            : "use one of: " + String.join(", ", ids));
        }
    }

    /**
     * Every customer's changes (or the one the request names) when the program and a baseline are
     * compared: each over the customer's edition of both programs, in the customer's language. A
     * customer the baseline does not have gets changes that say its edition is new; one only the
     * baseline has gets none.
     */
    private List<CustomerDiff> customerChanges(DiffRequest request, Compared compared, Diagnostics diagnostics) {
        if (compared.older().isEmpty() || compared.newer().isEmpty()) {
            return List.of();
        }
        Loaded older = compared.older().get();
        Loaded newer = compared.newer().get();
        Map<String, CustomerEdition> before = new TreeMap<>();
        older.resolved().customers().forEach(c -> before.put(c.id(), c));
        List<CustomerDiff> diffs = new ArrayList<>();
        for (CustomerEdition edition : newer.resolved().customers()) {
            if (request.customer().map(only -> !only.equals(edition.id())).orElse(false)) {
                continue;
            }
            String language = edition.source().customer().value().language();
            Locale locale = language.isEmpty() ? request.locale() : Locale.forLanguageTag(language);
            boolean outside = edition.inputs().customerAudience();
            Optional<Differ.CustomerSide> then = Optional.ofNullable(before.get(edition.id()))
                    .map(e -> customerSide(e, older.inputs(), locale, outside, request));
            Program baseline = older.inputs().program().value();
            Changes changes = compared.differ()
                    .customer(
                            then,
                            baseline.program().title(),
                            baseline.program().version(),
                            customerSide(edition, newer.inputs(), locale, outside, request),
                            outside,
                            diagnostics);
            diffs.add(new CustomerDiff(edition, locale, changes));
        }
        return diffs;
    }

    /** A customer's edition of a program as a diff compares it, its catalogue titles in the customer's language. */
    private Differ.CustomerSide customerSide(
            CustomerEdition edition, ProgramInputs program, Locale locale, boolean outside, DiffRequest request) {
        ProgramInputs view = edition.inputs().withCatalog(c -> CatalogTitles.localize(c, locale));
        // quiet: every finding was reported when the edition was validated
        ResolvedProfile profile = resolver.resolve(view, new Diagnostics());
        Trace trace = trace(view, profile, request.maxEvidenceAge());
        Program facts = program.program().value();
        return new Differ.CustomerSide(
                ProgramSnapshot.of(edition.id(), view, profile, trace, outside),
                edition.source().customer().value(),
                facts.program().title(),
                facts.program().version());
    }

    /** A customer's changes documents, in its language, under the current program's document control. */
    private static OutputFiles customerChangesDocuments(
            CustomerDiff customer,
            DiffRequest request,
            Supplier<DocumentConverter> converter,
            Diagnostics diagnostics,
            BrandingAssets branding) {
        Messages messages = Messages.of(customer.locale());
        ProgramInputs inputs = customer.edition().inputs();
        DocumentPages.Imprint imprint = ChangesDocuments.imprint(customer.changes());
        imprint = new DocumentPages.Imprint(
                imprint.organisation(),
                imprint.version(),
                imprint.date(),
                ControlViewBuilder.draft(inputs) ? messages.get("control.draft.mark") : "",
                TitlePage.control(inputs.program().value(), messages));
        return ChangesDocuments.write(
                customer.changes(),
                request,
                new DocumentPages(
                        new TemplateRenderer(request.templateOverrides(), messages),
                        converter,
                        diagnostics,
                        branding,
                        request.pdfDate(),
                        request.baseDir(),
                        request.outputDir().resolve(CUSTOMERS_DIR).resolve(customer.id()),
                        imprint,
                        request.policy(),
                        request.documents().pdfUa(),
                        new DocumentPages.Word(request.documents().wordTemplate(), Optional.empty()),
                        PageMemo.NONE),
                Optional.of(new ControlViewBuilder().build(inputs, History.none(), messages)));
    }

    @Override
    public CheckResult check(CheckRequest request) {
        Diagnostics diagnostics = new Diagnostics();
        ProgramInputs inputs = load(request.baseDir(), request.programDir(), diagnostics);
        Resolved resolved = resolveAll(inputs, request.policy(), diagnostics);
        ResolvedProfile profile = resolved.provider();
        Optional<LocalDate> asOf =
                Optional.ofNullable(inputs.program().value().program().date());
        Trace trace = trace(inputs, profile, request.gates().maxEvidenceAge());
        request.gates()
                .warnDaysAhead()
                .ifPresent(days -> DueSoon.warn(
                        ReviewCalendar.of(
                                inputs,
                                EvidenceRegister.of(inputs),
                                EvidenceAge.effective(request.gates().maxEvidenceAge(), profile),
                                EvidenceAge.effective(Optional.empty(), profile)),
                        days,
                        diagnostics));
        CheckResult provider = new Checker()
                .check(
                        trace,
                        inputs.catalog().groups(),
                        request.gates(),
                        ActionPlan.of(inputs, trace, asOf),
                        Checker.draftReasons(inputs),
                        Findings.of(inputs, profile).latest());
        // Each customer's accepted deviations must still hold, and its edition meet its own coverage.
        List<GateResult> gates = new ArrayList<>(provider.gates());
        for (CustomerEdition customer : resolved.customers()) {
            customer.source()
                    .customer()
                    .value()
                    .coverageGate()
                    .ifPresent(minimum -> gates.add(new Checker()
                            .coverage(
                                    "coverage of customer " + customer.id(),
                                    trace(
                                            customer.inputs(),
                                            customer.profile(),
                                            request.gates().maxEvidenceAge()),
                                    customer.inputs().catalog().groups(),
                                    minimum)));
            gates.add(CustomerGates.deviations(customer, asOf));
        }
        return new CheckResult(
                provider.inScope(),
                provider.covered(),
                provider.gaps(),
                provider.coveragePercent(),
                gates,
                diagnostics.warnings());
    }

    @Override
    public Preview preview(PreviewRequest request, PreviewListener listener) {
        return LivePreview.start(this, request, listener);
    }

    @Override
    public ImportAssessmentResult importAssessment(ImportAssessmentRequest request) {
        Diagnostics diagnostics = new Diagnostics();
        ProgramInputs inputs = load(request.baseDir(), request.programDir(), diagnostics);
        ResolvedProfile profile = resolve(inputs, request.policy(), diagnostics);
        SourceFile worksheet = SourceFile.of(request.worksheet(), request.baseDir());
        if (!Files.isRegularFile(request.worksheet())) {
            diagnostics.error(
                    Rule.FILE_MISSING,
                    SourcePosition.wholeFile(worksheet.displayName()),
                    "the worksheet to import does not exist",
                    "give the filled assessment-worksheet.xlsx: -Dprogrambook.worksheet=<file>");
            diagnostics.throwIfErrors();
        }
        Optional<AssessmentImporter.Imported> imported = new AssessmentImporter()
                .read(
                        inputs,
                        profile,
                        request.worksheet(),
                        worksheet.displayName(),
                        request.assessor(),
                        request.date(),
                        request.scheme(),
                        diagnostics);
        imported.filter(i -> Files.exists(i.file()))
                .ifPresent(i -> diagnostics.error(
                        Rule.ASSESSMENT_EXISTS,
                        SourcePosition.wholeFile(
                                SourceFile.of(i.file(), request.baseDir()).displayName()),
                        "the program already has this assessment record"));
        diagnostics.throwIfErrors();
        AssessmentImporter.Imported record = imported.orElseThrow();
        OutputWriter.writeNew(
                record.file(),
                AssessmentImporter.yaml(record.assessment(), worksheet.displayName())
                        .getBytes(StandardCharsets.UTF_8));
        return new ImportAssessmentResult(
                record.file(),
                record.rows(),
                record.assessment().results().size(),
                (int) record.assessment().results().stream()
                        .filter(Assessment.Result::isFinding)
                        .count(),
                AssessmentImporter.counts(record.assessment()),
                diagnostics.warnings());
    }

    @Override
    public InitResult init(InitRequest request) {
        return new Scaffolder(yaml).scaffold(request);
    }

    /** The Word template, when Word documents are asked: a Word file with the heading styles. */
    private static void checkWordTemplate(DocumentOptions documents, Path baseDir, Diagnostics diagnostics) {
        if (documents.formats().contains(OutputFormat.DOCX)) {
            documents
                    .wordTemplate()
                    .ifPresent(
                            t -> WordTemplate.load(t, SourceFile.of(t, baseDir).displayName(), diagnostics));
        }
    }

    private static OutputFiles produce(OutputContext context) {
        OutputFiles files = new OutputFiles();
        OUTPUTS.forEach(output -> output.write(context, files));
        return files;
    }

    /**
     * The run's converter. Asciidoctor (JRuby) starts only when a document needs it: one that the
     * fast path ({@code FastConverter}) declines and the cache does not hold. The example's
     * documents need none, so starting it in the background would only take a core from the run.
     */
    private RunConverter converter(Set<OutputFormat> formats, Optional<Path> cacheDirectory) {
        Optional<ConversionCache> cache = cacheDirectory.map(ConversionCache::new);
        boolean converts = formats.contains(OutputFormat.HTML)
                || formats.contains(OutputFormat.PDF)
                || formats.contains(OutputFormat.DOCX);
        RunConverter converter = new RunConverter(() -> converters.make(cache, false));
        if (converts) {
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

        synchronized Optional<Duration> startedAsciidoctor() {
            return converter == null ? Optional.empty() : converter.startedAsciidoctor();
        }
    }
}
