package io.programbook.core.api;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How the documents of a run are written, the same for {@code generate} and {@code diff}: which
 * formats, from which templates, with which branding and PDF date, in which language.
 *
 * @param formats           formats to write besides AsciiDoc (and, for {@code diff}, JSON)
 * @param templateOverrides a folder of templates that replace bundled ones file by file
 * @param branding          logo, HTML stylesheet and PDF theme of the user's own
 * @param pdfDate           the creation date written into PDFs; empty writes none, so that the
 *                          same inputs give the same bytes
 * @param locale            the documents' language and formats ({@code en} by default;
 *                          {@code en-XA} is the pseudo-locale that shows every message wrapped)
 * @param pdfUa             whether PDFs are tagged for accessibility (PDF/UA: structure, reading
 *                          order, alternative texts); off by default, as it costs time and size
 *                          (see docs/benchmarks.md)
 * @param cacheDirectory    where Asciidoctor's conversions are kept between runs, so that an
 *                          unchanged document is not converted again (docs/benchmarks.md); empty
 *                          keeps none. A {@link RunSetting}: what a run stores there is not an
 *                          input of the next, so a run that filled it leaves the next up to date
 * @param wordTemplate      the reference document (.docx or .dotx) Word documents take their styles,
 *                          page setup, header and footer from; empty: the bundled one
 */
public record DocumentOptions(
        Set<OutputFormat> formats,
        Optional<Path> templateOverrides,
        Branding branding,
        Optional<Instant> pdfDate,
        Locale locale,
        boolean pdfUa,
        @RunSetting Optional<Path> cacheDirectory,
        Optional<Path> wordTemplate) {

    /**
     * The languages documents can be written in, as BCP 47 tags: each has a message bundle (and a
     * catalogue titles file). {@code en-XA} is the pseudo-locale.
     */
    public static final List<String> LANGUAGES = List.of("en", "de", "en-XA");

    /** Whether documents can be written in this locale: its language (or the pseudo-locale) is shipped. */
    public static boolean shipped(Locale locale) {
        return LANGUAGES.contains(locale.toLanguageTag()) || LANGUAGES.contains(locale.getLanguage());
    }

    public DocumentOptions {
        formats = Set.copyOf(formats);
        templateOverrides = Objects.requireNonNull(templateOverrides, "templateOverrides")
                .map(p -> p.toAbsolutePath().normalize());
        Objects.requireNonNull(branding, "branding");
        Objects.requireNonNull(pdfDate, "pdfDate");
        Objects.requireNonNull(locale, "locale");
        cacheDirectory = Objects.requireNonNull(cacheDirectory, "cacheDirectory")
                .map(p -> p.toAbsolutePath().normalize());
        wordTemplate = Objects.requireNonNull(wordTemplate, "wordTemplate")
                .map(p -> p.toAbsolutePath().normalize());
    }

    /** Documents whose Word files have the bundled template's styles. */
    public DocumentOptions(
            Set<OutputFormat> formats,
            Optional<Path> templateOverrides,
            Branding branding,
            Optional<Instant> pdfDate,
            Locale locale,
            boolean pdfUa,
            Optional<Path> cacheDirectory) {
        this(formats, templateOverrides, branding, pdfDate, locale, pdfUa, cacheDirectory, Optional.empty());
    }

    /** Documents without a conversion cache. */
    public DocumentOptions(
            Set<OutputFormat> formats,
            Optional<Path> templateOverrides,
            Branding branding,
            Optional<Instant> pdfDate,
            Locale locale,
            boolean pdfUa) {
        this(formats, templateOverrides, branding, pdfDate, locale, pdfUa, Optional.empty());
    }

    /** Documents in a language, PDFs untagged. */
    public DocumentOptions(
            Set<OutputFormat> formats,
            Optional<Path> templateOverrides,
            Branding branding,
            Optional<Instant> pdfDate,
            Locale locale) {
        this(formats, templateOverrides, branding, pdfDate, locale, false);
    }

    /** Documents in English. */
    public DocumentOptions(
            Set<OutputFormat> formats, Optional<Path> templateOverrides, Branding branding, Optional<Instant> pdfDate) {
        this(formats, templateOverrides, branding, pdfDate, Locale.ENGLISH);
    }

    /** These formats, with the bundled templates, without branding and without a PDF date. */
    public static DocumentOptions of(Set<OutputFormat> formats) {
        return new DocumentOptions(formats, Optional.empty(), Branding.NONE, Optional.empty());
    }

    /** The same options writing other formats. */
    public DocumentOptions withFormats(Set<OutputFormat> other) {
        return new DocumentOptions(
                other, templateOverrides, branding, pdfDate, locale, pdfUa, cacheDirectory, wordTemplate);
    }

    /** The same options in another language. */
    public DocumentOptions withLocale(Locale other) {
        return new DocumentOptions(
                formats, templateOverrides, branding, pdfDate, other, pdfUa, cacheDirectory, wordTemplate);
    }

    /** The same options with tagged (PDF/UA) PDFs, or without. */
    public DocumentOptions withPdfUa(boolean tagged) {
        return new DocumentOptions(
                formats, templateOverrides, branding, pdfDate, locale, tagged, cacheDirectory, wordTemplate);
    }

    /** The same options keeping Asciidoctor's conversions in this folder between runs, or in none. */
    public DocumentOptions withCacheDirectory(Optional<Path> folder) {
        return new DocumentOptions(formats, templateOverrides, branding, pdfDate, locale, pdfUa, folder, wordTemplate);
    }

    /** The same options with Word documents styled by this reference document (empty: the bundled one). */
    public DocumentOptions withWordTemplate(Optional<Path> template) {
        return new DocumentOptions(
                formats, templateOverrides, branding, pdfDate, locale, pdfUa, cacheDirectory, template);
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
}
