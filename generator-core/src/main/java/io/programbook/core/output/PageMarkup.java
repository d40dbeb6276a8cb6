package io.programbook.core.output;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * The HTML post-processing step of the document model, after the sanitizer: what every page needs
 * of its converted body, so that no template does it by hand; one parse of the body per page.
 *
 * <ul>
 *   <li>both the page and the PDF: the cells a table marks as headers in its body (AsciiDoc
 *       {@code h|}, the label cells of facts and summary tables) are row headers,
 *       {@code <th scope="row">};
 *   <li>the page: every table scrolls in its own container ({@code div.pb-scroll}) instead of
 *       widening the page; the table of contents is a navigation landmark that collapses
 *       ({@code <nav id="toc"><details><summary>}) and is taken out of the body, so that the
 *       page shell can put the body into {@code <main>}.
 * </ul>
 */
final class PageMarkup {

    private PageMarkup() {}

    /** A body split for the page shell: its table of contents (empty when it has none) and the rest. */
    record Parts(String toc, String main) {}

    /** Row headers in table bodies: {@code <th>} cells without a scope get {@code scope="row"}. */
    private static void rowHeaders(Document doc) {
        doc.select("table.tableblock > tbody > tr > th:not([scope])").forEach(th -> th.attr("scope", "row"));
    }

    /**
     * The page's parts: row headers, tables in scroll containers, the table of contents as a
     * collapsible navigation.
     */
    static Parts page(String body) {
        Document doc = parse(body);
        rowHeaders(doc);
        for (Element table : doc.select("table.tableblock")) {
            table.wrap("<div class=\"pb-scroll\" tabindex=\"0\"></div>");
        }
        String toc = "";
        Element old = doc.getElementById("toc");
        if (old != null) {
            old.remove();
            Element title = old.getElementById("toctitle");
            String label = title == null ? "" : title.text();
            if (title != null) {
                title.remove();
            }
            Element nav = new Element("nav").attr("id", "toc").addClass("toc").attr("aria-label", label);
            Element details = nav.appendElement("details");
            details.appendElement("summary").attr("id", "toctitle").text(label);
            for (Node child : List.copyOf(old.childNodes())) {
                details.appendChild(child);
            }
            toc = nav.outerHtml();
        }
        return new Parts(toc, doc.body().html());
    }

    /** Blocks longer than this (in characters of text) may break across pages, with their title. */
    private static final int KEEP_LIMIT = 1500;

    /** Links of a document to its siblings' HTML pages, e.g. {@code handbook.html#sp-01-01-br}. */
    private static final Pattern SIBLING = Pattern.compile("([a-z0-9][a-z0-9-]*)\\.html(#.*)?");

    /**
     * The body for the PDF: row headers; a heading (h3 to h5) and a block title ("Evidence") stay with what
     * follows them (heading and following block in a {@code div.pb-keep}, which does not break
     * inside, when that block is short); links to a sibling document's page go to its destination
     * in this PDF ({@code #id}) when they name this document, to the sibling's PDF when it has one.
     *
     * @param self     this document's id (file stem)
     * @param siblings the ids of the documents of the run that have a PDF
     */
    static String pdf(String body, String self, Set<String> siblings) {
        Document doc = parse(body);
        rowHeaders(doc);
        for (Element heading : doc.select("h3, h4, h5")) {
            Element next = heading.nextElementSibling();
            if (next != null
                    && next.text().length() <= KEEP_LIMIT
                    && !heading.parent().hasClass("pb-keep")) {
                Element keep = new Element("div").addClass("pb-keep");
                heading.before(keep);
                keep.appendChild(heading);
                keep.appendChild(next);
            }
        }
        for (Element title : doc.select("div.title")) {
            Element block = title.parent();
            if (block != null && !block.is("body") && block.text().length() <= KEEP_LIMIT) {
                block.addClass("pb-keep");
            }
        }
        for (Element link : doc.select("a[href]")) {
            Matcher m = SIBLING.matcher(link.attr("href"));
            if (!m.matches()) {
                continue;
            }
            String fragment = m.group(2) == null ? "" : m.group(2);
            if (m.group(1).equals(self)) {
                link.attr("href", fragment.isEmpty() ? "#title-page" : fragment);
            } else if (siblings.contains(m.group(1))) {
                link.attr("href", m.group(1) + ".pdf" + fragment);
            }
        }
        return doc.body().html();
    }

    private static Document parse(String body) {
        Document doc = Jsoup.parseBodyFragment(body);
        doc.outputSettings().prettyPrint(false);
        return doc;
    }
}
