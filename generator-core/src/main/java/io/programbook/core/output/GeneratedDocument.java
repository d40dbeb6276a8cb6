package io.programbook.core.output;

import io.programbook.core.api.OutputFormat;
import io.programbook.core.text.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A document of {@code generate}: a {@link Document} declaration over the run's
 * {@link OutputContext}, written by {@link DocumentRenderer}. Its subject is the program's title and
 * its PDF title page names the catalogue and profile the program follows.
 */
public abstract class GeneratedDocument implements Document<OutputContext>, Output {

    @Override
    public String subject(OutputContext context) {
        return context.inputs().program().value().program().title();
    }

    @Override
    public TitlePage titlePage(OutputContext context, Messages messages) {
        return TitlePage.of(messages.get("document." + id() + ".kind", subject(context)), context);
    }

    /**
     * The documents of the run that have an HTML page, in the order of {@link Outputs#ALL}, this one
     * marked current; then {@link #dataFiles()}.
     */
    @Override
    public List<PageLink> pageLinks(OutputContext context, Messages messages) {
        List<PageLink> links = new ArrayList<>();
        if (!context.request().formats().contains(OutputFormat.HTML)) {
            return links;
        }
        for (Output output : Outputs.ALL) {
            if (output instanceof GeneratedDocument document
                    && document.formats().contains(OutputFormat.HTML)
                    && document.writtenFor(context)) {
                links.add(new PageLink(
                        document.fileName(OutputFormat.HTML),
                        messages.get("page.bar.document." + document.id()),
                        document.id().equals(id()),
                        false));
            }
        }
        for (String file : dataFiles()) {
            String extension = file.substring(file.lastIndexOf('.') + 1);
            links.add(new PageLink(file, messages.get("page.bar.data." + extension), false, true));
        }
        return links;
    }

    @Override
    public Set<String> pdfDocuments(OutputContext context) {
        if (!context.request().formats().contains(OutputFormat.PDF)) {
            return Set.of();
        }
        return Outputs.ALL.stream()
                .filter(o -> o instanceof GeneratedDocument d
                        && d.formats().contains(OutputFormat.PDF)
                        && d.writtenFor(context))
                .map(o -> ((GeneratedDocument) o).id())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The data files of this document its page links to; none by default. */
    protected List<String> dataFiles() {
        return List.of();
    }

    @Override
    public List<String> fileNames() {
        return Document.super.fileNames();
    }

    @Override
    public void write(OutputContext context, OutputFiles files) {
        DocumentRenderer.write(this, context, context.request().formats(), context.pages(), context.messages(), files);
    }
}
