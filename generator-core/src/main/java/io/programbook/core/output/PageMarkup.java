package io.programbook.core.output;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * The HTML post-processing step of the document model, after the sanitizer: what every page needs
 * of its converted body, so that no template does it by hand.
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
    static String rowHeaders(String body) {
        Document doc = parse(body);
        List<Element> cells = doc.select("table.tableblock > tbody > tr > th:not([scope])");
        if (cells.isEmpty()) {
            return body;
        }
        cells.forEach(th -> th.attr("scope", "row"));
        return doc.body().html();
    }

    /** The page's parts: tables in scroll containers, the table of contents as a collapsible navigation. */
    static Parts page(String body) {
        Document doc = parse(body);
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

    private static Document parse(String body) {
        Document doc = Jsoup.parseBodyFragment(body);
        doc.outputSettings().prettyPrint(false);
        return doc;
    }
}
