package io.programbook.core.output;

import io.programbook.core.GenerateRequest;
import io.programbook.core.convert.DocumentConverter;
import io.programbook.core.convert.PdfRenderer;
import io.programbook.core.diag.Diagnostic;
import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.Rule;
import io.programbook.core.diag.SourcePosition;
import io.programbook.core.load.ProgramInputs;
import io.programbook.core.load.SourceFile;
import io.programbook.core.render.TemplateRenderer;
import io.programbook.core.resolve.ResolvedProfile;
import io.programbook.core.trace.Trace;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
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
public record OutputContext(GenerateRequest request, ProgramInputs inputs, ResolvedProfile profile, Trace trace,
        TemplateRenderer templates, Supplier<DocumentConverter> converter, Diagnostics diagnostics,
        BrandingAssets branding) {

    private static final PdfRenderer PDF = new PdfRenderer();

    /** How diagnostics name a generated file: relative to the project base directory. */
    public String displayName(String fileName) {
        return SourceFile.of(request.outputDir().resolve(fileName), request.baseDir()).displayName();
    }

    /**
     * Converts a generated AsciiDoc document to a self-contained HTML page: Asciidoctor renders the
     * body, the {@code page.ftlh} template adds the page shell with Programbook's stylesheet, the
     * user's stylesheet and logo. Asciidoctor errors fail the run with their position in the
     * generated document.
     */
    public String htmlPage(String adocName, String adoc, String title) {
        Map<String, Object> model = pageModel(title);
        model.put("body", body(adocName, adoc));
        model.put("stylesheet", branding.htmlStylesheet());
        return templates.render("page.ftlh", model);
    }

    /**
     * Renders a generated AsciiDoc document as PDF: the same HTML body as {@link #htmlPage}, in the
     * {@code pdf.ftlh} page shell (title page, table of contents with page numbers, running header
     * and footer) styled by {@code programbook-pdf.css} and the user's PDF theme.
     *
     * @param title     the document's title, shown on the title page and in every page header
     * @param titlePage what else the title page shows
     */
    public byte[] pdf(String adocName, String adoc, String title, TitlePage titlePage) {
        Map<String, Object> model = pageModel(title);
        model.put("body", body(adocName, adoc));
        model.put("theme", branding.pdfTheme());
        model.put("kind", titlePage.kind());
        model.put("kindClass", titlePage.kind().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
        model.put("details", titlePage.details());
        String page = templates.render("pdf.ftlh", model);
        var program = inputs.program().value();
        PdfRenderer.Rendered rendered = PDF.render(page, new PdfRenderer.Metadata(title, program.organisation().name(),
                titlePage.kind(), request.pdfDate()));
        String pdfName = adocName.endsWith(".adoc") ? adocName.substring(0, adocName.length() - 5) + ".pdf" : adocName + ".pdf";
        rendered.warnings().stream().distinct().forEach(w -> diagnostics.add(
                Diagnostic.warning(Rule.PDF, SourcePosition.wholeFile(displayName(pdfName)), w, null)));
        return rendered.pdf();
    }

    private String body(String adocName, String adoc) {
        DocumentConverter.Converted body = converter.get().toHtmlBody(adoc, displayName(adocName), Map.of());
        diagnostics.addAll(body.diagnostics());
        diagnostics.throwIfErrors();
        return body.output();
    }

    private Map<String, Object> pageModel(String title) {
        var program = inputs.program().value();
        Map<String, Object> model = new HashMap<>();
        model.put("lang", "en");
        model.put("title", title);
        model.put("organisation", program.organisation().name());
        model.put("version", program.program().version() == null ? "" : program.program().version());
        model.put("date", program.program().date() == null ? "" : program.program().date().toString());
        model.put("logo", branding.logo());
        return model;
    }
}
