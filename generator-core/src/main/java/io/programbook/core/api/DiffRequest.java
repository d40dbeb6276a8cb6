package io.programbook.core.api;

import java.nio.file.Path;
import java.time.Instant;
import java.time.Period;
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
 * @param formats           formats to write besides AsciiDoc and JSON: {@code html}, {@code pdf}
 * @param maxEvidenceAge    evidence older than this is a gap, as for {@code generate}; empty takes the
 *                          profile parameter {@code review-interval-months}
 * @param templateOverrides a folder of templates that replace bundled ones file by file
 * @param branding          logo, HTML stylesheet and PDF theme of the user's own
 * @param pdfDate           the creation date written into {@code changes.pdf}; empty writes none
 */
public record DiffRequest(
        Path baseDir,
        Path programDir,
        Path outputDir,
        Set<OutputFormat> formats,
        Optional<String> fromCatalog,
        Optional<String> toCatalog,
        Optional<String> fromProfile,
        Optional<String> toProfile,
        Optional<Path> baseline,
        Optional<Period> maxEvidenceAge,
        Optional<Path> templateOverrides,
        Branding branding,
        Optional<Instant> pdfDate) {

    public DiffRequest {
        baseDir = baseDir.toAbsolutePath().normalize();
        programDir = programDir.toAbsolutePath().normalize();
        outputDir = outputDir.toAbsolutePath().normalize();
        formats = Set.copyOf(formats);
        fromCatalog = blankless(fromCatalog);
        toCatalog = blankless(toCatalog);
        fromProfile = blankless(fromProfile);
        toProfile = blankless(toProfile);
        baseline = Objects.requireNonNull(baseline, "baseline")
                .map(p -> p.toAbsolutePath().normalize());
        Objects.requireNonNull(maxEvidenceAge, "maxEvidenceAge");
        templateOverrides = Objects.requireNonNull(templateOverrides, "templateOverrides")
                .map(p -> p.toAbsolutePath().normalize());
        Objects.requireNonNull(branding, "branding");
        Objects.requireNonNull(pdfDate, "pdfDate");
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
                formats,
                fromCatalog,
                toCatalog,
                fromProfile,
                toProfile,
                baseline,
                maxEvidenceAge,
                Optional.empty(),
                Branding.NONE,
                Optional.empty());
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
                other,
                fromCatalog,
                toCatalog,
                fromProfile,
                toProfile,
                baseline,
                maxEvidenceAge,
                templateOverrides,
                branding,
                pdfDate);
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
