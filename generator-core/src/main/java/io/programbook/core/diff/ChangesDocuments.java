package io.programbook.core.diff;

import io.programbook.core.api.DiffRequest;
import io.programbook.core.api.OutputFormat;
import io.programbook.core.output.DocumentPages;
import io.programbook.core.output.OutputFiles;
import io.programbook.core.output.TitlePage;
import io.programbook.core.render.TemplateRenderer;
import java.util.List;
import java.util.Map;

/**
 * The diff goal's document family: {@code changes.adoc} and {@code changes.json} always,
 * {@code changes.html} and {@code changes.pdf} when asked. The HTML page and the PDF are made
 * through the same {@link DocumentPages} as the documents of {@code generate} (page shell, title
 * page, table of contents, running header and footer, branding, PDF date), and like them the files
 * are made in memory first and written together.
 */
public final class ChangesDocuments {

    public static final String ADOC = "changes.adoc";
    public static final String HTML = "changes.html";
    public static final String JSON = "changes.json";
    public static final String PDF = "changes.pdf";

    /** What the PDF's title page calls the document. */
    static final String KIND = "Change report";

    /** Every file the diff writes: the only files a diff ever removes. */
    public static final List<String> FILES = List.of(ADOC, HTML, JSON, PDF);

    private ChangesDocuments() {}

    /** The AsciiDoc alone, for tests and tools. */
    public static String adoc(Changes changes, TemplateRenderer templates) {
        return templates.render("changes.adoc.ftl", Map.of("changes", ChangesViewBuilder.build(changes)));
    }

    public static String json(Changes changes) {
        return ChangesJson.write(changes);
    }

    /**
     * @param request for the formats
     * @param pages   the page and PDF path of the run, with the {@link #imprint} of the changes
     */
    public static OutputFiles write(Changes changes, DiffRequest request, DocumentPages pages) {
        OutputFiles files = new OutputFiles();
        String adoc = adoc(changes, pages.templates());
        files.text(ADOC, adoc);
        files.text(JSON, json(changes));
        String title = ChangesViewBuilder.title(changes);
        if (request.formats().contains(OutputFormat.HTML)) {
            files.text(HTML, pages.htmlPage(ADOC, adoc, title));
        }
        if (request.formats().contains(OutputFormat.PDF)) {
            files.bytes(PDF, pages.pdf(ADOC, adoc, title, titlePage(changes)));
        }
        return files;
    }

    /** Who the pages name as publisher: the program's organisation when two programs are compared. */
    public static DocumentPages.Imprint imprint(Changes changes) {
        return new DocumentPages.Imprint(
                changes.organisation().isEmpty() ? "Programbook" : changes.organisation(), "", "");
    }

    /** The PDF's title page: what was compared, from which side to which. */
    static TitlePage titlePage(Changes changes) {
        return new TitlePage(
                KIND, List.of(new TitlePage.Detail("From", changes.from()), new TitlePage.Detail("To", changes.to())));
    }
}
