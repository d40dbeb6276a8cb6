package io.programbook.core.api;

import java.nio.file.Path;
import java.time.Instant;
import java.time.Period;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What to compare, and where the changes go. Exactly one of three comparisons:
 * <ul>
 * <li>two catalogue editions: {@code fromCatalog} and/or {@code toCatalog} (the one left out is the
 *     program's own catalogue);
 * <li>two profiles: {@code fromProfile} and/or {@code toProfile} (a profile file, relative to the
 *     base directory, or a bundled profile name; the one left out is the program's own profile);
 * <li>the program and a {@code baseline}: a folder holding an earlier version of the program
 *     (its program folder, or a project with {@code src/programbook}).
 * </ul>
 *
 * <p>The changes are written like the documents of {@code generate}: {@code changes.html} and
 * {@code changes.pdf} through the same page shells, templates, branding and PDF date.
 *
 * @param baseDir           the project base directory: diagnostics name files relative to it
 * @param programDir        the program folder ({@code src/programbook} by convention)
 * @param outputDir         where {@code changes.*} go ({@code target/programbook} by convention)
 * @param maxEvidenceAge    evidence older than this is a gap, as for {@code generate}; empty takes the
 *                          profile parameter {@code review-interval-months}
 * @param documents         formats besides AsciiDoc and JSON ({@code html}, {@code pdf}), templates,
 *                          branding and the PDF date of {@code changes.pdf}, as for {@code generate}
 * @param policy            what the program's AsciiDoc may hold (passthroughs, remote images)
 * @param customer          when the program and a baseline are compared, the one customer whose
 *                          changes are written ({@code customers/<id>/changes.*}); empty: every
 *                          customer of the current program
 */
public record DiffRequest(
        Path baseDir,
        Path programDir,
        Path outputDir,
        Optional<String> fromCatalog,
        Optional<String> toCatalog,
        Optional<String> fromProfile,
        Optional<String> toProfile,
        Optional<Path> baseline,
        Optional<Period> maxEvidenceAge,
        DocumentOptions documents,
        ContentPolicy policy,
        Optional<String> customer) {

    public DiffRequest {
        customer = blankless(customer);
        baseDir = baseDir.toAbsolutePath().normalize();
        programDir = programDir.toAbsolutePath().normalize();
        outputDir = outputDir.toAbsolutePath().normalize();
        fromCatalog = blankless(fromCatalog);
        toCatalog = blankless(toCatalog);
        fromProfile = blankless(fromProfile);
        toProfile = blankless(toProfile);
        baseline = Objects.requireNonNull(baseline, "baseline")
                .map(p -> p.toAbsolutePath().normalize());
        Objects.requireNonNull(maxEvidenceAge, "maxEvidenceAge");
        Objects.requireNonNull(documents, "documents");
        Objects.requireNonNull(policy, "policy");
    }

    /** A request for every customer's changes. */
    public DiffRequest(
            Path baseDir,
            Path programDir,
            Path outputDir,
            Optional<String> fromCatalog,
            Optional<String> toCatalog,
            Optional<String> fromProfile,
            Optional<String> toProfile,
            Optional<Path> baseline,
            Optional<Period> maxEvidenceAge,
            DocumentOptions documents,
            ContentPolicy policy) {
        this(
                baseDir,
                programDir,
                outputDir,
                fromCatalog,
                toCatalog,
                fromProfile,
                toProfile,
                baseline,
                maxEvidenceAge,
                documents,
                policy,
                Optional.empty());
    }

    /** A request with the strict content policy: no passthrough, no remote image. */
    public DiffRequest(
            Path baseDir,
            Path programDir,
            Path outputDir,
            Optional<String> fromCatalog,
            Optional<String> toCatalog,
            Optional<String> fromProfile,
            Optional<String> toProfile,
            Optional<Path> baseline,
            Optional<Period> maxEvidenceAge,
            DocumentOptions documents) {
        this(
                baseDir,
                programDir,
                outputDir,
                fromCatalog,
                toCatalog,
                fromProfile,
                toProfile,
                baseline,
                maxEvidenceAge,
                documents,
                ContentPolicy.STRICT);
    }

    /** A request with the bundled templates, without branding and without a PDF date. */
    public DiffRequest(
            Path baseDir,
            Path programDir,
            Path outputDir,
            Set<OutputFormat> formats,
            Optional<String> fromCatalog,
            Optional<String> toCatalog,
            Optional<String> fromProfile,
            Optional<String> toProfile,
            Optional<Path> baseline,
            Optional<Period> maxEvidenceAge) {
        this(
                baseDir,
                programDir,
                outputDir,
                fromCatalog,
                toCatalog,
                fromProfile,
                toProfile,
                baseline,
                maxEvidenceAge,
                DocumentOptions.of(formats));
    }

    private static Optional<String> blankless(Optional<String> value) {
        return Objects.requireNonNull(value).map(String::strip).filter(s -> !s.isEmpty());
    }

    /** The same request with other output formats. */
    public DiffRequest withFormats(Set<OutputFormat> other) {
        return new DiffRequest(
                baseDir,
                programDir,
                outputDir,
                fromCatalog,
                toCatalog,
                fromProfile,
                toProfile,
                baseline,
                maxEvidenceAge,
                documents.withFormats(other),
                policy,
                customer);
    }

    /** The same request, writing the changes of one customer only (empty: every customer's). */
    public DiffRequest withCustomer(Optional<String> only) {
        return new DiffRequest(
                baseDir,
                programDir,
                outputDir,
                fromCatalog,
                toCatalog,
                fromProfile,
                toProfile,
                baseline,
                maxEvidenceAge,
                documents,
                policy,
                only);
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

    /** Shorthand for {@code documents().locale()}: the language of the changes documents. */
    public Locale locale() {
        return documents.locale();
    }

    /** Compares two catalogue editions, writing into the conventional folders under a base directory. */
    public static DiffRequest editions(Path baseDir, String from, String to) {
        return new DiffRequest(
                baseDir,
                baseDir.resolve("src/programbook"),
                baseDir.resolve("target/programbook"),
                Set.of(OutputFormat.HTML),
                Optional.of(from),
                Optional.of(to),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }
}
