package io.programbook.core.convert;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Java converter for the plain subset of AsciiDoc that Programbook's templates and most programs
 * write, producing the HTML body Asciidoctor 2.0 produces for the same document (embedded, html5
 * backend, no source highlighter): sections with anchors and links, the table of contents,
 * paragraphs, admonition paragraphs, unordered and ordered lists of one level, horizontal
 * description lists, simple tables (column widths, header rows and columns, column spans), source
 * listings, and in text strong, emphasis, monospace, marks with roles, apostrophes and the other
 * replacements, attribute references, cross references, inline anchors, {@code link:} macros with a
 * passthrough target, {@code pass:[]} and hard line breaks.
 *
 * <p>It declines (returns empty) whatever it does not fully understand, and whatever Asciidoctor
 * would warn about: the caller then converts the document with Asciidoctor. Equality with
 * Asciidoctor is proven by a differential test over the example, the golden programs, synthetic
 * programs and a generated corpus ({@code FastConverterConformanceIT}), comparing normalised DOMs.
 */
public final class FastConverter {

    private static final String W = "\\p{L}\\p{M}\\p{N}\\p{Pc}";
    private static final String ANY = "(?s:.)";

    /** A reason to leave the document to Asciidoctor. */
    private static final class Decline extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Decline(String reason) {
            super(reason, null, false, false);
        }
    }

    private record Quote(Pattern pattern, boolean constrained, String open, String close) {}

    private static final List<Quote> QUOTES = List.of(
            new Quote(Pattern.compile("\\\\?(?:\\[([^\\]]+)\\])?\\*\\*(" + ANY + "+?)\\*\\*"), false, "strong", null),
            new Quote(
                    Pattern.compile(
                            "(^|[^" + W + ";:}])(?:\\[([^\\]]+)\\])?\\*(\\S|\\S" + ANY + "*?\\S)\\*(?![" + W + "])",
                            Pattern.MULTILINE),
                    true,
                    "strong",
                    null),
            new Quote(
                    Pattern.compile(
                            "(^|[^" + W + ";:}])(?:\\[([^\\]]+)\\])?\"`(\\S|\\S" + ANY + "*?\\S)`\"(?![" + W + "])",
                            Pattern.MULTILINE),
                    true,
                    "&#8220;",
                    "&#8221;"),
            new Quote(
                    Pattern.compile(
                            "(^|[^" + W + ";:`}])(?:\\[([^\\]]+)\\])?'`(\\S|\\S" + ANY + "*?\\S)`'(?![" + W + "])",
                            Pattern.MULTILINE),
                    true,
                    "&#8216;",
                    "&#8217;"),
            new Quote(Pattern.compile("\\\\?(?:\\[([^\\]]+)\\])?``(" + ANY + "+?)``"), false, "code", null),
            new Quote(
                    Pattern.compile(
                            "(^|[^" + W + ";:\"'`}])(?:\\[([^\\]]+)\\])?`(\\S|\\S" + ANY + "*?\\S)`(?![" + W + "\"'`])",
                            Pattern.MULTILINE),
                    true,
                    "code",
                    null),
            new Quote(Pattern.compile("\\\\?(?:\\[([^\\]]+)\\])?__(" + ANY + "+?)__"), false, "em", null),
            new Quote(
                    Pattern.compile(
                            "(^|[^" + W + ";:}])(?:\\[([^\\]]+)\\])?_(\\S|\\S" + ANY + "*?\\S)_(?![" + W + "])",
                            Pattern.MULTILINE),
                    true,
                    "em",
                    null),
            new Quote(Pattern.compile("\\\\?(?:\\[([^\\]]+)\\])?##(" + ANY + "+?)##"), false, "mark", null),
            new Quote(
                    Pattern.compile(
                            "(^|[^" + W + "&;:}])(?:\\[([^\\]]+)\\])?#(\\S|\\S" + ANY + "*?\\S)#(?![" + W + "])",
                            Pattern.MULTILINE),
                    true,
                    "mark",
                    null),
            new Quote(Pattern.compile("\\\\?(?:\\[([^\\]]+)\\])?\\^(\\S+?)\\^"), false, "sup", null),
            new Quote(Pattern.compile("\\\\?(?:\\[([^\\]]+)\\])?~(\\S+?)~"), false, "sub", null));

    private record Replacement(Pattern pattern, String with, boolean leading) {}

    private static final List<Replacement> REPLACEMENTS = List.of(
            new Replacement(Pattern.compile("\\(C\\)"), "&#169;", false),
            new Replacement(Pattern.compile("\\(R\\)"), "&#174;", false),
            new Replacement(Pattern.compile("\\(TM\\)"), "&#8482;", false),
            new Replacement(
                    Pattern.compile("(?: |\\n|^)--(?: |\\n|$)", Pattern.MULTILINE), "&#8201;&#8212;&#8201;", false),
            new Replacement(Pattern.compile("([" + W + "])--(?=[" + W + "])"), "&#8212;&#8203;", true),
            new Replacement(Pattern.compile("\\.\\.\\."), "&#8230;&#8203;", false),
            new Replacement(Pattern.compile("`'"), "&#8217;", false),
            new Replacement(Pattern.compile("([\\p{IsAlphabetic}\\p{Nd}])'(?=\\p{IsAlphabetic})"), "&#8217;", true),
            new Replacement(Pattern.compile("-&gt;"), "&#8594;", false),
            new Replacement(Pattern.compile("=&gt;"), "&#8658;", false),
            new Replacement(Pattern.compile("&lt;-"), "&#8592;", false),
            new Replacement(Pattern.compile("&lt;="), "&#8656;", false));

    private static final Pattern RESTORE_ENTITIES = Pattern.compile(
            "&amp;((?:[a-zA-Z][a-zA-Z]+\\d{0,2}|#\\d\\d\\d{0,4}|#x[\\da-fA-F][\\da-fA-F][\\da-fA-F]{0,3});)");
    private static final Pattern PASS_MACRO = Pattern.compile("pass:\\[(|" + ANY + "*?[^\\\\])\\]");
    private static final Pattern LINK_PASS = Pattern.compile("link:\\+\\+([^\\s+\\[\\]]+)\\+\\+\\[");
    private static final Pattern ATTRIBUTE_REF = Pattern.compile("\\{([" + W + "][" + W + "-]*)\\}");
    private static final Pattern XREF =
            Pattern.compile("&lt;&lt;([" + W + "][" + W + "\\-.:]*)(?:,\\s*(" + ANY + "*?))?&gt;&gt;");
    private static final Pattern INLINE_ANCHOR =
            Pattern.compile("\\[\\[([\\p{IsAlphabetic}_:][" + W + "\\-:.]*)\\]\\]");
    /** A plain relative path, as the assessor package's links are: no scheme, no dot segments, no query. */
    private static final Pattern RELATIVE_TARGET =
            Pattern.compile("(?!.*(?:^|/)\\.{1,2}(?:/|$))[A-Za-z0-9_][A-Za-z0-9_./-]*");

    private static final Pattern LINK_MACRO = Pattern.compile("link:\u0001(\\d+)\u0002\\[(|[^\\]]*)\\]");
    private static final Pattern EMAIL = Pattern.compile("[" + W + "](?:&amp;|[" + W
            + "\\-.%+])*@[\\p{IsAlphabetic}\\p{Nd}][\\p{IsAlphabetic}\\p{Nd}_\\-.]*\\.[a-zA-Z]{2,5}\\b");
    private static final Pattern INVALID_ID_CHARS = Pattern.compile(
            "<[^>]+>|&(?:[a-z][a-z]+\\d{0,2}|#\\d\\d\\d{0,4}|#x[\\da-f][\\da-f][\\da-f]{0,3});|[^ " + W + "\\-.]+?");
    private static final Pattern ATTRIBUTE_ENTRY =
            Pattern.compile("^:(!?)([" + W + "][" + W + "-]*)(!?):(?:\\s+(.*))?$");
    private static final Pattern SECTION = Pattern.compile("^(={1,6})\\s+(\\S.*)$");
    private static final Pattern BLOCK_ANCHOR =
            Pattern.compile("^\\[\\[([\\p{IsAlphabetic}_:][" + W + "\\-:.]*)\\]\\]$");
    private static final Pattern BLOCK_ATTRIBUTES = Pattern.compile("^\\[([^\\[\\]].*)\\]$");
    private static final Pattern BLOCK_TITLE = Pattern.compile("^\\.([^\\s.].*)$");
    private static final Pattern ULIST = Pattern.compile("^\\*\\s+(\\S.*)$");
    private static final Pattern OLIST = Pattern.compile("^\\.\\s+(\\S.*)$");
    private static final Pattern DLIST = Pattern.compile("^(\\S.*?)::(?:\\s+(.*))?$");
    private static final Pattern ADMONITION = Pattern.compile("^(NOTE|TIP|IMPORTANT|WARNING|CAUTION):\\s+(.*)$");
    private static final Pattern MACRO_NAMES = Pattern.compile(
            "(?<![\\p{L}\\p{N}_])(?:footnote|footnoteref|image|icon|kbd|btn|menu|indexterm2?|anchor|stem|latexmath|asciimath|mailto"
                    + "|irc|ftp|file|include|toc)(?:ref)?:");
    private static final Pattern DOCUMENT_XREF =
            Pattern.compile("(?<![\\p{L}\\p{N}_])xref:([a-z0-9][a-z0-9-]*)\\.(?:adoc|html)(#[\\p{IsAlphabetic}_:][" + W
                    + "\\-:.]*)?\\[([^\\]]+)\\]");
    private static final Pattern DIRECTIVE = Pattern.compile("^\\\\?(?:ifn?def|ifeval|endif|include)::.*$");
    /** A constrained passthrough ({@code +text+}) could start here. */
    private static final Pattern CONSTRAINED_PLUS = Pattern.compile("(?:^|[^" + W + ";:])\\+\\S", Pattern.MULTILINE);

    private static final Pattern HARD_BREAK = Pattern.compile("(?m)^(.*) \\+$");
    private static final Pattern PASS_PLACEHOLDER = Pattern.compile("\u0001(\\d+)\u0002");
    private static final Pattern XREF_PLACEHOLDER = Pattern.compile("\u0003(\\d+)\u0004([^\u0005]*)\u0005");
    private static final Pattern XREF_INDEX = Pattern.compile("\u0003(\\d+)\u0004");

    /** Every name in braces, a superset of the attribute references inline text can hold. */
    private static final Pattern BRACED = Pattern.compile("\\{([^{}]*)\\}");

    /**
     * Inline text converted before, by its hard-break setting and text, shared by every run in the
     * JVM: the HTML, whose cross-reference placeholders count from 0, and what the conversion added
     * to the run's passthroughs, in order. Bounded by emptying it when full.
     */
    private static final Map<String, Inline> INLINE = new ConcurrentHashMap<>();

    private static final int INLINE_ENTRIES = 50_000;

    private record Inline(String html, List<String> passes) {}

    private static final Pattern BLOCK_MACRO = Pattern.compile("^[a-z]+::\\S*\\[.*\\]$");
    private static final Pattern OTHER_LIST_OR_BREAK =
            Pattern.compile("^(?:-|\\*{2,}|\\.{2,}|[0-9]+\\.|[a-zA-Z]\\.|<\\d+>|<\\.>)\\s.*|^'{3}$|^<<<$");
    private static final Pattern ANY_LIST_MARKER = Pattern.compile("^(?:\\*+|\\.+|-)\\s.*");
    private static final Pattern CELL_SPEC = Pattern.compile("(\\d+)\\+");
    private static final Pattern COL_SPEC = Pattern.compile("(?:(\\d+)\\*)?(\\d+)?(h)?");

    /** Attributes that would change what this converter writes: it declines a document that sets them. */
    private static final Set<String> UNSUPPORTED_ATTRIBUTES = Set.of(
            "sectnums",
            "numbered",
            "idprefix",
            "idseparator",
            "showtitle",
            "notitle",
            "icons",
            "source-highlighter",
            "table-caption",
            "example-caption",
            "figure-caption",
            "listing-caption",
            "experimental",
            "hardbreaks",
            "hardbreaks-option",
            "compat-mode",
            "sectanchors",
            "sectlinks",
            "toc",
            "toclevels",
            "toc-title",
            "toc-placement",
            "doctype",
            "leveloffset",
            "nofootnotes",
            "prewrap",
            "table-frame",
            "table-grid",
            "table-stripes",
            "cellbgcolor",
            "xrefstyle",
            "appendix-caption",
            "appendix-refsig",
            "sectnumlevels",
            "stem");

    /**
     * Converts a whole document to the HTML body Asciidoctor would write, or declines. Any failure
     * of its own (a pattern that overflows the stack on an enormous paragraph) is a decline too:
     * Asciidoctor then converts the document, as it would without the fast path.
     */
    public Optional<String> toHtmlBody(String adoc, Map<String, String> attributes) {
        try {
            return Optional.of(new Run(attributes).convert(adoc));
        } catch (RuntimeException | StackOverflowError e) {
            return Optional.empty();
        }
    }

    /** Why a document was declined (for tests and measurements); empty when converted. */
    Optional<String> declined(String adoc, Map<String, String> attributes) {
        try {
            new Run(attributes).convert(adoc);
            return Optional.empty();
        } catch (RuntimeException | StackOverflowError e) {
            return Optional.of(String.valueOf(e.getMessage()));
        }
    }

    // ------------------------------------------------------------------ the document tree

    private interface Node {}

    private static final class Section implements Node {
        int level;
        String id;
        String title;
        String caption = "";
        final List<Node> blocks = new ArrayList<>();
        final List<Section> sections = new ArrayList<>();
    }

    private record Block(String html) implements Node {}

    /** A block whose HTML needs the whole document (cross references): converted after parsing. */
    private record Deferred(Supplier<String> html) implements Node {}

    private final class Run {

        private final Map<String, String> attributes = new HashMap<>();
        private final Map<String, String> softSet = new HashMap<>();
        private final Map<String, String> refs = new LinkedHashMap<>();
        private final Set<String> anchors = new HashSet<>();
        private List<String> lines;
        private int at;
        private int leveloffset;
        private int conditionals;
        private int appendixNumber;
        private final Section root = new Section();
        private final List<String> passes = new ArrayList<>();

        Run(Map<String, String> provided) {
            provided.forEach((k, v) -> {
                if (v.endsWith("@")) {
                    softSet.put(k, v.substring(0, v.length() - 1));
                } else {
                    attributes.put(k, v);
                }
            });
            for (String k : attributes.keySet()) {
                if (!k.endsWith("-caption") && UNSUPPORTED_ATTRIBUTES.contains(k)) {
                    throw new Decline("attribute " + k);
                }
            }
            root.level = 0;
        }

        private String attribute(String name) {
            String value = attributes.get(name);
            return value != null ? value : softSet.get(name);
        }

        String convert(String adoc) {
            if (adoc.indexOf('\r') >= 0 || adoc.indexOf('\t') >= 0 || adoc.indexOf('\u0001') >= 0) {
                throw new Decline("carriage return, tab or control character");
            }
            lines = new ArrayList<>(List.of(adoc.split("\n", -1)));
            for (int i = 0; i < lines.size(); i++) {
                lines.set(i, rstrip(lines.get(i)));
            }
            for (String line : lines) {
                if (DIRECTIVE.matcher(line).matches()
                        && !line.equals("ifdef::backend-html5[]")
                        && !line.equals("endif::[]")) {
                    throw new Decline("preprocessor directive " + line);
                }
            }
            at = 0;
            header();
            boolean book = "book".equals(attributes.get("doctype"));
            if (!book && appendixNumber > 0) {
                throw new Decline("appendix in an article");
            }
            List<Section> stack = new ArrayList<>();
            stack.add(root);
            Pending pending = new Pending();
            while (at < lines.size()) {
                String line = lines.get(at);
                if (line.isEmpty()) {
                    at++;
                    continue;
                }
                if (line.startsWith("//")) {
                    if (line.startsWith("////")) {
                        throw new Decline("comment block");
                    }
                    at++;
                    continue;
                }
                if (line.equals("ifdef::backend-html5[]")) {
                    pending.requireEmpty();
                    conditionals++;
                    at++;
                    continue;
                }
                if (line.equals("endif::[]") && conditionals > 0) {
                    pending.requireEmpty();
                    conditionals--;
                    at++;
                    continue;
                }
                Matcher m;
                if ((m = ATTRIBUTE_ENTRY.matcher(line)).matches()) {
                    pending.requireEmpty();
                    bodyAttribute(m);
                    at++;
                    continue;
                }
                if ((m = BLOCK_ANCHOR.matcher(line)).matches()) {
                    if (pending.id != null) {
                        throw new Decline("two anchors");
                    }
                    pending.id = m.group(1);
                    at++;
                    continue;
                }
                if ((m = BLOCK_ATTRIBUTES.matcher(line)).matches()) {
                    pending.attributes(m.group(1));
                    at++;
                    continue;
                }
                if ((m = BLOCK_TITLE.matcher(line)).matches()) {
                    if (pending.title != null) {
                        throw new Decline("two titles");
                    }
                    pending.title = m.group(1);
                    at++;
                    continue;
                }
                if ((m = SECTION.matcher(line)).matches()) {
                    int level = m.group(1).length() - 1 + leveloffset;
                    if (level < 1 || level > 5) {
                        throw new Decline("section level " + level);
                    }
                    Section parent = stack.get(stack.size() - 1);
                    while (parent.level >= level) {
                        stack.remove(stack.size() - 1);
                        parent = stack.get(stack.size() - 1);
                    }
                    if (level != parent.level + 1) {
                        throw new Decline("section level skipped");
                    }
                    Section section = section(level, m.group(2), pending);
                    parent.sections.add(section);
                    parent.blocks.add(section);
                    stack.add(section);
                    pending = new Pending();
                    at++;
                    continue;
                }
                Section current = stack.get(stack.size() - 1);
                if (current == root && !root.sections.isEmpty()) {
                    throw new Decline("block after a section at the top");
                }
                current.blocks.add(block(pending));
                pending = new Pending();
            }
            pending.requireEmpty();
            if (conditionals != 0) {
                throw new Decline("unclosed conditional");
            }
            StringBuilder html = new StringBuilder();
            if (attributes.containsKey("toc") && !root.sections.isEmpty()) {
                html.append("<div id=\"toc\" class=\"toc\">\n<div id=\"toctitle\">")
                        .append(attribute("toc-title") == null ? "Table of Contents" : attribute("toc-title"))
                        .append("</div>\n")
                        .append(outline(root, toclevels()))
                        .append("\n</div>\n");
            }
            List<String> parts = new ArrayList<>();
            List<String> preamble = new ArrayList<>();
            for (Node node : root.blocks) {
                if (node instanceof Section || root.sections.isEmpty()) {
                    parts.add(render(node));
                } else {
                    preamble.add(render(node));
                }
            }
            if (!preamble.isEmpty()) {
                parts.add(
                        0,
                        "<div id=\"preamble\">\n<div class=\"sectionbody\">\n" + String.join("\n", preamble)
                                + "\n</div>\n</div>");
            }
            html.append(String.join("\n", parts));
            return html.toString();
        }

        private int toclevels() {
            String value = attributes.get("toclevels");
            return value == null ? 2 : Integer.parseInt(value);
        }

        private String outline(Section node, int toclevels) {
            List<String> result = new ArrayList<>();
            result.add("<ul class=\"sectlevel" + node.sections.get(0).level + "\">");
            for (Section s : node.sections) {
                String title = s.caption + s.title;
                if (title.contains("<a")) {
                    throw new Decline("anchor in a title");
                }
                if (s.level < toclevels && !s.sections.isEmpty()) {
                    result.add("<li><a href=\"#" + s.id + "\">" + title + "</a>");
                    result.add(outline(s, toclevels));
                    result.add("</li>");
                } else {
                    result.add("<li><a href=\"#" + s.id + "\">" + title + "</a></li>");
                }
            }
            result.add("</ul>");
            return String.join("\n", result);
        }

        private String render(Node node) {
            if (node instanceof Block b) {
                return b.html();
            }
            if (node instanceof Deferred d) {
                return d.html().get();
            }
            Section s = (Section) node;
            String title = s.caption + s.title;
            if (attributes.containsKey("sectlinks")) {
                title = "<a class=\"link\" href=\"#" + s.id + "\">" + title + "</a>";
            }
            if (attributes.containsKey("sectanchors")) {
                title = "<a class=\"anchor\" href=\"#" + s.id + "\"></a>" + title;
            }
            List<String> content = new ArrayList<>();
            for (Node child : s.blocks) {
                content.add(render(child));
            }
            String body = String.join("\n", content);
            String h = "h" + (s.level + 1);
            return "<div class=\"sect" + s.level + "\">\n<" + h + " id=\"" + s.id + "\">" + title + "</" + h + ">\n"
                    + (s.level == 1 ? "<div class=\"sectionbody\">\n" + body + "\n</div>" : body) + "\n</div>";
        }

        // -------------------------------------------------------------- header and attributes

        private void header() {
            if (lines.isEmpty() || !lines.get(0).startsWith("= ")) {
                throw new Decline("no document title");
            }
            at = 1;
            // author and revision lines: not shown in an embedded document
            int plain = 0;
            while (at < lines.size() && !lines.get(at).isEmpty()) {
                String line = lines.get(at);
                Matcher m = ATTRIBUTE_ENTRY.matcher(line);
                if (m.matches()) {
                    headerAttribute(m);
                } else if (line.startsWith("//")) {
                    throw new Decline("comment in the header");
                } else if (++plain > 2 || line.contains("{") || line.startsWith(":")) {
                    throw new Decline("header line " + line);
                }
                at++;
            }
        }

        private void headerAttribute(Matcher m) {
            String name = m.group(2);
            boolean unset = !m.group(1).isEmpty() || !m.group(3).isEmpty();
            String value = m.group(4) == null ? "" : m.group(4);
            if (attributes.containsKey(name)) {
                // set by the API: locked, the document's entry is ignored
                return;
            }
            softSet.remove(name);
            switch (name) {
                case "doctype" -> require(value.equals("book") || value.equals("article"), name);
                case "toc" ->
                    require(!unset && (value.equals("left") || value.isEmpty() || value.equals("auto")), name);
                case "toclevels" -> require(value.matches("[1-5]"), name);
                case "toc-title" -> require(!value.contains("{") && !value.isEmpty(), name);
                case "sectanchors", "sectlinks" -> require(value.isEmpty(), name);
                case "icons", "table-caption", "example-caption" -> {
                    require(unset, name);
                    attributes.remove(name);
                    return;
                }
                default -> {
                    if (UNSUPPORTED_ATTRIBUTES.contains(name) || name.endsWith("-caption") && !unset) {
                        throw new Decline("attribute " + name);
                    }
                    if (value.contains("{") || value.contains("\\") || value.endsWith("+")) {
                        throw new Decline("attribute value " + name);
                    }
                }
            }
            if (unset) {
                attributes.remove(name);
                softSet.remove(name);
            } else {
                attributes.put(name, value);
            }
        }

        private void require(boolean ok, String what) {
            if (!ok) {
                throw new Decline("attribute " + what);
            }
        }

        private void bodyAttribute(Matcher m) {
            String name = m.group(2);
            boolean unset = !m.group(1).isEmpty() || !m.group(3).isEmpty();
            String value = m.group(4) == null ? "" : m.group(4).strip();
            if (!name.equals("leveloffset")) {
                throw new Decline("attribute entry in the body: " + name);
            }
            if (unset) {
                leveloffset = 0;
            } else if (value.startsWith("+")) {
                leveloffset += Integer.parseInt(value.substring(1));
            } else if (value.startsWith("-")) {
                leveloffset -= Integer.parseInt(value.substring(1));
            } else {
                leveloffset = Integer.parseInt(value);
            }
        }

        // -------------------------------------------------------------- sections

        private Section section(int level, String rawTitle, Pending pending) {
            if (pending.title != null || !pending.options.isEmpty() || !pending.named.isEmpty()) {
                throw new Decline("section attributes");
            }
            if (!pending.roles.isEmpty()) {
                throw new Decline("section role");
            }
            Section s = new Section();
            s.level = level;
            s.title = inline(rawTitle, false);
            if (s.title.contains("<a") || s.title.contains("\u0001")) {
                throw new Decline("link in a section title");
            }
            if (pending.style != null) {
                if (pending.style.equals("appendix") && level == 1) {
                    String caption = attribute("appendix-caption");
                    if (caption == null) {
                        throw new Decline("appendix without caption");
                    }
                    s.caption = caption + " " + (char) ('A' + appendixNumber++) + ": ";
                } else if (!pending.style.equals("preface")
                        || level != 1
                        || !"book".equals(attributes.get("doctype"))) {
                    throw new Decline("section style " + pending.style);
                }
            }
            if (pending.id != null) {
                s.id = pending.id;
            } else {
                String id = "_"
                        + INVALID_ID_CHARS
                                .matcher(s.title.toLowerCase(Locale.ROOT))
                                .replaceAll("");
                id = id.replaceAll("[ .\\-]+", "_").replaceAll("_+", "_");
                if (id.endsWith("_")) {
                    id = id.substring(0, id.length() - 1);
                }
                if (refs.containsKey(id)) {
                    int n = 2;
                    while (refs.containsKey(id + "_" + n)) {
                        n++;
                    }
                    id = id + "_" + n;
                }
                s.id = id;
            }
            register(s.id, s.title);
            return s;
        }

        private void register(String id, String reftext) {
            if (refs.containsKey(id) || anchors.contains(id)) {
                throw new Decline("duplicate id " + id);
            }
            refs.put(id, reftext);
        }

        // -------------------------------------------------------------- blocks

        private final class Pending {
            String id;
            String title;
            String style;
            final List<String> roles = new ArrayList<>();
            final Set<String> options = new TreeSet<>();
            final Map<String, String> named = new LinkedHashMap<>();

            void attributes(String text) {
                List<String> parts = splitAttributes(text);
                for (int i = 0; i < parts.size(); i++) {
                    String part = parts.get(i).strip();
                    int eq = part.indexOf('=');
                    if (eq > 0) {
                        String name = part.substring(0, eq).strip();
                        String value = unquote(part.substring(eq + 1).strip());
                        if (name.equals("options") || name.equals("opts")) {
                            for (String o : value.split(",")) {
                                options.add(o.strip());
                            }
                        } else if (name.equals("role")) {
                            roles.addAll(List.of(value.split("\\s+")));
                        } else if (name.equals("id")) {
                            setId(value);
                        } else {
                            named.put(name, value);
                        }
                    } else if (i == 0) {
                        shorthand(part);
                    } else if (i == 1 && "source".equals(style) && part.matches("[a-z0-9+-]+")) {
                        named.put("language", part);
                    } else {
                        throw new Decline("positional attribute " + part);
                    }
                }
            }

            private void shorthand(String part) {
                Matcher m = Pattern.compile("([^.#%]*)((?:[.#%][^.#%]+)*)").matcher(part);
                if (!m.matches()) {
                    throw new Decline("attribute list " + part);
                }
                if (!m.group(1).isEmpty()) {
                    if (style != null) {
                        throw new Decline("two styles");
                    }
                    style = m.group(1);
                    if (!style.matches("[a-z]+")) {
                        throw new Decline("style " + style);
                    }
                }
                Matcher p = Pattern.compile("([.#%])([^.#%]+)").matcher(m.group(2));
                while (p.find()) {
                    switch (p.group(1)) {
                        case "." -> roles.add(p.group(2));
                        case "#" -> setId(p.group(2));
                        default -> options.add(p.group(2));
                    }
                }
            }

            private void setId(String value) {
                if (id != null || !value.matches("[\\p{IsAlphabetic}_:][" + W + "\\-:.]*")) {
                    throw new Decline("id " + value);
                }
                id = value;
            }

            void requireEmpty() {
                if (id != null
                        || title != null
                        || style != null
                        || !roles.isEmpty()
                        || !options.isEmpty()
                        || !named.isEmpty()) {
                    throw new Decline("attributes without a block");
                }
            }

            String idAttribute() {
                if (id == null) {
                    return "";
                }
                register(id, null);
                return " id=\"" + id + "\"";
            }

            String roleSuffix() {
                return roles.isEmpty() ? "" : " " + String.join(" ", roles);
            }

            void only(Set<String> styles, Set<String> names, Set<String> opts) {
                if (style != null && !styles.contains(style)) {
                    throw new Decline("style " + style);
                }
                if (!names.containsAll(named.keySet()) || !opts.containsAll(options)) {
                    throw new Decline("attributes " + named.keySet() + " " + options);
                }
            }

            String titleElement() {
                return title == null ? "" : "<div class=\"title\">" + inline(title, false) + "</div>\n";
            }
        }

        private List<String> splitAttributes(String text) {
            List<String> parts = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            boolean quoted = false;
            for (char c : text.toCharArray()) {
                if (c == '"') {
                    quoted = !quoted;
                    current.append(c);
                } else if (c == ',' && !quoted) {
                    parts.add(current.toString());
                    current.setLength(0);
                } else if (c == '\'' || c == '{' || c == '\\') {
                    throw new Decline("attribute list " + text);
                } else {
                    current.append(c);
                }
            }
            if (quoted) {
                throw new Decline("unbalanced quote");
            }
            parts.add(current.toString());
            return parts;
        }

        private String unquote(String value) {
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                return value.substring(1, value.length() - 1);
            }
            if (value.contains("\"")) {
                throw new Decline("quote in " + value);
            }
            return value;
        }

        private Node block(Pending p) {
            String line = lines.get(at);
            Matcher m;
            if (line.equals("|===")) {
                return table(p);
            }
            if (line.equals("----")) {
                return listing(p);
            }
            if (line.equals("++++")) {
                return passthrough(p);
            }
            if (startsDelimiter(line)) {
                throw new Decline("delimited block " + line);
            }
            if (line.startsWith(" ")) {
                return literal(p);
            }
            if (line.startsWith("include::")
                    || line.startsWith("image::")
                    || line.startsWith("toc::")
                    || DIRECTIVE.matcher(line).matches()
                    || BLOCK_MACRO.matcher(line).matches()) {
                throw new Decline("block " + line);
            }
            if (ULIST.matcher(line).matches()) {
                return list(p, false);
            }
            if (OLIST.matcher(line).matches()) {
                return list(p, true);
            }
            if ((m = DLIST.matcher(line)).matches() && !line.contains("://")) {
                return dlist(p);
            }
            if (OTHER_LIST_OR_BREAK.matcher(line).matches()) {
                throw new Decline("list or break " + line);
            }
            return paragraph(p);
        }

        private boolean startsDelimiter(String line) {
            return line.matches(
                            "^(={4,}|\\*{4,}|_{4,}|\\+{4,}|\\.{4,}|-{4,}|/{4,}|-{2}|\\|={3,}|!={3,}|,={3,}|:={3,})$")
                    || line.startsWith("```");
        }

        /** The lines of a paragraph: up to a blank line or a line that starts something else. */
        private List<String> paragraphLines() {
            List<String> text = new ArrayList<>();
            while (at < lines.size()) {
                String line = lines.get(at);
                if (line.isEmpty()) {
                    break;
                }
                directiveInside(line);
                if (!text.isEmpty()
                        && (BLOCK_ATTRIBUTES.matcher(line).matches()
                                || startsDelimiter(line)
                                || line.startsWith("//")
                                || ATTRIBUTE_ENTRY.matcher(line).matches())) {
                    throw new Decline("block interrupts a paragraph: " + line);
                }
                text.add(line);
                at++;
            }
            return text;
        }

        private Node paragraph(Pending p) {
            p.only(Set.of(), Set.of(), Set.of());
            Matcher admonition = ADMONITION.matcher(lines.get(at));
            List<String> text = paragraphLines();
            if (text.stream()
                    .skip(1)
                    .anyMatch(
                            l -> ULIST.matcher(l).matches() || OLIST.matcher(l).matches())) {
                throw new Decline("list in a paragraph");
            }
            if (admonition.matches()) {
                text.set(0, admonition.group(2));
                String name = admonition.group(1).toLowerCase(Locale.ROOT);
                String label = attribute(name + "-caption");
                if (label == null) {
                    throw new Decline("admonition caption");
                }
                String id = p.idAttribute();
                String content = joinedInline(text);
                String title = p.titleElement();
                return new Deferred(() -> "<div" + id + " class=\"admonitionblock " + name + p.roleSuffix()
                        + "\">\n<table>\n<tr>\n<td class=\"icon\">\n<div class=\"title\">" + label
                        + "</div>\n</td>\n<td class=\"content\">\n" + title + xrefs(content)
                        + "\n</td>\n</tr>\n</table>\n</div>");
            }
            String attrs;
            if (!p.roles.isEmpty()) {
                attrs = p.idAttribute() + " class=\"paragraph" + p.roleSuffix() + "\"";
            } else {
                attrs = p.idAttribute() + " class=\"paragraph\"";
            }
            String content = joinedInline(text);
            String title = p.titleElement();
            return new Deferred(() -> "<div" + attrs + ">\n" + title + "<p>" + xrefs(content) + "</p>\n</div>");
        }

        private String joinedInline(List<String> text) {
            return inline(String.join("\n", text), true);
        }

        /** Declines a preprocessor line inside a block, where this converter would not apply it. */
        private void directiveInside(String line) {
            if (DIRECTIVE.matcher(line).matches()) {
                throw new Decline("preprocessor directive inside a block");
            }
        }

        /** A passthrough block: its lines as they are (the page's sanitizer sees them, as Asciidoctor's). */
        private Node passthrough(Pending p) {
            p.only(Set.of(), Set.of(), Set.of());
            if (p.id != null || p.title != null || !p.roles.isEmpty()) {
                throw new Decline("passthrough with attributes");
            }
            at++;
            List<String> content = new ArrayList<>();
            while (at < lines.size() && !lines.get(at).equals("++++")) {
                directiveInside(lines.get(at));
                content.add(lines.get(at++));
            }
            if (at >= lines.size()) {
                throw new Decline("unclosed passthrough");
            }
            at++;
            while (!content.isEmpty() && content.get(0).isBlank()) {
                content.remove(0);
            }
            while (!content.isEmpty() && content.get(content.size() - 1).isBlank()) {
                content.remove(content.size() - 1);
            }
            return new Block(String.join("\n", content));
        }

        private Node literal(Pending p) {
            p.only(Set.of(), Set.of(), Set.of());
            List<String> text = new ArrayList<>();
            while (at < lines.size() && !lines.get(at).isEmpty()) {
                directiveInside(lines.get(at));
                text.add(lines.get(at++));
            }
            int indent = text.stream()
                    .mapToInt(l -> l.length() - l.stripLeading().length())
                    .min()
                    .orElse(0);
            String body = String.join(
                    "\n", text.stream().map(l -> l.substring(indent)).toList());
            String id = p.idAttribute();
            if (p.title != null || !p.roles.isEmpty()) {
                throw new Decline("literal with title or role");
            }
            return new Block("<div" + id + " class=\"literalblock\">\n<div class=\"content\">\n<pre>"
                    + specialChars(body) + "</pre>\n</div>\n</div>");
        }

        private Node listing(Pending p) {
            p.only(Set.of("source"), Set.of("language"), Set.of());
            at++;
            List<String> content = new ArrayList<>();
            while (at < lines.size() && !lines.get(at).equals("----")) {
                directiveInside(lines.get(at));
                content.add(lines.get(at++));
            }
            if (at >= lines.size()) {
                throw new Decline("unclosed listing");
            }
            at++;
            while (!content.isEmpty() && content.get(0).isBlank()) {
                content.remove(0);
            }
            while (!content.isEmpty() && content.get(content.size() - 1).isBlank()) {
                content.remove(content.size() - 1);
            }
            String text = String.join("\n", content);
            if (text.contains("<") && text.matches("(?s).*<\\d+>.*")) {
                throw new Decline("callouts");
            }
            String pre;
            String close = "</pre>";
            if ("source".equals(p.style)) {
                String lang = p.named.get("language");
                pre = "<pre class=\"highlight\"><code"
                        + (lang == null ? "" : " class=\"language-" + lang + "\" data-lang=\"" + lang + "\"") + ">";
                close = "</code></pre>";
            } else {
                pre = "<pre>";
            }
            String id = p.idAttribute();
            if (p.title != null) {
                throw new Decline("listing title");
            }
            String html = "<div" + id + " class=\"listingblock" + p.roleSuffix() + "\">\n<div class=\"content\">\n"
                    + pre + specialChars(text) + close + "\n</div>\n</div>";
            return new Block(html);
        }

        private Node list(Pending p, boolean ordered) {
            p.only(Set.of(), Set.of(), Set.of());
            Pattern marker = ordered ? OLIST : ULIST;
            List<String> items = new ArrayList<>();
            while (at < lines.size()) {
                String line = lines.get(at);
                Matcher m = marker.matcher(line);
                if (!m.matches()) {
                    break;
                }
                List<String> text = new ArrayList<>();
                text.add(m.group(1));
                at++;
                while (at < lines.size() && !lines.get(at).isEmpty()) {
                    String next = lines.get(at).stripLeading();
                    directiveInside(lines.get(at));
                    if (marker.matcher(next).matches()) {
                        break;
                    }
                    if (next.equals("+")
                            || ANY_LIST_MARKER.matcher(next).matches()
                            || DLIST.matcher(next).matches()
                            || BLOCK_ATTRIBUTES.matcher(next).matches()
                            || startsDelimiter(next)
                            || next.startsWith("//")
                            || ATTRIBUTE_ENTRY.matcher(next).matches()) {
                        throw new Decline("complex list item: " + next);
                    }
                    text.add(next);
                    at++;
                }
                items.add(inline(String.join("\n", text), true));
                // a blank line between items keeps the list going only if the next line is an item
                int look = at;
                while (look < lines.size() && lines.get(look).isEmpty()) {
                    look++;
                }
                if (look < lines.size()
                        && look > at
                        && marker.matcher(lines.get(look)).matches()) {
                    at = look;
                } else if (look < lines.size()
                        && look > at
                        && (ULIST.matcher(lines.get(look)).matches()
                                || OLIST.matcher(lines.get(look)).matches()
                                || ANY_LIST_MARKER.matcher(lines.get(look)).matches()
                                || DLIST.matcher(lines.get(look)).matches()
                                || lines.get(look).startsWith(" "))) {
                    throw new Decline("list after a list");
                }
            }
            String id = p.idAttribute();
            String title = p.titleElement();
            String kind = ordered ? "olist arabic" : "ulist";
            return new Deferred(() -> {
                List<String> out = new ArrayList<>();
                out.add("<div" + id + " class=\"" + kind + p.roleSuffix() + "\">");
                if (!title.isEmpty()) {
                    out.add(title.substring(0, title.length() - 1));
                }
                out.add(ordered ? "<ol class=\"arabic\">" : "<ul>");
                for (String item : items) {
                    out.add("<li>");
                    out.add("<p>" + xrefs(item) + "</p>");
                    out.add("</li>");
                }
                out.add(ordered ? "</ol>" : "</ul>");
                out.add("</div>");
                return String.join("\n", out);
            });
        }

        private Node dlist(Pending p) {
            p.only(Set.of("horizontal"), Set.of(), Set.of());
            if (!"horizontal".equals(p.style)) {
                throw new Decline("vertical description list");
            }
            List<String[]> entries = new ArrayList<>();
            while (at < lines.size()) {
                Matcher m = DLIST.matcher(lines.get(at));
                if (lines.get(at).isEmpty()) {
                    break;
                }
                if (!m.matches()
                        || m.group(2) == null
                        || m.group(2).isEmpty()
                        || m.group(1).contains("::")
                        || m.group(1).contains(";;")) {
                    throw new Decline("description list entry");
                }
                entries.add(new String[] {inline(m.group(1), false), inline(m.group(2), true)});
                at++;
            }
            String id = p.idAttribute();
            String title = p.titleElement();
            return new Deferred(() -> {
                List<String> out = new ArrayList<>();
                out.add("<div" + id + " class=\"hdlist" + p.roleSuffix() + "\">");
                if (!title.isEmpty()) {
                    out.add(title.substring(0, title.length() - 1));
                }
                out.add("<table>");
                for (String[] e : entries) {
                    out.add("<tr>");
                    out.add("<td class=\"hdlist1\">");
                    out.add(xrefs(e[0]));
                    out.add("</td>");
                    out.add("<td class=\"hdlist2\">");
                    out.add("<p>" + xrefs(e[1]) + "</p>");
                    out.add("</td>");
                    out.add("</tr>");
                }
                out.add("</table>");
                out.add("</div>");
                return String.join("\n", out);
            });
        }

        // -------------------------------------------------------------- tables

        private record Cell(int colspan, String text) {}

        private Node table(Pending p) {
            p.only(Set.of(), Set.of("cols", "width"), Set.of("header"));
            at++;
            List<String> body = new ArrayList<>();
            while (at < lines.size() && !lines.get(at).equals("|===")) {
                directiveInside(lines.get(at));
                body.add(lines.get(at++));
            }
            if (at >= lines.size()) {
                throw new Decline("unclosed table");
            }
            at++;
            while (!body.isEmpty() && body.get(0).isEmpty()) {
                body.remove(0);
            }
            // columns
            List<Integer> widths = new ArrayList<>();
            List<Boolean> headerColumns = new ArrayList<>();
            String cols = p.named.get("cols");
            if (cols != null) {
                for (String spec : cols.split("[,;]")) {
                    Matcher m = COL_SPEC.matcher(spec.strip());
                    if (!m.matches() || spec.isBlank()) {
                        throw new Decline("column spec " + spec);
                    }
                    int times = m.group(1) == null ? 1 : Integer.parseInt(m.group(1));
                    int width = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
                    if (width < 1) {
                        throw new Decline("column width 0");
                    }
                    for (int i = 0; i < times; i++) {
                        widths.add(width);
                        headerColumns.add(m.group(3) != null);
                    }
                }
            }
            // cells, with the line each starts on
            List<Cell> cells = new ArrayList<>();
            List<Integer> cellLine = new ArrayList<>();
            StringBuilder current = null;
            int currentSpan = 1;
            int firstLineCells = 0;
            for (int li = 0; li < body.size(); li++) {
                String line = body.get(li);
                if (current == null && line.isEmpty()) {
                    continue;
                }
                if (current == null
                        && !line.startsWith("|")
                        && !CELL_SPEC.matcher(line.split("\\|", 2)[0]).matches()) {
                    throw new Decline("table line " + line);
                }
                int pos = 0;
                boolean firstSegment = true;
                while (pos <= line.length()) {
                    int bar = line.indexOf('|', pos);
                    if (bar < 0) {
                        if (current == null) {
                            throw new Decline("text outside a cell");
                        }
                        if (!firstSegment) {
                            current.append(line, pos, line.length());
                        } else {
                            current.append('\n').append(line);
                        }
                        break;
                    }
                    String before = line.substring(pos, bar);
                    String trimmedBefore = before.strip();
                    int span = 1;
                    Matcher spec = CELL_SPEC.matcher(
                            trimmedBefore.contains(" ")
                                    ? trimmedBefore.substring(trimmedBefore.lastIndexOf(' ') + 1)
                                    : trimmedBefore);
                    String text = before;
                    if (!trimmedBefore.isEmpty()) {
                        String last = trimmedBefore.contains(" ")
                                ? trimmedBefore.substring(trimmedBefore.lastIndexOf(' ') + 1)
                                : trimmedBefore;
                        if (spec.matches() && (before.endsWith(last))) {
                            span = Integer.parseInt(spec.group(1));
                            text = before.substring(0, before.length() - last.length());
                        } else if (before.endsWith(last)
                                && last.matches(".*[0-9.+*<>^ahdelmsv]$")
                                && last.matches("^[0-9.+*<>^]*[ahdelmsv]?$")) {
                            throw new Decline("cell spec " + last);
                        }
                    }
                    if (bar > 0 && line.charAt(bar - 1) == '\\') {
                        throw new Decline("escaped cell separator");
                    }
                    if (current != null) {
                        if (firstSegment && pos == 0) {
                            current.append('\n').append(text);
                        } else {
                            current.append(text);
                        }
                        cells.add(new Cell(currentSpan, current.toString()));
                    } else if (!text.isBlank()) {
                        throw new Decline("text before the first cell");
                    }
                    current = new StringBuilder();
                    currentSpan = span;
                    cellLine.add(li);
                    pos = bar + 1;
                    firstSegment = false;
                }
            }
            if (current != null) {
                cells.add(new Cell(currentSpan, current.toString()));
            }
            if (cells.isEmpty()) {
                throw new Decline("empty table");
            }
            int firstLine = cellLine.get(0);
            for (int line : cellLine) {
                if (line == firstLine) {
                    firstLineCells++;
                }
            }
            if (widths.isEmpty()) {
                for (int i = 0; i < firstLineCells; i++) {
                    widths.add(1);
                    headerColumns.add(false);
                }
            }
            boolean header = p.options.contains("header");
            // implicit header: the first line holds the first row and a blank line follows it
            int firstBody = body.indexOf(
                    body.stream().filter(l -> !l.isEmpty()).findFirst().orElseThrow());
            boolean implicitHeader = !header
                    && firstBody + 1 < body.size()
                    && body.get(firstBody + 1).isEmpty()
                    && cells.stream()
                                    .limit(firstLineCells)
                                    .mapToInt(Cell::colspan)
                                    .sum()
                            == widths.size()
                    && cellLine.stream().filter(l -> l == firstLine).count() == firstLineCells;
            if (implicitHeader && cells.stream().limit(firstLineCells).anyMatch(c -> c.colspan() != 1)) {
                throw new Decline("span in an implicit header");
            }
            header = header || implicitHeader;
            // rows
            List<List<Cell>> rows = new ArrayList<>();
            List<Cell> row = new ArrayList<>();
            int filled = 0;
            for (Cell c : cells) {
                row.add(c);
                filled += c.colspan();
                if (filled > widths.size()) {
                    throw new Decline("row overflows");
                }
                if (filled == widths.size()) {
                    rows.add(row);
                    row = new ArrayList<>();
                    filled = 0;
                }
            }
            if (!row.isEmpty()) {
                throw new Decline("incomplete row");
            }
            if (header) {
                if (rows.get(0).stream().anyMatch(c -> c.colspan() != 1)) {
                    throw new Decline("span in a header");
                }
            }
            // widths as Asciidoctor computes them
            int base = widths.stream().mapToInt(Integer::intValue).sum();
            List<BigDecimal> pc = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            for (int w : widths) {
                BigDecimal v = new BigDecimal(Double.toString(w * 100.0 / base)).setScale(4, RoundingMode.DOWN);
                pc.add(v);
                total = total.add(v);
            }
            if (total.compareTo(BigDecimal.valueOf(100)) != 0) {
                int last = pc.size() - 1;
                double sum = pc.get(last).doubleValue() + 100 - total.doubleValue();
                pc.set(last, new BigDecimal(Double.toString(sum)).setScale(4, RoundingMode.HALF_UP));
            }
            String width = p.named.get("width");
            String style = "";
            List<String> classes = new ArrayList<>(List.of("tableblock", "frame-all", "grid-all"));
            if (width == null || width.equals("100%") || width.equals("100")) {
                classes.add("stretch");
            } else {
                Matcher wm = Pattern.compile("(\\d{1,2})%?").matcher(width);
                if (!wm.matches() || Integer.parseInt(wm.group(1)) < 1) {
                    throw new Decline("table width " + width);
                }
                style = " style=\"width: " + Integer.parseInt(wm.group(1)) + "%;\"";
            }
            classes.addAll(p.roles);
            if (p.title != null && attributes.containsKey("table-caption")) {
                throw new Decline("numbered table caption");
            }
            String id = p.idAttribute();
            String caption = p.title == null ? null : inline(p.title, false);
            final boolean hasHeader = header;
            List<List<String[]>> converted = new ArrayList<>();
            for (int r = 0; r < rows.size(); r++) {
                List<String[]> out = new ArrayList<>();
                int col = 0;
                for (Cell c : rows.get(r)) {
                    String text = c.text().strip();
                    if (hasHeader && r == 0) {
                        out.add(new String[] {"h", inline(text.replaceAll("\\s*\n\\s*", " "), true), "1"});
                    } else {
                        List<String> paragraphs = new ArrayList<>();
                        for (String para : text.split("\n[ ]*\n+")) {
                            if (!para.isBlank()) {
                                paragraphs.add(inline(para.strip(), true));
                            }
                        }
                        out.add(new String[] {
                            headerColumns.get(col) ? "th" : "td", String.join("\u0000", paragraphs), "" + c.colspan()
                        });
                    }
                    col += c.colspan();
                }
                converted.add(out);
            }
            String tableStyle = style;
            return new Deferred(() -> {
                List<String> out = new ArrayList<>();
                out.add("<table" + id + " class=\"" + String.join(" ", classes) + "\"" + tableStyle + ">");
                if (caption != null) {
                    out.add("<caption class=\"title\">" + xrefs(caption) + "</caption>");
                }
                out.add("<colgroup>");
                for (BigDecimal v : pc) {
                    out.add("<col style=\"width: " + number(v) + "%;\">");
                }
                out.add("</colgroup>");
                int start = 0;
                if (hasHeader) {
                    out.add("<thead>");
                    out.add("<tr>");
                    for (String[] c : converted.get(0)) {
                        out.add("<th class=\"tableblock halign-left valign-top\">" + xrefs(c[1]) + "</th>");
                    }
                    out.add("</tr>");
                    out.add("</thead>");
                    start = 1;
                }
                if (converted.size() > start) {
                    out.add("<tbody>");
                    for (List<String[]> r : converted.subList(start, converted.size())) {
                        out.add("<tr>");
                        for (String[] c : r) {
                            String span = c[2].equals("1") ? "" : " colspan=\"" + c[2] + "\"";
                            String content = c[1].isEmpty()
                                    ? ""
                                    : "<p class=\"tableblock\">"
                                            + xrefs(c[1]).replace("\u0000", "</p>\n<p class=\"tableblock\">")
                                            + "</p>";
                            out.add("<" + c[0] + " class=\"tableblock halign-left valign-top\"" + span + ">" + content
                                    + "</" + c[0] + ">");
                        }
                        out.add("</tr>");
                    }
                    out.add("</tbody>");
                }
                out.add("</table>");
                return String.join("\n", out);
            });
        }

        private String number(BigDecimal v) {
            BigDecimal stripped = v.stripTrailingZeros();
            if (stripped.scale() <= 0) {
                return stripped.toBigInteger().toString();
            }
            return stripped.toPlainString();
        }

        // -------------------------------------------------------------- inline

        /**
         * Applies Asciidoctor's normal substitutions to text, leaving cross references as
         * placeholders resolved by {@link #xrefs} once every id is known. Text is converted once per
         * JVM ({@link #INLINE}) for the attribute values it names ({@link #memoKey}): the paragraphs
         * an edit did not touch, and those every customer's edition repeats, are looked up, with the
         * references they hold renumbered for this run.
         */
        private String inline(String text, boolean hardBreaks) {
            String key = memoKey(text, hardBreaks);
            if (key == null) {
                return substitute(text, hardBreaks);
            }
            Inline known = INLINE.get(key);
            if (known != null) {
                int offset = passes.size();
                passes.addAll(known.passes());
                return renumbered(known.html(), offset);
            }
            int start = passes.size();
            String html = substitute(text, hardBreaks);
            if (INLINE.size() >= INLINE_ENTRIES) {
                INLINE.clear();
            }
            INLINE.put(key, new Inline(renumbered(html, -start), List.copyOf(passes.subList(start, passes.size()))));
            return html;
        }

        /**
         * What the conversion of inline text depends on: its hard-break setting, the values the
         * attributes it names have here, and the text; null for text that depends on more of its
         * document (an inline anchor) or holds the placeholders' control characters.
         */
        private String memoKey(String text, boolean hardBreaks) {
            if (text.contains("[[")
                    || text.indexOf('\u0003') >= 0
                    || text.indexOf('\u0004') >= 0
                    || text.indexOf('\u0005') >= 0) {
                return null;
            }
            StringBuilder key = new StringBuilder(text.length() + 16).append(hardBreaks ? '1' : '0');
            if (text.indexOf('{') >= 0) {
                Matcher named = BRACED.matcher(text);
                while (named.find()) {
                    String name = named.group(1);
                    String value = attribute(name);
                    value = value != null ? value : INTRINSIC.get(name);
                    // length-prefixed, so that no name or value can pass for another
                    key.append(name.length()).append(':').append(name);
                    key.append(value == null ? "-" : value.length() + ":" + value);
                }
            }
            return key.append('\u0001').append(text).toString();
        }

        /** The text's cross-reference placeholders, pointing {@code offset} entries further in {@link #passes}. */
        private static String renumbered(String html, int offset) {
            if (offset == 0 || html.indexOf('\u0003') < 0) {
                return html;
            }
            Matcher m = XREF_INDEX.matcher(html);
            StringBuilder sb = new StringBuilder(html.length() + 8);
            while (m.find()) {
                m.appendReplacement(sb, "\u0003" + (Integer.parseInt(m.group(1)) + offset) + "\u0004");
            }
            m.appendTail(sb);
            return sb.toString();
        }

        private String substitute(String text, boolean hardBreaks) {
            Matcher macro = MACRO_NAMES.matcher(text);
            if (macro.find()) {
                throw new Decline("inline macro " + macro.group());
            }
            for (String forbidden :
                    List.of("\\", "+++", "$$", "((", "\u0000", "\u0001", "\u0002", "\u0096", "\u0097")) {
                if (text.contains(forbidden)) {
                    throw new Decline("inline " + forbidden);
                }
            }
            // passthroughs first, as Asciidoctor extracts them
            StringBuilder out = new StringBuilder();
            Matcher lp = LINK_PASS.matcher(text);
            int last = 0;
            while (lp.find()) {
                out.append(text, last, lp.start());
                passes.add(lp.group(1));
                out.append("link:\u0001").append(passes.size() - 1).append("\u0002[");
                last = lp.end();
            }
            out.append(text, last, text.length());
            text = out.toString();
            out.setLength(0);
            Matcher pm = PASS_MACRO.matcher(text);
            last = 0;
            while (pm.find()) {
                out.append(text, last, pm.start());
                passes.add(pm.group(1).replace("\\]", "]"));
                out.append('\u0001').append(passes.size() - 1).append('\u0002');
                last = pm.end();
            }
            out.append(text, last, text.length());
            text = out.toString();
            if (text.contains("pass:")
                    || text.contains("++")
                    || CONSTRAINED_PLUS.matcher(text).find()) {
                throw new Decline("passthrough");
            }
            if (text.contains("://") || EMAIL.matcher(text).find()) {
                throw new Decline("link or e-mail address");
            }
            if (text.contains("[[")
                    && text.replaceAll(INLINE_ANCHOR.pattern(), "").contains("[[")) {
                throw new Decline("anchor");
            }
            text = specialChars(text);
            text = quotes(text);
            text = attributeReferences(text);
            text = replacements(text);
            text = macros(text);
            if (hardBreaks) {
                text = HARD_BREAK.matcher(text).replaceAll("$1<br>");
            }
            if (text.contains(" +\n") || text.endsWith(" +")) {
                throw new Decline("hard break");
            }
            return text;
        }

        private String quotes(String text) {
            for (Quote q : QUOTES) {
                String tag = q.open();
                Matcher m = q.pattern().matcher(text);
                StringBuilder sb = new StringBuilder();
                while (m.find()) {
                    String lead = q.constrained() ? m.group(1) : "";
                    String attrlist = q.constrained() ? m.group(2) : m.group(1);
                    String content = q.constrained() ? m.group(3) : m.group(2);
                    if (!q.constrained() && m.group().startsWith("\\")) {
                        throw new Decline("escaped quote");
                    }
                    String role = null;
                    if (attrlist != null) {
                        if (!attrlist.matches("\\.[A-Za-z0-9_-]+(?:\\.[A-Za-z0-9_-]+)*")) {
                            throw new Decline("quote attributes " + attrlist);
                        }
                        role = attrlist.substring(1).replace('.', ' ');
                    }
                    String html;
                    if (q.close() != null) {
                        if (role != null) {
                            throw new Decline("role on a quotation");
                        }
                        html = q.open() + content + q.close();
                    } else if (tag.equals("mark") && role != null) {
                        html = "<span class=\"" + role + "\">" + content + "</span>";
                    } else {
                        html = "<" + tag + (role == null ? "" : " class=\"" + role + "\"") + ">" + content + "</" + tag
                                + ">";
                    }
                    m.appendReplacement(sb, Matcher.quoteReplacement(lead + html));
                }
                m.appendTail(sb);
                text = sb.toString();
            }
            return text;
        }

        private String attributeReferences(String text) {
            if (text.indexOf('{') < 0) {
                return text;
            }
            Matcher m = ATTRIBUTE_REF.matcher(text);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String value = attribute(m.group(1));
                if (value == null) {
                    value = INTRINSIC.get(m.group(1));
                }
                if (value == null) {
                    throw new Decline("attribute reference " + m.group(1));
                }
                m.appendReplacement(sb, Matcher.quoteReplacement(value));
            }
            m.appendTail(sb);
            String result = sb.toString();
            if (result.contains("{") && result.replaceAll("\\{[^}]*$", "").matches("(?s).*\\{[" + W + "].*")) {
                throw new Decline("unresolved brace in " + result);
            }
            return result;
        }

        private String replacements(String text) {
            for (Replacement r : REPLACEMENTS) {
                Matcher m = r.pattern().matcher(text);
                if (!m.find()) {
                    continue;
                }
                m.reset();
                StringBuilder sb = new StringBuilder();
                while (m.find()) {
                    m.appendReplacement(sb, Matcher.quoteReplacement((r.leading() ? m.group(1) : "") + r.with()));
                }
                m.appendTail(sb);
                text = sb.toString();
            }
            return RESTORE_ENTITIES.matcher(text).replaceAll("&$1");
        }

        private String macros(String text) {
            // link:++target++[text]
            Matcher lm = LINK_MACRO.matcher(text);
            StringBuilder sb = new StringBuilder();
            while (lm.find()) {
                String target = passes.get(Integer.parseInt(lm.group(1)));
                if (!target.matches("https?://[^\\s\"<>]+")
                        && !RELATIVE_TARGET.matcher(target).matches()) {
                    throw new Decline("link target " + target);
                }
                String label = lm.group(2);
                if (label.isEmpty() || label.contains("=") || label.endsWith("^") || label.contains("\n")) {
                    throw new Decline("link label " + label);
                }
                m_append(lm, sb, "<a href=\"" + target.replace("&", "&amp;") + "\">" + label + "</a>");
            }
            lm.appendTail(sb);
            text = sb.toString();
            if (text.contains("link:")) {
                throw new Decline("link macro");
            }
            // cross references to another document: xref:handbook.adoc#id[text]
            Matcher dm = DOCUMENT_XREF.matcher(text);
            sb = new StringBuilder();
            while (dm.find()) {
                String label = dm.group(3);
                if (label.contains("=") || label.contains("\n")) {
                    throw new Decline("cross reference label " + label);
                }
                m_append(
                        dm,
                        sb,
                        "<a href=\"" + dm.group(1) + ".html" + (dm.group(2) == null ? "" : dm.group(2)) + "\">" + label
                                + "</a>");
            }
            dm.appendTail(sb);
            text = sb.toString();
            if (text.contains("xref:")) {
                throw new Decline("cross reference macro");
            }
            // inline anchors
            Matcher am = INLINE_ANCHOR.matcher(text);
            sb = new StringBuilder();
            while (am.find()) {
                String id = am.group(1);
                if (refs.containsKey(id) || !anchors.add(id)) {
                    throw new Decline("duplicate anchor " + id);
                }
                am.appendReplacement(sb, Matcher.quoteReplacement("<a id=\"" + id + "\"></a>"));
            }
            am.appendTail(sb);
            text = sb.toString();
            // cross references: resolved later
            Matcher xm = XREF.matcher(text);
            sb = new StringBuilder();
            while (xm.find()) {
                String id = xm.group(1);
                String label = xm.group(2);
                if (label != null && (label.isBlank() || label.contains("\n") || label.contains("&lt;&lt;"))) {
                    throw new Decline("cross reference label");
                }
                passes.add(id);
                String marker = "\u0003" + (passes.size() - 1) + "\u0004" + (label == null ? "" : label) + "\u0005";
                xm.appendReplacement(sb, Matcher.quoteReplacement(marker));
            }
            xm.appendTail(sb);
            text = sb.toString();
            if (text.contains("&lt;&lt;")) {
                throw new Decline("cross reference");
            }
            // passthroughs back
            Matcher back = PASS_PLACEHOLDER.matcher(text);
            sb = new StringBuilder();
            while (back.find()) {
                back.appendReplacement(sb, Matcher.quoteReplacement(passes.get(Integer.parseInt(back.group(1)))));
            }
            back.appendTail(sb);
            return sb.toString();
        }

        private void m_append(Matcher m, StringBuilder sb, String replacement) {
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }

        /** Resolves the cross reference placeholders once every id of the document is known. */
        private String xrefs(String text) {
            if (text.indexOf('\u0003') < 0) {
                return text;
            }
            Matcher m = XREF_PLACEHOLDER.matcher(text);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String id = passes.get(Integer.parseInt(m.group(1)));
                String label = m.group(2);
                if (label.isEmpty()) {
                    String title = refs.get(id);
                    if (title == null) {
                        throw new Decline("reference without text to " + id);
                    }
                    label = title;
                } else if (!refs.containsKey(id) && !anchors.contains(id)) {
                    throw new Decline("reference to an unknown id " + id);
                }
                m.appendReplacement(sb, Matcher.quoteReplacement("<a href=\"#" + id + "\">" + label + "</a>"));
            }
            m.appendTail(sb);
            return sb.toString();
        }
    }

    private static final Map<String, String> INTRINSIC = Map.ofEntries(
            Map.entry("empty", ""),
            Map.entry("blank", ""),
            Map.entry("sp", " "),
            Map.entry("nbsp", "&#160;"),
            Map.entry("zwsp", "&#8203;"),
            Map.entry("wj", "&#8288;"),
            Map.entry("apos", "&#39;"),
            Map.entry("quot", "&#34;"),
            Map.entry("lsquo", "&#8216;"),
            Map.entry("rsquo", "&#8217;"),
            Map.entry("ldquo", "&#8220;"),
            Map.entry("rdquo", "&#8221;"),
            Map.entry("deg", "&#176;"),
            Map.entry("plus", "&#43;"),
            Map.entry("brvbar", "&#166;"),
            Map.entry("vbar", "|"),
            Map.entry("amp", "&"),
            Map.entry("lt", "<"),
            Map.entry("gt", ">"),
            Map.entry("startsb", "["),
            Map.entry("endsb", "]"),
            Map.entry("caret", "^"),
            Map.entry("asterisk", "*"),
            Map.entry("tilde", "~"),
            Map.entry("backslash", "\\"),
            Map.entry("backtick", "`"),
            Map.entry("two-colons", "::"),
            Map.entry("two-semicolons", ";;"),
            Map.entry("cpp", "C++"));

    private static String specialChars(String text) {
        if (text.indexOf('&') < 0 && text.indexOf('<') < 0 && text.indexOf('>') < 0) {
            return text;
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String rstrip(String line) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t')) {
            end--;
        }
        return line.substring(0, end);
    }
}
