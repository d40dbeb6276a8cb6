package io.programbook.core.api;

import java.nio.file.Path;
import java.time.Instant;
import java.time.Period;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What to generate, from where, to where. Build-tool adapters translate their configuration into
 * this one immutable value. The up-to-date check compares the whole request, so every component
 * counts: a run with any other value renders again.
 *
 * @param baseDir        the project base directory: diagnostics name files relative to it
 * @param programDir     the program folder ({@code src/programbook} by convention)
 * @param outputDir      where outputs go ({@code target/programbook} by convention)
 * @param maxEvidenceAge evidence older than this is a gap; empty takes the profile parameter
 *                       {@code review-interval-months}, if set
 * @param documents      formats, templates, branding, PDF date and language
 * @param policy         what the program's AsciiDoc may hold (passthroughs, remote images)
 * @param evidence       size limits of the assessor package, the review calendar's horizon
 * @param threads        how many editions (the provider's and each customer's) are rendered at
 *                       once: {@link #CORES} (the default) the number of processors, 1 one after the
 *                       other; the files are the same bytes whatever the number, so it is a
 *                       {@link RunSetting}, not compared by the up-to-date check
 */
public record GenerateRequest(
        Path baseDir,
        Path programDir,
        Path outputDir,
        Optional<Period> maxEvidenceAge,
        DocumentOptions documents,
        ContentPolicy policy,
        EvidenceOptions evidence,
        @RunSetting int threads) {

    /** {@link #threads}: as many threads as the machine has processors. */
    public static final int CORES = 0;

    public GenerateRequest {
        baseDir = baseDir.toAbsolutePath().normalize();
        programDir = programDir.toAbsolutePath().normalize();
        outputDir = outputDir.toAbsolutePath().normalize();
        Objects.requireNonNull(maxEvidenceAge, "maxEvidenceAge");
        Objects.requireNonNull(documents, "documents");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(evidence, "evidence");
        if (threads < 0) {
            throw new IllegalArgumentException("threads is " + threads
                    + ": give the number of editions rendered at once (1 renders one after the other),"
                    + " or leave it unset for the number of processors");
        }
    }

    /** A request rendering its editions on as many threads as the machine has processors. */
    public GenerateRequest(
            Path baseDir,
            Path programDir,
            Path outputDir,
            Optional<Period> maxEvidenceAge,
            DocumentOptions documents,
            ContentPolicy policy,
            EvidenceOptions evidence) {
        this(baseDir, programDir, outputDir, maxEvidenceAge, documents, policy, evidence, CORES);
    }

    /** A request with the default evidence options. */
    public GenerateRequest(
            Path baseDir,
            Path programDir,
            Path outputDir,
            Optional<Period> maxEvidenceAge,
            DocumentOptions documents,
            ContentPolicy policy) {
        this(baseDir, programDir, outputDir, maxEvidenceAge, documents, policy, EvidenceOptions.DEFAULTS);
    }

    /** A request with the strict content policy: no passthrough, no remote image. */
    public GenerateRequest(
            Path baseDir, Path programDir, Path outputDir, Optional<Period> maxEvidenceAge, DocumentOptions documents) {
        this(baseDir, programDir, outputDir, maxEvidenceAge, documents, ContentPolicy.STRICT);
    }

    /** A request with these formats and templates, without branding and without a PDF date. */
    public GenerateRequest(
            Path baseDir,
            Path programDir,
            Path outputDir,
            Set<OutputFormat> formats,
            Optional<Path> templateOverrides,
            Optional<Period> maxEvidenceAge) {
        this(
                baseDir,
                programDir,
                outputDir,
                maxEvidenceAge,
                new DocumentOptions(formats, templateOverrides, Branding.NONE, Optional.empty()));
    }

    /** The conventional layout under a base directory: HTML from {@code src/programbook} into {@code target/programbook}. */
    public static GenerateRequest conventional(Path baseDir) {
        return new GenerateRequest(
                baseDir,
                baseDir.resolve("src/programbook"),
                baseDir.resolve("target/programbook"),
                Optional.empty(),
                DocumentOptions.of(Set.of(OutputFormat.HTML)));
    }

    /** The same request writing other formats. */
    public GenerateRequest withFormats(Set<OutputFormat> newFormats) {
        return new GenerateRequest(
                baseDir,
                programDir,
                outputDir,
                maxEvidenceAge,
                documents.withFormats(newFormats),
                policy,
                evidence,
                threads);
    }

    /** The same request rendering its editions on this many threads ({@link #CORES}: one per processor). */
    public GenerateRequest withThreads(int count) {
        return new GenerateRequest(baseDir, programDir, outputDir, maxEvidenceAge, documents, policy, evidence, count);
    }

    /** How many threads render the editions: {@link #threads}, or the number of processors for {@link #CORES}. */
    public int renderThreads() {
        return threads == CORES ? Math.max(1, Runtime.getRuntime().availableProcessors()) : threads;
    }

    /** Shorthand for {@code documents().formats()}. */
    public Set<OutputFormat> formats() {
        return documents.formats();
    }

    /** Shorthand for {@code documents().templateOverrides()}. */
    public Optional<Path> templateOverrides() {
        return documents.templateOverrides();
    }

    /** Shorthand for {@code documents().branding()}. */
    public Branding branding() {
        return documents.branding();
    }

    /** Shorthand for {@code documents().pdfDate()}. */
    public Optional<Instant> pdfDate() {
        return documents.pdfDate();
    }

    /** Shorthand for {@code documents().locale()}. */
    public Locale locale() {
        return documents.locale();
    }
}
