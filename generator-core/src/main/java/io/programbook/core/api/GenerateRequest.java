package io.programbook.core.api;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Locale;
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
 * @param locale            the documents' language and formats ({@code en} by default;
 *                          {@code en-XA} is the pseudo-locale that shows every message wrapped)
 */
public record GenerateRequest(
        Path baseDir,
        Path programDir,
        Path outputDir,
        Set<OutputFormat> formats,
        Optional<Path> templateOverrides,
        Optional<Period> maxEvidenceAge,
        Branding branding,
        Optional<Instant> pdfDate,
        Locale locale) {

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
        Objects.requireNonNull(locale, "locale");
    }

    /** A request for documents in English. */
    public GenerateRequest(
            Path baseDir,
            Path programDir,
            Path outputDir,
            Set<OutputFormat> formats,
            Optional<Path> templateOverrides,
            Optional<Period> maxEvidenceAge,
            Branding branding,
            Optional<Instant> pdfDate) {
        this(
                baseDir,
                programDir,
                outputDir,
                formats,
                templateOverrides,
                maxEvidenceAge,
                branding,
                pdfDate,
                Locale.ENGLISH);
    }

    /** A request without branding and without a PDF date. */
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
                formats,
                templateOverrides,
                maxEvidenceAge,
                Branding.NONE,
                Optional.empty());
    }

    /** The conventional layout under a base directory: HTML from {@code src/programbook} into {@code target/programbook}. */
    public static GenerateRequest conventional(Path baseDir) {
        return new GenerateRequest(
                baseDir,
                baseDir.resolve("src/programbook"),
                baseDir.resolve("target/programbook"),
                Set.of(OutputFormat.HTML),
                Optional.empty(),
                Optional.empty());
    }

    /**
     * Reads a PDF date as build tools write it: an ISO-8601 instant or offset date-time
     * ({@code 2026-11-29T00:00:00Z}), a date ({@code 2026-11-29}, midnight UTC) or seconds since
     * 1970 (as {@code project.build.outputTimestamp} may be). Blank is none.
     *
     * @throws IllegalArgumentException naming the accepted forms
     */
    public static Optional<Instant> parseDate(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.strip();
        try {
            if (value.matches("\\d{9,}")) {
                return Optional.of(Instant.ofEpochSecond(Long.parseLong(value)));
            }
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return Optional.of(
                        LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant());
            }
            return Optional.of(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeException | NumberFormatException e) {
            throw new IllegalArgumentException(
                    "invalid date '" + text + "'; use an instant (2026-11-29T00:00:00Z),"
                            + " a date (2026-11-29) or seconds since 1970",
                    e);
        }
    }

    /** The same request writing other formats. */
    public GenerateRequest withFormats(Set<OutputFormat> newFormats) {
        return new GenerateRequest(
                baseDir,
                programDir,
                outputDir,
                newFormats,
                templateOverrides,
                maxEvidenceAge,
                branding,
                pdfDate,
                locale);
    }
}
