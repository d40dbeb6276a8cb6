package io.programbook.core.output;

import io.programbook.core.api.OutputFormat;
import io.programbook.core.text.Messages;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A document, declared: its id (the file stem), the formats it supports, its template and the view
 * its template reads, its title. {@link DocumentRenderer} makes the files from a declaration, the
 * same way for every document: the AsciiDoc from the template, then the HTML page and the PDF from
 * the AsciiDoc, each when the document supports it and the run asks for it.
 *
 * @param <S> what the document is made from: the {@link OutputContext} of {@code generate}, or the
 *            changes of {@code diff}
 */
public interface Document<S> {

    /** The file stem, e.g. {@code handbook}; also names the document's messages ({@code document.<id>.*}). */
    String id();

    /** The formats the document can be written in; AsciiDoc always, every other format is made from it. */
    Set<OutputFormat> formats();

    /** The FreeMarker template that writes the AsciiDoc: {@code <id>.adoc.ftl}. */
    default String template() {
        return id() + ".adoc.ftl";
    }

    /** The view builder: what the template reads, by name. */
    Map<String, Object> model(S source);

    /** What the title names, as {@code {0}} of the messages {@code document.<id>.title} and {@code .kind}. */
    String subject(S source);

    /** The title of the HTML page, the PDF's metadata and its running header. */
    default String title(S source, Messages messages) {
        return messages.get("document." + id() + ".title", subject(source));
    }

    /**
     * The bar of links the HTML page shows: the run's other documents and the page's data files;
     * none by default.
     */
    default List<PageLink> pageLinks(S source, Messages messages) {
        return List.of();
    }

    /** The ids of the documents of the run that have a PDF, which this document's PDF links to; none by default. */
    default Set<String> pdfDocuments(S source) {
        return Set.of();
    }

    /** What the PDF's title page shows; only asked when the document supports PDF. */
    default TitlePage titlePage(S source, Messages messages) {
        throw new UnsupportedOperationException(id() + " has no title page");
    }

    /** The document's file in a format, e.g. {@code handbook.pdf}. */
    default String fileName(OutputFormat format) {
        return id() + "." + format.name().toLowerCase(Locale.ROOT);
    }

    /** Every file the document can be written as: the only files of it a run may remove. */
    default List<String> fileNames() {
        return Arrays.stream(OutputFormat.values())
                .filter(f -> DocumentRenderer.supports(this, f))
                .map(this::fileName)
                .toList();
    }
}
