package io.programbook.core.output;

import io.programbook.core.api.GenerateRequest;
import io.programbook.core.convert.DocumentConverter;
import io.programbook.core.diag.Diagnostics;
import io.programbook.core.load.ProgramInputs;
import io.programbook.core.load.SourceFile;
import io.programbook.core.render.TemplateRenderer;
import io.programbook.core.resolve.ResolvedProfile;
import io.programbook.core.text.Messages;
import io.programbook.core.trace.Trace;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Everything an output may read: the validated program, its resolved profile and trace, the
 * request, the template renderer, the AsciiDoc converter (started on first use only), the run's
 * diagnostics, to which outputs add what they find (e.g. Asciidoctor's warnings), and the user's
 * branding files.
 *
 * <p>Any output's AsciiDoc becomes an HTML page with {@link #htmlPage} and a PDF with {@link #pdf};
 * Asciidoctor converts each document once per run, whichever of the two asks first.
 */
public record OutputContext(
        GenerateRequest request,
        ProgramInputs inputs,
        ResolvedProfile profile,
        Trace trace,
        TemplateRenderer templates,
        Supplier<DocumentConverter> converter,
        Diagnostics diagnostics,
        BrandingAssets branding) {

    /** The words of the run's documents, in the request's language: the templates' messages. */
    public Messages messages() {
        return templates.messages();
    }

    /** How diagnostics name a generated file: relative to the project base directory. */
    public String displayName(String fileName) {
        return SourceFile.of(request.outputDir().resolve(fileName), request.baseDir())
                .displayName();
    }

    /**
     * Converts a generated AsciiDoc document to a self-contained HTML page, see
     * {@link DocumentPages#htmlPage}.
     */
    public String htmlPage(String adocName, String adoc, String title) {
        return pages().htmlPage(adocName, adoc, title);
    }

    /**
     * Renders a generated AsciiDoc document as PDF, see {@link DocumentPages#pdf}.
     *
     * @param title     the document's title, shown on the title page and in every page header
     * @param titlePage what else the title page shows
     */
    public byte[] pdf(String adocName, String adoc, String title, TitlePage titlePage) {
        return pages().pdf(adocName, adoc, title, titlePage);
    }

    /** The page and PDF path of this run, with the program's organisation, version and date. */
    public DocumentPages pages() {
        var program = inputs.program().value();
        return new DocumentPages(
                templates,
                converter,
                diagnostics,
                branding,
                request.pdfDate(),
                request.baseDir(),
                request.outputDir(),
                new DocumentPages.Imprint(
                        program.organisation().name(),
                        program.program().version(),
                        program.program().date() == null
                                ? ""
                                : templates.messages().date(program.program().date())),
                request.policy(),
                request.documents().pdfUa(),
                new DocumentPages.Word(
                        request.documents().wordTemplate(),
                        Optional.ofNullable(program.program().date())
                                .map(d -> d.atStartOfDay(ZoneOffset.UTC).toInstant())));
    }
}
