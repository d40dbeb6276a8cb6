package io.programbook.maven;

import io.programbook.core.api.Branding;
import io.programbook.core.api.DocumentOptions;
import io.programbook.core.api.OutputFormat;
import java.io.File;
import java.time.Instant;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The goals that write documents, {@code generate} and {@code diff}: which formats, from which
 * templates, with which branding and PDF date, and how old evidence may be. Both goals read the same
 * parameters, so a {@code <configuration>} at plugin level serves both: the changes look like the
 * handbook.
 */
abstract class AbstractDocumentMojo extends AbstractOutputMojo {

    /**
     * Formats to write besides AsciiDoc (and, for {@code diff}, JSON), which are always written.
     * Valid values: {@code html} (the fast inner loop, the default), {@code pdf} (made from the same
     * HTML, with a title page, table of contents with page numbers, running headers and footers and
     * bookmarks), {@code docx} (Word, from the same AsciiDoc, in the {@code wordTemplate}'s styles,
     * for every document that has a PDF) and {@code adoc} (nothing besides AsciiDoc). On the command line:
     * {@code -Dprogrambook.formats=html,pdf}.
     *
     * <pre>
     * &lt;formats&gt;
     *   &lt;format&gt;html&lt;/format&gt;
     *   &lt;format&gt;pdf&lt;/format&gt;
     * &lt;/formats&gt;
     * </pre>
     */
    @Parameter(property = "programbook.formats", defaultValue = "html")
    private List<String> formats;

    /**
     * A folder of templates that replace the bundled ones file by file: {@code handbook.adoc.ftl} (and
     * the other documents' {@code *.adoc.ftl}, {@code changes.adoc.ftl} among them), {@code page.ftlh}
     * (HTML page shell), {@code programbook.css} (HTML stylesheet), {@code pdf.ftlh} (PDF page shell
     * with the title page), {@code programbook-pdf.css} (PDF theme). Copy a bundled one from the
     * {@code programbook-templates} jar ({@code programbook/templates/}) to start.
     */
    @Parameter(property = "programbook.templateDirectory")
    private File templateDirectory;

    /**
     * A logo (PNG or JPEG, at most 2 MB) shown at the top of every HTML page and on every PDF title
     * page. It is embedded, so the outputs stay self-contained. Example:
     * {@code <logo>${project.basedir}/src/branding/logo.png</logo>}.
     */
    @Parameter(property = "programbook.logo")
    private File logo;

    /**
     * A stylesheet added after the bundled one in every HTML page, so it only needs the rules it
     * changes, e.g. {@code :root { --accent: #7a1f5c; }} for the accent colour.
     */
    @Parameter(property = "programbook.htmlStylesheet")
    private File htmlStylesheet;

    /**
     * A PDF theme: a print stylesheet added after the bundled {@code programbook-pdf.css} in every
     * PDF, so it only needs the rules it changes (colours, font sizes, page size and margins with
     * {@code @page}, header and footer margin boxes). The PDF renderer understands CSS 2.1 and paged
     * media, not CSS variables, flexbox or grid. To start from scratch, copy
     * {@code programbook-pdf.css} into the {@code templateDirectory} instead.
     */
    @Parameter(property = "programbook.pdfTheme")
    private File pdfTheme;

    /**
     * The creation date written into PDFs. Unset (the default): none, so that the same inputs give
     * byte-identical PDFs. Accepts an ISO-8601 instant ({@code 2026-11-29T00:00:00Z}), a date
     * ({@code 2026-11-29}) or seconds since 1970, the forms of
     * {@code <pdfDate>${project.build.outputTimestamp}</pdfDate>}.
     */
    @Parameter(property = "programbook.pdfDate")
    private String pdfDate;

    /**
     * Evidence older than this many months (before the program's date) is reported as a gap; for
     * {@code diff}, on both sides, so that coverage is counted as {@code generate} counts it. Unset:
     * the profile parameter {@code review-interval-months}, if the profile declares it.
     */
    @Parameter(property = MAX_EVIDENCE_AGE_PROPERTY)
    private Integer maxEvidenceAgeMonths;

    /**
     * The documents' language, as a BCP 47 tag: the words of every document, its date and number
     * formats and the {@code lang} of its pages. {@code en} (the default), or {@code en-XA}, the
     * pseudo-locale that shows every word from the message bundle wrapped in {@code ⟦…⟧} (to check a
     * template of your own for words that do not come from the bundle). Build messages stay English.
     */
    @Parameter(property = "programbook.locale", defaultValue = "en")
    private String locale;

    /**
     * Whether PDFs are tagged for accessibility (PDF/UA: a structure tree, reading order, the
     * language, alternative texts), for readers who use a screen reader. Off by default: it makes
     * PDFs larger and slower to render (see docs/benchmarks.md).
     */
    @Parameter(property = "programbook.pdfUa", defaultValue = "false")
    private boolean pdfUa;

    /**
     * Where Asciidoctor's HTML conversions are kept between builds, so that a document whose
     * AsciiDoc did not change is not converted again and JRuby does not start for it (see
     * docs/benchmarks.md). Bounded to 64 MiB, the least recently used entries go first; a damaged
     * entry is ignored. Deleting the folder (or {@code mvn clean}) only costs time.
     */
    @Parameter(property = "programbook.cacheDirectory", defaultValue = "${project.build.directory}/programbook-cache")
    private File cacheDirectory;

    /**
     * The organisation's Word template (.docx or .dotx) that Word documents ({@code docx} in
     * {@code formats}) take their styles, page setup, header and footer from. It needs the built-in
     * heading styles Heading 1 to 3 (by their built-in names, so a German template's "Überschrift 1"
     * is fine); every other style Programbook uses comes from the bundled template when the
     * organisation's lacks it. Unset: the bundled template, close to the PDF.
     */
    @Parameter(property = "programbook.wordTemplate")
    private File wordTemplate;

    /** The formats asked for; an unknown one fails the goal naming the valid ones. */
    Set<OutputFormat> formats() throws MojoExecutionException {
        Set<OutputFormat> parsed = EnumSet.noneOf(OutputFormat.class);
        try {
            for (String format : formats == null ? List.<String>of() : formats) {
                parsed.add(OutputFormat.parse(format));
            }
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage() + " (check <formats> or -Dprogrambook.formats)", e);
        }
        return parsed;
    }

    /** The PDF date; one that cannot be read fails the goal naming the forms it accepts. */
    Optional<Instant> pdfDate() throws MojoExecutionException {
        try {
            return DocumentOptions.parseDate(pdfDate);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage() + " (check <pdfDate> or -Dprogrambook.pdfDate)", e);
        }
    }

    /** The formats, templates, branding, PDF date and language: one value for {@code generate} and {@code diff}. */
    DocumentOptions documents() throws MojoExecutionException {
        return new DocumentOptions(
                formats(),
                path(templateDirectory),
                new Branding(path(logo), path(htmlStylesheet), path(pdfTheme)),
                pdfDate(),
                locale(),
                pdfUa,
                path(cacheDirectory),
                path(wordTemplate));
    }

    /** The documents' locale; one without messages fails the goal naming the ones there are. */
    Locale locale() throws MojoExecutionException {
        Locale wanted = Locale.forLanguageTag(locale == null || locale.isBlank() ? "en" : locale.strip());
        if (!DocumentOptions.shipped(wanted)) {
            throw new MojoExecutionException("no documents in locale '" + locale + "'; use one of "
                    + String.join(", ", DocumentOptions.LANGUAGES) + " (check <locale> or -Dprogrambook.locale)");
        }
        return wanted;
    }

    Optional<Period> maxEvidenceAge() {
        return months(maxEvidenceAgeMonths);
    }

    /** For unit tests: what Maven injects. */
    void configure(File baseDir, File programDirectory, File outputDirectory, List<String> formats) {
        locate(baseDir, programDirectory, outputDirectory);
        this.formats = formats;
    }

    /** For unit tests: the Word template. */
    void wordTemplate(File template) {
        this.wordTemplate = template;
    }

    /** For unit tests: the templates, branding, PDF date and evidence age. */
    void brand(
            File templateDirectory,
            File logo,
            File htmlStylesheet,
            File pdfTheme,
            String pdfDate,
            Integer maxEvidenceAgeMonths) {
        this.templateDirectory = templateDirectory;
        this.logo = logo;
        this.htmlStylesheet = htmlStylesheet;
        this.pdfTheme = pdfTheme;
        this.pdfDate = pdfDate;
        this.maxEvidenceAgeMonths = maxEvidenceAgeMonths;
    }
}
