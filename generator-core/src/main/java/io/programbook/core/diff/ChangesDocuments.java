package io.programbook.core.diff;

import io.programbook.core.api.DiffRequest;
import io.programbook.core.api.DiffResult;
import io.programbook.core.api.OutputFormat;
import io.programbook.core.output.Document;
import io.programbook.core.output.DocumentPages;
import io.programbook.core.output.DocumentRenderer;
import io.programbook.core.output.OutputFiles;
import io.programbook.core.output.TitlePage;
import io.programbook.core.render.ControlView;
import io.programbook.core.render.TemplateRenderer;
import io.programbook.core.text.Messages;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The diff goal's document family: the document {@code changes.adoc} always, {@code changes.html}
 * and {@code changes.pdf} when asked, and {@code changes.json} always. The document is a
 * {@link Document} like those of {@code generate}, written by the same {@link DocumentRenderer}
 * (page shell, title page, table of contents, running header and footer, branding, PDF date), and
 * like them the files are made in memory first and written together.
 */
public final class ChangesDocuments {

    public static final String ADOC = "changes.adoc";
    public static final String HTML = DiffResult.HTML;
    public static final String JSON = "changes.json";
    public static final String PDF = "changes.pdf";

    /** The changes as a document, in the words of a language. */
    static Document<Changes> document(Messages messages) {
        return document(messages, Optional.empty());
    }

    /**
     * The changes as a document, with the document control of the newer program when two programs
     * are compared (its document-control section).
     */
    static Document<Changes> document(Messages messages, Optional<ControlView> control) {
        return new Document<>() {

            @Override
            public String id() {
                return "changes";
            }

            @Override
            public Set<OutputFormat> formats() {
                return Set.of(OutputFormat.ADOC, OutputFormat.HTML, OutputFormat.PDF);
            }

            @Override
            public Map<String, Object> model(Changes changes) {
                return control.isPresent()
                        ? Map.of("changes", ChangesViewBuilder.build(changes, messages), "control", control.get())
                        : Map.of("changes", ChangesViewBuilder.build(changes, messages));
            }

            @Override
            public String subject(Changes changes) {
                return ChangesViewBuilder.title(changes, messages);
            }

            /** What was compared, from which side to which. */
            @Override
            public TitlePage titlePage(Changes changes, Messages words) {
                return new TitlePage(
                        words.get("document.changes.kind"),
                        List.of(
                                new TitlePage.Detail(words.get("changes.summary.from"), changes.from(words)),
                                new TitlePage.Detail(words.get("changes.summary.to"), changes.to(words))));
            }
        };
    }

    /** Every file the diff writes: the only files a diff ever removes. */
    public static final List<String> FILES = Stream.concat(
                    document(Messages.english()).fileNames().stream(), Stream.of(JSON))
            .toList();

    private ChangesDocuments() {}

    /** The AsciiDoc alone, for tests and tools. */
    public static String adoc(Changes changes, TemplateRenderer templates) {
        Document<Changes> document = document(templates.messages());
        return templates.render(document.template(), document.model(changes));
    }

    public static String json(Changes changes) {
        return ChangesJson.write(changes);
    }

    /**
     * @param request for the formats
     * @param pages   the page and PDF path of the run, with the {@link #imprint} of the changes; its
     *                templates' messages are the language of the documents
     */
    public static OutputFiles write(Changes changes, DiffRequest request, DocumentPages pages) {
        return write(changes, request, pages, Optional.empty());
    }

    /**
     * As {@link #write(Changes, DiffRequest, DocumentPages)}, with the newer program's document
     * control.
     */
    public static OutputFiles write(
            Changes changes, DiffRequest request, DocumentPages pages, Optional<ControlView> control) {
        OutputFiles files = new OutputFiles();
        Messages messages = pages.templates().messages();
        DocumentRenderer.write(document(messages, control), changes, request.formats(), pages, messages, files);
        files.text(JSON, json(changes));
        return files;
    }

    /** Who the pages name as publisher: the program's organisation when two programs are compared. */
    public static DocumentPages.Imprint imprint(Changes changes) {
        return new DocumentPages.Imprint(
                changes.organisation().isEmpty() ? "Programbook" : changes.organisation(), "", "");
    }
}
