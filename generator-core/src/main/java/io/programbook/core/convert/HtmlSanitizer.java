package io.programbook.core.convert;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Makes the HTML that Asciidoctor produces from users' AsciiDoc safe to open: jsoup's {@link Cleaner}
 * keeps only the elements and attributes Programbook's own documents use (sections, tables, lists,
 * admonitions, code, anchors), links to http, https and mailto addresses, to anchors of the page
 * and to the sibling documents Programbook writes, and images embedded as {@code data:} URIs or
 * next to the page (remote images only when allowed). Everything else goes: scripts, event
 * handlers, {@code javascript:} and {@code data:} links, frames, objects, forms, SVG and MathML,
 * {@code <style>}, {@code <meta>}, {@code <base>}, comments.
 *
 * <p>The only scripts and style sheets that survive are the run's own ({@link #trusted}): an
 * element whose text is exactly one of them, as the templates wrote it. The page's
 * Content-Security-Policy allows the same scripts by their hash ({@link #sha256}).
 *
 * <p>When the sanitizer removes nothing, the HTML is returned exactly as Asciidoctor wrote it (so
 * that a safe document keeps its bytes); otherwise the sanitized tree is written out.
 */
public final class HtmlSanitizer {

    /**
     * Relative links Programbook's documents may carry: an anchor, a sibling document and its anchor,
     * or an evidence file in the assessor package's folder (a plain percent-encoded path below it,
     * never a parent folder).
     */
    private static final Pattern RELATIVE_LINK =
            Pattern.compile("#[^\\s\"'<>`]*|[a-z0-9][a-z0-9-]*\\.(?:html|pdf|csv|xlsx|json|ics|zip)(?:#[^\\s\"'<>`]*)?"
                    + "|evidence-files/(?!.*\\.\\.)(?!.*//)(?!.*%2[Ee])[A-Za-z0-9._~%-][A-Za-z0-9._~%/-]*");
    /** Images next to the page: a plain relative path, no scheme, no parent folder, no host. */
    private static final Pattern RELATIVE_IMAGE = Pattern.compile("(?!.*\\.\\.)[A-Za-z0-9_][A-Za-z0-9_./-]*");
    /** Embedded raster images: no SVG, which can carry script. */
    private static final Pattern DATA_IMAGE =
            Pattern.compile("data:image/(?:png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\\s]*", Pattern.CASE_INSENSITIVE);

    private static final Pattern REMOTE_IMAGE = Pattern.compile("https?://[^\\s\"'<>`]+", Pattern.CASE_INSENSITIVE);
    /** The only inline styles Asciidoctor writes: column and table widths. */
    private static final Pattern WIDTH_STYLE = Pattern.compile("width: ?\\d{1,3}(?:\\.\\d+)?%;?");
    /** A base the cleaner resolves relative links against, so that it can check their protocol. */
    private static final String BASE = "https://programbook.invalid/";
    /** The element that stands for a trusted script or style sheet while the cleaner runs. */
    private static final String MARKER = "pb-trusted";

    private final Set<String> trusted;
    private final boolean allowRemoteImages;
    private final Safelist safelist;

    /**
     * @param trusted           the text of the scripts and style sheets the run's own templates put
     *                          into a document body (e.g. the matrix's sorting script)
     * @param allowRemoteImages whether images may be loaded from http and https addresses
     */
    public HtmlSanitizer(Set<String> trusted, boolean allowRemoteImages) {
        this.trusted = Set.copyOf(trusted.stream().map(String::strip).toList());
        this.allowRemoteImages = allowRemoteImages;
        this.safelist = safelist();
    }

    /** The outcome: the safe HTML, and whether anything had to be removed. */
    public record Sanitized(String html, boolean changed) {}

    private static Safelist safelist() {
        Safelist list = new Safelist()
                .addTags(
                        "a",
                        "abbr",
                        "b",
                        "blockquote",
                        "br",
                        "caption",
                        "cite",
                        "code",
                        "col",
                        "colgroup",
                        "dd",
                        "del",
                        "details",
                        "div",
                        "dl",
                        "dt",
                        "em",
                        "h1",
                        "h2",
                        "h3",
                        "h4",
                        "h5",
                        "h6",
                        "hr",
                        "i",
                        "img",
                        "ins",
                        "kbd",
                        "li",
                        "mark",
                        "ol",
                        "p",
                        "pre",
                        "q",
                        "s",
                        "samp",
                        "small",
                        "span",
                        "strong",
                        "sub",
                        "summary",
                        "sup",
                        "table",
                        "tbody",
                        "td",
                        "tfoot",
                        "th",
                        "thead",
                        "tr",
                        "u",
                        "ul",
                        "var",
                        MARKER)
                .addAttributes(":all", "class", "id", "title", "lang")
                .addAttributes("a", "href", "target", "rel")
                .addAttributes("img", "src", "alt", "width", "height")
                .addAttributes("col", "style")
                .addAttributes("table", "style")
                .addAttributes("td", "colspan", "rowspan")
                .addAttributes("th", "colspan", "rowspan")
                .addAttributes("ol", "start", "type", "reversed")
                .addAttributes("code", "data-lang")
                .addAttributes("details", "open")
                // the matrix page's words for its script (traceability-matrix.adoc.ftl): inert text the script
                // reads with getAttribute and writes with textContent
                .addAttributes(
                        "div",
                        "hidden",
                        "data-columns",
                        "data-all",
                        "data-search",
                        "data-search-hint",
                        "data-show-all",
                        "data-filter-area",
                        "data-filter-status",
                        "data-filter-coverage",
                        "data-filter-gap",
                        "data-sort-by",
                        "data-option",
                        "data-showing")
                .addAttributes(MARKER, "data-index")
                .addProtocols("a", "href", "http", "https", "mailto")
                .addProtocols("img", "src", "http", "https", "data");
        list.preserveRelativeLinks(true);
        return list;
    }

    /** Sanitizes the body of a page. */
    public Sanitized sanitize(String html) {
        Document dirty = Jsoup.parseBodyFragment(html, BASE);
        // A marker the text brought along must not pass for one of ours.
        dirty.body().select(MARKER).remove();
        List<Element> kept = new ArrayList<>();
        for (Element element : dirty.body().select("script, style")) {
            if (trusted.contains(element.data().strip()) && element.attributes().isEmpty()) {
                Element marker = new Element(MARKER).attr("data-index", String.valueOf(kept.size()));
                kept.add(element.clone());
                element.replaceWith(marker);
            }
        }
        String before = serialise(dirty);
        Document clean = new Cleaner(safelist).clean(dirty);
        restrict(clean.body());
        boolean changed = !serialise(clean).equals(before);
        if (!changed) {
            return new Sanitized(html, false);
        }
        for (Element marker : clean.body().select(MARKER)) {
            int index = Integer.parseInt(marker.attr("data-index"));
            marker.replaceWith(kept.get(index));
        }
        return new Sanitized(serialise(clean), true);
    }

    /** What the cleaner's protocol list cannot say: which relative links, images and styles are ours. */
    private void restrict(Element body) {
        for (Element link : body.select("a[href]")) {
            String href = link.attr("href").strip();
            if (!hasScheme(href, "http:", "https:", "mailto:")
                    && !RELATIVE_LINK.matcher(href).matches()) {
                link.removeAttr("href");
            }
        }
        for (Element a : body.select("a[target]")) {
            if (!a.attr("target").equals("_blank")) {
                a.removeAttr("target");
            }
        }
        for (Element image : body.select("img")) {
            if (!imageAllowed(image.attr("src").strip())) {
                image.removeAttr("src");
            }
        }
        for (Element styled : body.select("[style]")) {
            if (!WIDTH_STYLE.matcher(styled.attr("style").strip()).matches()) {
                styled.removeAttr("style");
            }
        }
        for (Element marker : body.select(MARKER)) {
            List<Attribute> attributes = marker.attributes().asList();
            if (attributes.size() != 1 || !marker.attr("data-index").matches("\\d+")) {
                marker.remove();
            }
        }
    }

    private static boolean hasScheme(String url, String... schemes) {
        String lower = url.toLowerCase(Locale.ROOT);
        for (String scheme : schemes) {
            if (lower.startsWith(scheme)) {
                return true;
            }
        }
        return false;
    }

    private boolean imageAllowed(String src) {
        return DATA_IMAGE.matcher(src).matches()
                || InertSvg.is(src)
                || RELATIVE_IMAGE.matcher(src).matches()
                || allowRemoteImages && REMOTE_IMAGE.matcher(src).matches();
    }

    private static String serialise(Document document) {
        document.outputSettings()
                .prettyPrint(false)
                .escapeMode(Entities.EscapeMode.xhtml)
                .charset(StandardCharsets.UTF_8);
        return document.body().html();
    }

    /**
     * What a page's Content-Security-Policy names, from one parse of the page.
     *
     * @param scripts         the text of every {@code <script>} element, which only the run's
     *                        trusted scripts are after sanitizing
     * @param styleSheets     the text of every {@code <style>} element
     * @param styleAttributes the distinct values of inline {@code style} attributes
     */
    public record Inventory(List<String> scripts, List<String> styleSheets, List<String> styleAttributes) {

        public Inventory {
            scripts = List.copyOf(scripts);
            styleSheets = List.copyOf(styleSheets);
            styleAttributes = List.copyOf(styleAttributes);
        }
    }

    /** The scripts, style sheets and style attributes of a page, for its Content-Security-Policy. */
    public static Inventory inventory(String html) {
        Document page = Jsoup.parse(html);
        Set<String> values = new LinkedHashSet<>();
        for (Element styled : page.select("[style]")) {
            values.add(styled.attr("style"));
        }
        return new Inventory(texts(page, "script"), texts(page, "style"), List.copyOf(values));
    }

    private static List<String> texts(Document page, String tag) {
        Set<String> texts = new LinkedHashSet<>();
        for (Element element : page.select(tag)) {
            StringBuilder text = new StringBuilder();
            for (var node : element.childNodes()) {
                if (node instanceof DataNode data) {
                    text.append(data.getWholeData());
                }
            }
            texts.add(text.toString());
        }
        return List.copyOf(texts);
    }

    /** A CSP source expression for a text: {@code 'sha256-…'}. */
    public static String sha256(String text) {
        Objects.requireNonNull(text, "text");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
