package io.programbook.core.output;

import io.programbook.core.GenerateRequest;
import io.programbook.core.convert.DocumentConverter;
import io.programbook.core.diag.Diagnostics;
import io.programbook.core.load.ProgramInputs;
import io.programbook.core.load.SourceFile;
import io.programbook.core.render.TemplateRenderer;
import io.programbook.core.resolve.ResolvedProfile;
import io.programbook.core.trace.Trace;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Everything an output may read: the validated program, its resolved profile and trace, the
 * request, the template renderer, the AsciiDoc converter (started on first use only), and the
 * run's diagnostics, to which outputs add what they find (e.g. Asciidoctor's warnings).
 */
public record OutputContext(GenerateRequest request, ProgramInputs inputs, ResolvedProfile profile, Trace trace,
        TemplateRenderer templates, Supplier<DocumentConverter> converter, Diagnostics diagnostics) {

    /** How diagnostics name a generated file: relative to the project base directory. */
    public String displayName(String fileName) {
        return SourceFile.of(request.outputDir().resolve(fileName), request.baseDir()).displayName();
    }

    /**
     * Converts a generated AsciiDoc document to a self-contained HTML page: Asciidoctor renders the
     * body, the {@code page.ftlh} template adds the page shell with Programbook's stylesheet.
     * Asciidoctor errors fail the run with their position in the generated document.
     */
    public String htmlPage(String adocName, String adoc, String title) {
        DocumentConverter.Converted body = converter.get().toHtmlBody(adoc, displayName(adocName), Map.of());
        diagnostics.addAll(body.diagnostics());
        diagnostics.throwIfErrors();
        var program = inputs.program().value();
        return templates.render("page.ftlh", Map.of("lang", "en", "title", title,
                "organisation", program.organisation().name(), "version", program.program().version(),
                "date", program.program().date() == null ? "" : program.program().date().toString(),
                "body", body.output()));
    }
}
