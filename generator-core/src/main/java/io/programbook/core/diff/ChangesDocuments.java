package io.programbook.core.diff;

import io.programbook.core.OutputFormat;
import io.programbook.core.convert.DocumentConverter;
import io.programbook.core.diag.Diagnostics;
import io.programbook.core.load.SourceFile;
import io.programbook.core.output.OutputFiles;
import io.programbook.core.render.TemplateRenderer;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The diff goal's document family: {@code changes.adoc} and {@code changes.json} always,
 * {@code changes.html} when asked. Like the outputs of {@code generate}, the files are made in
 * memory first and written together.
 */
public final class ChangesDocuments {

    public static final String ADOC = "changes.adoc";
    public static final String HTML = "changes.html";
    public static final String JSON = "changes.json";

    /** Every file the diff writes: the only files a diff ever removes. */
    public static final List<String> FILES = List.of(ADOC, HTML, JSON);

    private ChangesDocuments() {
    }

    /** The AsciiDoc alone, for tests and tools. */
    public static String adoc(Changes changes, TemplateRenderer templates) {
        return templates.render("changes.adoc.ftl", Map.of("changes", ChangesViewBuilder.build(changes)));
    }

    public static String json(Changes changes) {
        return ChangesJson.write(changes);
    }

    /**
     * @param request     for the formats and to name generated files in diagnostics
     * @param converter   the shared AsciidoctorJ converter, started on first use
     * @param diagnostics receives what Asciidoctor reports; its errors fail the diff
     */
    public static OutputFiles write(Changes changes, DiffRequest request, TemplateRenderer templates,
            Supplier<DocumentConverter> converter, Diagnostics diagnostics) {
        OutputFiles files = new OutputFiles();
        String adoc = adoc(changes, templates);
        files.text(ADOC, adoc);
        files.text(JSON, json(changes));
        if (request.formats().contains(OutputFormat.HTML)) {
            String shown = SourceFile.of(request.outputDir().resolve(ADOC), request.baseDir()).displayName();
            DocumentConverter.Converted body = converter.get().toHtmlBody(adoc, shown, Map.of());
            diagnostics.addAll(body.diagnostics());
            diagnostics.throwIfErrors();
            String title = ChangesViewBuilder.title(changes);
            String organisation = changes.organisation().isEmpty() ? "Programbook" : changes.organisation();
            files.text(HTML, templates.render("page.ftlh", Map.of("lang", "en", "title", title,
                    "organisation", organisation, "version", "", "date", "", "body", body.output())));
        }
        return files;
    }
}
