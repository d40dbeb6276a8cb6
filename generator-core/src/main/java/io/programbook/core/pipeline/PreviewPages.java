package io.programbook.core.pipeline;

import io.programbook.core.convert.HtmlSanitizer;
import io.programbook.core.diag.Diagnostic;
import io.programbook.core.diag.Diagnostics;
import io.programbook.core.text.Messages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the live preview adds to a page it serves, and only there: the files on disk never hold it.
 * A small script that listens to the preview's build events and reloads the page when a build
 * finished; after a failed build, a panel above the page with every finding (file:line:column, rule,
 * message, hint), HTML-escaped, since the program's text is untrusted. The page's
 * Content-Security-Policy is widened by exactly what is added: the script and the panel's style
 * sheet by their hash, and connections to the preview's own address for the events.
 */
final class PreviewPages {

    /** Where the server sends build events (server-sent events). */
    static final String EVENTS = "/__programbook/events";

    /**
     * Reloads the page when the preview reports a build other than the one the page was served from
     * ({@code data-build}); EventSource reconnects by itself when the connection drops.
     */
    static final String RELOAD_SCRIPT = "(function(){var b=document.currentScript.getAttribute('data-build');"
            + "var s=new EventSource('" + EVENTS + "');"
            + "s.addEventListener('build',function(e){if(e.data!==b){s.close();location.reload();}});})();";

    static final String PANEL_ID = "programbook-preview-problems";

    static final String PANEL_STYLE = "#" + PANEL_ID + "{position:sticky;top:0;z-index:1000;margin:0;"
            + "padding:.75rem 1rem;background:#fff4f2;color:#5c0f06;border-bottom:3px solid #b3261e;"
            + "font:14px/1.45 system-ui,sans-serif;max-height:60vh;overflow:auto}"
            + "#" + PANEL_ID + " h2{font-size:1rem;margin:0 0 .5rem}"
            + "#" + PANEL_ID + " ol{margin:0;padding-left:1.25rem}"
            + "#" + PANEL_ID + " li{margin:.25rem 0}"
            + "#" + PANEL_ID + " code{font:13px ui-monospace,monospace;background:#fde3df;padding:0 .2em}"
            + "#" + PANEL_ID + " .hint{color:#333}";

    private static final Pattern CSP = Pattern.compile(
            "(<meta\\s+http-equiv=\"Content-Security-Policy\"\\s+content=\")([^\"]*)(\")", Pattern.CASE_INSENSITIVE);
    private static final Pattern BODY_END = Pattern.compile("</body\\s*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern BODY_START = Pattern.compile("<body\\b[^>]*>", Pattern.CASE_INSENSITIVE);

    private PreviewPages() {}

    /**
     * A served page: the reload script before {@code </body>}, and the panel of findings, when there
     * is one, right after {@code <body>}.
     */
    static String inject(String page, int build, Optional<String> panel) {
        String html = widenPolicy(page, panel.isPresent());
        String script = "<script data-build=\"" + build + "\">" + RELOAD_SCRIPT + "</script>";
        Matcher end = BODY_END.matcher(html);
        int at = -1;
        while (end.find()) {
            at = end.start();
        }
        html = at < 0 ? html + script : html.substring(0, at) + script + html.substring(at);
        if (panel.isPresent()) {
            String block = "<style>" + PANEL_STYLE + "</style>" + panel.get();
            Matcher start = BODY_START.matcher(html);
            html = start.find() ? html.substring(0, start.end()) + block + html.substring(start.end()) : block + html;
        }
        return html;
    }

    /** The page's Content-Security-Policy (when it has one), allowing what {@link #inject} adds and no more. */
    static String widenPolicy(String page, boolean panel) {
        Matcher m = CSP.matcher(page);
        if (!m.find()) {
            return page;
        }
        String policy = policy(unescape(m.group(2)), panel);
        return page.substring(0, m.start(2)) + escape(policy) + page.substring(m.end(2));
    }

    static String policy(String policy, boolean panel) {
        List<String> directives = new ArrayList<>();
        boolean script = false;
        boolean style = false;
        boolean connect = false;
        for (String directive : policy.split(";")) {
            String d = directive.strip();
            if (d.isEmpty()) {
                continue;
            }
            String name = d.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
            switch (name) {
                case "script-src" -> {
                    d = add(d, HtmlSanitizer.sha256(RELOAD_SCRIPT));
                    script = true;
                }
                case "style-src" -> {
                    d = panel ? add(d, HtmlSanitizer.sha256(PANEL_STYLE)) : d;
                    style = true;
                }
                case "connect-src" -> {
                    d = add(d, "'self'");
                    connect = true;
                }
                default -> {
                    // every other directive stays as the page has it
                }
            }
            directives.add(d);
        }
        if (!script) {
            directives.add("script-src " + HtmlSanitizer.sha256(RELOAD_SCRIPT));
        }
        if (!style && panel) {
            directives.add("style-src " + HtmlSanitizer.sha256(PANEL_STYLE));
        }
        if (!connect) {
            directives.add("connect-src 'self'");
        }
        return String.join("; ", directives);
    }

    private static String add(String directive, String source) {
        String kept = directive.replace(" 'none'", "");
        return kept.contains(source) ? kept : kept + " " + source;
    }

    /**
     * The panel of findings of a failed build.
     *
     * @param lastGood whether the page under the panel is from an earlier, good build
     */
    static String panel(List<Diagnostic> problems, Optional<String> unexpected, Messages messages, boolean lastGood) {
        StringBuilder out = new StringBuilder();
        out.append("<section id=\"")
                .append(PANEL_ID)
                .append("\" role=\"alert\"><h2>")
                .append(escape(messages.get("preview.failed.title")))
                .append("</h2><p>")
                .append(escape(messages.get(lastGood ? "preview.failed.last-good" : "preview.failed.no-build")))
                .append("</p><ol>");
        Diagnostics.Shown shown = Diagnostics.shown(problems);
        // errors first: they stopped the build; warnings follow, as in the log
        List<Diagnostic> findings = new ArrayList<>(shown.findings());
        findings.sort(Comparator.comparing((Diagnostic d) -> !d.isError()));
        for (Diagnostic d : findings) {
            out.append("<li><code>")
                    .append(escape(d.at().toString()))
                    .append("</code> ")
                    .append(escape(messages.get(d.isError() ? "preview.error" : "preview.warning")))
                    .append(" <code>")
                    .append(escape(d.rule().code()))
                    .append("</code> ")
                    .append(escape(d.message()));
            if (!d.hint().isEmpty()) {
                out.append("<br><span class=\"hint\">")
                        .append(escape(messages.get("preview.hint", d.hint())))
                        .append("</span>");
            }
            out.append("</li>");
        }
        for (Diagnostics.Omitted omitted : shown.omitted()) {
            out.append("<li>").append(escape(omitted.line())).append("</li>");
        }
        unexpected.ifPresent(message -> out.append("<li>")
                .append(escape(messages.get("preview.unexpected", message)))
                .append("</li>"));
        return out.append("</ol></section>").toString();
    }

    /** The page served in place of every page while no build has succeeded yet. */
    static String problemsPage(List<Diagnostic> problems, Optional<String> unexpected, Messages messages, int build) {
        String page = "<!DOCTYPE html><html lang=\"" + escape(messages.languageTag())
                + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; base-uri 'none';"
                + " form-action 'none'\"><title>" + escape(messages.get("preview.failed.title")) + "</title></head>"
                + "<body></body></html>";
        return inject(page, build, Optional.of(panel(problems, unexpected, messages, false)));
    }

    /** Text as HTML text or attribute value. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String unescape(String attribute) {
        return attribute
                .replace("&#39;", "'")
                .replace("&#x27;", "'")
                .replace("&quot;", "\"")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
