package io.programbook.core;

import java.nio.file.Path;
import java.time.Instant;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What to generate, from where, to where. Build-tool adapters translate their configuration into
 * this one immutable value.
 *
 * @param baseDir           the project base directory: diagnostics name files relative to it
 * @param programDir        the program folder ({@code src/programbook} by convention)
 * @param outputDir         where outputs go ({@code target/programbook} by convention)
 * @param formats           formats to write besides AsciiDoc
 * @param templateOverrides a folder of templates that replace bundled ones file by file
 * @param maxEvidenceAge    evidence older than this is a gap; empty takes the profile parameter
 *                          {@code review-interval-months}, if set
 * @param branding          logo, HTML stylesheet and PDF theme of the user's own
 * @param pdfDate           the creation date written into PDFs; empty writes none, so that the
 *                          same inputs give the same bytes
 */
public record GenerateRequest(Path baseDir, Path programDir, Path outputDir, Set<OutputFormat> formats,
        Optional<Path> templateOverrides, Optional<Period> maxEvidenceAge, Branding branding, Optional<Instant> pdfDate) {

    public GenerateRequest {
        baseDir = baseDir.toAbsolutePath().normalize();
        programDir = programDir.toAbsolutePath().normalize();
        outputDir = outputDir.toAbsolutePath().normalize();
        formats = Set.copyOf(formats);
        templateOverrides = Objects.requireNonNull(templateOverrides, "templateOverrides")
                .map(p -> p.toAbsolutePath().normalize());
        Objects.requireNonNull(maxEvidenceAge, "maxEvidenceAge");
        Objects.requireNonNull(branding, "branding");
        Objects.requireNonNull(pdfDate, "pdfDate");
    }

    /** A request without branding and without a PDF date. */
    public GenerateRequest(Path baseDir, Path programDir, Path outputDir, Set<OutputFormat> formats,
            Optional<Path> templateOverrides, Optional<Period> maxEvidenceAge) {
        this(baseDir, programDir, outputDir, formats, templateOverrides, maxEvidenceAge, Branding.NONE, Optional.empty());
    }

    /** The conventional layout under a base directory: HTML from {@code src/programbook} into {@code target/programbook}. */
    public static GenerateRequest conventional(Path baseDir) {
        return new GenerateRequest(baseDir, baseDir.resolve("src/programbook"), baseDir.resolve("target/programbook"),
                Set.of(OutputFormat.HTML), Optional.empty(), Optional.empty());
    }

    /** The same request writing other formats. */
    public GenerateRequest withFormats(Set<OutputFormat> newFormats) {
        return new GenerateRequest(baseDir, programDir, outputDir, newFormats, templateOverrides, maxEvidenceAge, branding,
                pdfDate);
    }
}
