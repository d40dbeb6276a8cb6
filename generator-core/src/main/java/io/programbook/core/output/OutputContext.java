package io.programbook.core.output;

import io.programbook.core.api.GenerateRequest;
import io.programbook.core.convert.DocumentConverter;
import io.programbook.core.diag.Diagnostics;
import io.programbook.core.history.History;
import io.programbook.core.load.ProgramInputs;
import io.programbook.core.load.SourceFile;
import io.programbook.core.render.ControlView;
import io.programbook.core.render.ControlViewBuilder;
import io.programbook.core.render.OverviewView;
import io.programbook.core.render.OverviewViewBuilder;
import io.programbook.core.render.TemplateRenderer;
import io.programbook.core.resolve.ResolvedProfile;
import io.programbook.core.text.Messages;
import io.programbook.core.trace.Trace;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Everything an output may read: the validated program, its resolved profile and trace, the
 * request, the template renderer, the AsciiDoc converter (started on first use only), the run's
 * diagnostics, to which outputs add what they find (e.g. Asciidoctor's warnings), and the user's
 * branding files, the program's revision history from Git, and the pages of the previous build
 * that are taken again when nothing they are made of changed.
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
        BrandingAssets branding,
        History history,
        PageMemo memo) {

    public OutputContext {
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(memo, "memo");
    }

    /** A context without a revision history from Git, rendering every page. */
    public OutputContext(
            GenerateRequest request,
            ProgramInputs inputs,
            ResolvedProfile profile,
            Trace trace,
            TemplateRenderer templates,
            Supplier<DocumentConverter> converter,
            Diagnostics diagnostics,
            BrandingAssets branding) {
        this(
                request,
                inputs,
                profile,
                trace,
                templates,
                converter,
                diagnostics,
                branding,
                History.none(),
                PageMemo.NONE);
    }

    /** The overview of the handbook and the gap report: a row and charts per functional area. */
    public OverviewView overview() {
        return new OverviewViewBuilder()
                .build(
                        inputs.catalog(),
                        trace,
                        history,
                        inputs.program().value().program().version(),
                        messages());
    }

    /** The document-control section of the run's documents, in their language. */
    public ControlView control() {
        return new ControlViewBuilder().build(inputs, history, messages());
    }

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
                                : templates.messages().date(program.program().date()),
                        ControlViewBuilder.draft(inputs) ? templates.messages().get("control.draft.mark") : "",
                        TitlePage.control(program, templates.messages())),
                request.policy(),
                request.documents().pdfUa(),
                new DocumentPages.Word(
                        request.documents().wordTemplate(),
                        Optional.ofNullable(program.program().date())
                                .map(d -> d.atStartOfDay(ZoneOffset.UTC).toInstant())),
                memo);
    }
}
