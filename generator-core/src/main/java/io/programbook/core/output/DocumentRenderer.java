package io.programbook.core.output;

import io.programbook.core.api.OutputFormat;
import io.programbook.core.text.Messages;
import java.util.Set;

/**
 * The one place a {@link Document} becomes files: AsciiDoc from its template and view, then the HTML
 * page and the PDF from that AsciiDoc through {@link DocumentPages} (page shell, branding, title
 * page, running header and footer), and the Word document from the same AsciiDoc. A format is
 * written when the document supports it and the run asks for it. A new format of documents is added
 * here, once, for every document: Word is written for every document that has a PDF.
 */
public final class DocumentRenderer {

    private DocumentRenderer() {}

    /**
     * Adds a document's files.
     *
     * @param asked the formats of the run
     * @return the AsciiDoc, for outputs that build on it
     */
    public static <S> String write(
            Document<S> document,
            S source,
            Set<OutputFormat> asked,
            DocumentPages pages,
            Messages messages,
            OutputFiles files) {
        String adocName = document.fileName(OutputFormat.ADOC);
        String adoc = pages.templates().render(document.template(), document.model(source));
        files.text(adocName, adoc);
        if (wanted(document, asked, OutputFormat.HTML)) {
            files.text(
                    document.fileName(OutputFormat.HTML),
                    pages.htmlPage(
                            adocName, adoc, document.title(source, messages), document.pageLinks(source, messages)));
        }
        if (wanted(document, asked, OutputFormat.PDF)) {
            files.bytes(
                    document.fileName(OutputFormat.PDF),
                    pages.pdf(
                            adocName,
                            adoc,
                            document.title(source, messages),
                            document.titlePage(source, messages),
                            document.pdfDocuments(source)));
        }
        if (wanted(document, asked, OutputFormat.DOCX)) {
            files.bytes(
                    document.fileName(OutputFormat.DOCX),
                    pages.docx(adocName, adoc, document.title(source, messages), document.titlePage(source, messages)));
        }
        return adoc;
    }

    private static boolean wanted(Document<?> document, Set<OutputFormat> asked, OutputFormat format) {
        return supports(document, format) && asked.contains(format);
    }

    /**
     * Whether a document can be written in a format: the formats it declares, and Word for every
     * document that has pages (a PDF, and so a title page).
     */
    static boolean supports(Document<?> document, OutputFormat format) {
        return document.formats().contains(format)
                || format == OutputFormat.DOCX && document.formats().contains(OutputFormat.PDF);
    }
}
