package io.programbook.core.output;

import io.programbook.core.api.ContentPolicy;
import io.programbook.core.convert.DocumentConverter;
import io.programbook.core.convert.HtmlSanitizer;
import io.programbook.core.convert.PdfRenderer;
import io.programbook.core.convert.docx.DocxWriter;
import io.programbook.core.convert.docx.WordTemplate;
import io.programbook.core.diag.Diagnostic;
import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.Rule;
import io.programbook.core.diag.SourcePosition;
import io.programbook.core.load.SourceFile;
import io.programbook.core.render.TemplateRenderer;
import io.programbook.core.text.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns a generated AsciiDoc document into an HTML page or a PDF, the same way for every document
 * family: the handbook and the other outputs of {@code generate} (through {@link OutputContext}) and
 * the changes of {@code diff}. Needs no program: what the page shell prints about its publisher is
 * the {@link Imprint}.
 *
 * @param templates   the run's templates (bundled, or overridden by the user's template folder)
 * @param converter   the run's AsciidoctorJ converter, started on first use
 * @param diagnostics receives what Asciidoctor and the PDF renderer report; Asciidoctor's errors fail the run
 * @param branding    the user's logo and stylesheets, read once per run
 * @param pdfDate     the creation date written into PDFs; empty writes none, so the bytes do not
 *                    depend on the clock
 * @param baseDir     diagnostics name generated files relative to it
 * @param outputDir   where the generated files go
 * @param imprint     the organisation, version and date every page names
 * @param policy      what the program's text may put into a page beyond safe HTML (remote images)
 * @param pdfUa       whether PDFs are tagged (PDF/UA)
 * @param word        the reference document of Word files and the date their properties name
 * @param memo        the pages and PDFs of the previous build in this JVM, taken again when nothing
 *                    they are made of changed ({@link PageMemo#NONE}: every page is rendered)
 */
public record DocumentPages(
        TemplateRenderer templates,
        Supplier<DocumentConverter> converter,
        Diagnostics diagnostics,
        BrandingAssets branding,
        Optional<Instant> pdfDate,
        Path baseDir,
        Path outputDir,
        Imprint imprint,
        ContentPolicy policy,
        boolean pdfUa,
        Word word,
        PageMemo memo) {

    private static final PdfRenderer PDF = new PdfRenderer();

    /**
     * How Word documents are made besides their content.
     *
     * @param template the organisation's reference document (.docx or .dotx); empty: the bundled one
     * @param date     the created and modified date of the documents' properties (the program's
     *                 date); empty writes none
     */
    public record Word(Optional<Path> template, Optional<Instant> date) {

        public static final Word BUNDLED = new Word(Optional.empty(), Optional.empty());

        public Word {
            Objects.requireNonNull(template, "template");
            Objects.requireNonNull(date, "date");
        }
    }

    /**
     * The scripts and style sheets the bundled templates put into a document's body (the matrix's
     * sorting and filtering): the only ones the sanitizer keeps, and the page's policy allows.
     */
    static final List<String> TRUSTED_TEMPLATES = List.of("traceability-matrix.js", "traceability-matrix.css");

    /**
     * Who publishes a document and which version it is, as the HTML header, the PDF title page and
     * the PDF footer show it.
     *
     * @param version empty when the document has none
     * @param date    empty when the document has none
     * @param draft   the DRAFT mark every page carries; empty for a final document
     * @param control the document-control lines the HTML header and the PDF title page show
     *                (status, owner, approvers, next review); none without document control
     */
    public record Imprint(
            String organisation, String version, String date, String draft, List<TitlePage.Detail> control) {

        public Imprint {
            Objects.requireNonNull(organisation, "organisation");
            version = version == null ? "" : version;
            date = date == null ? "" : date;
            draft = draft == null ? "" : draft;
            control = control == null ? List.of() : List.copyOf(control);
        }

        /** An imprint of a final document without document control. */
        public Imprint(String organisation, String version, String date) {
            this(organisation, version, date, "", List.of());
        }
    }

    /** Pages whose PDFs are not tagged. */
    public DocumentPages(
            TemplateRenderer templates,
            Supplier<DocumentConverter> converter,
            Diagnostics diagnostics,
            BrandingAssets branding,
            Optional<Instant> pdfDate,
            Path baseDir,
            Path outputDir,
            Imprint imprint,
            ContentPolicy policy) {
        this(templates, converter, diagnostics, branding, pdfDate, baseDir, outputDir, imprint, policy, false);
    }

    /** Pages whose Word documents have the bundled styles and no date. */
    public DocumentPages(
            TemplateRenderer templates,
            Supplier<DocumentConverter> converter,
            Diagnostics diagnostics,
            BrandingAssets branding,
            Optional<Instant> pdfDate,
            Path baseDir,
            Path outputDir,
            Imprint imprint,
            ContentPolicy policy,
            boolean pdfUa) {
        this(
                templates,
                converter,
                diagnostics,
                branding,
                pdfDate,
                baseDir,
                outputDir,
                imprint,
                policy,
                pdfUa,
                Word.BUNDLED,
                PageMemo.NONE);
    }

    public DocumentPages {
        Objects.requireNonNull(pdfDate, "pdfDate");
        Objects.requireNonNull(imprint, "imprint");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(memo, "memo");
    }

    /** These pages reporting to other diagnostics. */
    private DocumentPages reportingTo(Diagnostics findings) {
        return new DocumentPages(
                templates, converter, findings, branding, pdfDate, baseDir, outputDir, imprint, policy, pdfUa, word,
                memo);
    }

    /**
     * The key of a page or PDF in the memo: everything of the run that reaches it (the templates,
     * the branding, the imprint, the content policy), then the document's own parts (where it is
     * written, its title and AsciiDoc).
     */
    private PageMemo.Key key(String kind, String adocName, String adoc, String title) {
        return new PageMemo.Key(kind)
                .add(templates.fingerprint())
                .add(branding)
                .add(imprint)
                .add(policy)
                .add(displayName(adocName))
                .add(title)
                .add(adoc);
    }

    /** How diagnostics name a generated file: relative to the project base directory. */
    public String displayName(String fileName) {
        return SourceFile.of(outputDir.resolve(fileName), baseDir).displayName();
    }

    /**
     * A self-contained HTML page: Asciidoctor renders the body, the {@code page.ftlh} template adds
     * the page shell with Programbook's stylesheet, the user's stylesheet and logo. Asciidoctor errors
     * fail the run with their position in the generated document.
     *
     * <p>The page carries a Content-Security-Policy ({@link #contentSecurityPolicy}): its own scripts
     * and style sheets by their hash, images embedded or from its folder, no network.
     */
    public String htmlPage(String adocName, String adoc, String title) {
        return htmlPage(adocName, adoc, title, List.of());
    }

    /**
     * As {@link #htmlPage(String, String, String)}, with a bar of links to the run's other documents
     * and the page's data files. The page's title names the document and the organisation; the table
     * of contents is a collapsible navigation, the document is in {@code <main>}, and every table
     * scrolls in its own container ({@link PageMarkup}).
     */
    public String htmlPage(String adocName, String adoc, String title, List<PageLink> bar) {
        String key = key("html", adocName, adoc, title).add(bar).digest();
        return memo.remember(key, diagnostics, d -> reportingTo(d).renderHtmlPage(adocName, adoc, title, bar));
    }

    private String renderHtmlPage(String adocName, String adoc, String title, List<PageLink> bar) {
        Map<String, Object> model = pageModel(title);
        PageMarkup.Parts parts = PageMarkup.page(body(adocName, adoc));
        model.put("pageTitle", templates.messages().get("page.html.title", title, imprint.organisation()));
        model.put("toc", parts.toc());
        model.put("body", parts.main());
        model.put("documents", bar.stream().filter(l -> !l.data()).toList());
        model.put("data", bar.stream().filter(PageLink::data).toList());
        model.put("stylesheet", branding.htmlStylesheet());
        model.put("csp", "");
        String draft = templates.render("page.ftlh", model);
        model.put("csp", contentSecurityPolicy(draft, policy.allowRemoteImages()));
        return templates.render("page.ftlh", model);
    }

    /**
     * The Content-Security-Policy of a page: nothing from the network ({@code default-src 'none'}),
     * the page's own scripts and style sheets by their SHA-256 (the sanitizer left no other), the
     * column widths Asciidoctor writes as style attributes by theirs, images embedded as
     * {@code data:} URIs or from the page's folder (and from http and https addresses when remote
     * images are allowed), no {@code <base>}, no form.
     */
    static String contentSecurityPolicy(String page, boolean allowRemoteImages) {
        HtmlSanitizer.Inventory inventory = HtmlSanitizer.inventory(page);
        List<String> scripts =
                inventory.scripts().stream().map(HtmlSanitizer::sha256).toList();
        List<String> styles = new ArrayList<>(
                inventory.styleSheets().stream().map(HtmlSanitizer::sha256).toList());
        List<String> attributes =
                inventory.styleAttributes().stream().map(HtmlSanitizer::sha256).toList();
        if (!attributes.isEmpty()) {
            styles.add("'unsafe-hashes'");
            styles.addAll(attributes);
        }
        return "default-src 'none'; script-src " + (scripts.isEmpty() ? "'none'" : String.join(" ", scripts))
                + "; style-src " + (styles.isEmpty() ? "'none'" : String.join(" ", styles))
                + "; img-src 'self' data:" + (allowRemoteImages ? " http: https:" : "")
                + "; base-uri 'none'; form-action 'none'";
    }

    /**
     * A PDF: the same HTML body as {@link #htmlPage}, in the {@code pdf.ftlh} page shell (title page,
     * table of contents with page numbers, running header and footer) styled by
     * {@code programbook-pdf.css} and the user's PDF theme. What the renderer reports about the page
     * becomes a warning naming the PDF.
     *
     * @param title     the document's title, shown on the title page and in every page header
     * @param titlePage what else the title page shows
     */
    public byte[] pdf(String adocName, String adoc, String title, TitlePage titlePage) {
        return pdf(adocName, adoc, title, titlePage, Set.of());
    }

    /**
     * As {@link #pdf(String, String, String, TitlePage)}, with the documents of the run that have a
     * PDF: a link to one of them goes to its PDF instead of its HTML page ({@link PageMarkup#pdf}).
     * The page's body has the document's id as its class ({@code <body class="gap-report">}), for
     * rules of one document in the PDF stylesheet, whatever the language.
     */
    public byte[] pdf(String adocName, String adoc, String title, TitlePage titlePage, Set<String> pdfSiblings) {
        String key = key("pdf", adocName, adoc, title)
                .add(titlePage)
                .add(new TreeSet<>(pdfSiblings))
                .add(pdfDate)
                .add(pdfUa)
                .digest();
        return memo.remember(
                key, diagnostics, d -> reportingTo(d).renderPdf(adocName, adoc, title, titlePage, pdfSiblings));
    }

    private byte[] renderPdf(String adocName, String adoc, String title, TitlePage titlePage, Set<String> pdfSiblings) {
        String id = adocName.endsWith(".adoc") ? adocName.substring(0, adocName.length() - 5) : adocName;
        Map<String, Object> model = pageModel(title);
        model.put("body", PageMarkup.pdf(body(adocName, adoc), id, pdfSiblings));
        model.put("theme", branding.pdfTheme());
        model.put("kind", titlePage.kind());
        model.put("kindClass", id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
        List<TitlePage.Detail> details = new ArrayList<>(titlePage.details());
        details.addAll(imprint.control());
        model.put("details", details);
        model.put("pageNumber", pageNumber());
        String page = templates.render("pdf.ftlh", model);
        PdfRenderer.Rendered rendered = PDF.render(
                page, new PdfRenderer.Metadata(title, imprint.organisation(), titlePage.kind(), pdfDate), pdfUa);
        String pdfName =
                adocName.endsWith(".adoc") ? adocName.substring(0, adocName.length() - 5) + ".pdf" : adocName + ".pdf";
        rendered.warnings().stream()
                .distinct()
                .forEach(w -> diagnostics.add(
                        Diagnostic.warning(Rule.PDF, SourcePosition.wholeFile(displayName(pdfName)), w, null)));
        return rendered.pdf();
    }

    /**
     * A Word document (DOCX) of the same AsciiDoc: Asciidoctor's tree written with Word's styles by
     * {@link DocxWriter}, styled by the organisation's template (or the bundled one), with the title
     * page of the PDF, a table of contents, and a header and footer. Images are embedded when the
     * HTML page could show them from its folder (a relative path, PNG or JPEG) or embedded them
     * ({@code data:} URIs); any other image shows its alternative text, with a warning.
     */
    public byte[] docx(String adocName, String adoc, String title, TitlePage titlePage) {
        String docxName = stem(adocName) + ".docx";
        Optional<WordTemplate> template = word.template().isEmpty()
                ? Optional.of(WordTemplate.bundled())
                : WordTemplate.load(
                        word.template().get(),
                        SourceFile.of(word.template().get(), baseDir).displayName(),
                        new Diagnostics());
        if (template.isEmpty()) {
            // Programbook checked the template before rendering; it changed since, or was never checked
            WordTemplate.load(
                    word.template().get(),
                    SourceFile.of(word.template().get(), baseDir).displayName(),
                    diagnostics);
            diagnostics.throwIfErrors();
        }
        Messages messages = templates.messages();
        String versionLine = versionLine(messages);
        DocxWriter.Cover cover = new DocxWriter.Cover(
                title,
                titlePage.kind(),
                imprint.organisation(),
                versionLine,
                titlePage.details().stream()
                        .map(d -> new DocxWriter.Detail(d.label(), d.value()))
                        .toList(),
                logo());
        DocxWriter.Settings settings = new DocxWriter.Settings(
                messages.get("page.pdf.page-number", "\u0000", "\u0001"),
                imprint.organisation() + (versionLine.isEmpty() ? "" : " · " + versionLine),
                messages.get("page.docx.toc-hint"),
                imprint.version(),
                word.date(),
                messages.languageTag());
        DocumentConverter.Loaded<DocxWriter.Result> loaded = converter
                .get()
                .load(
                        adoc,
                        displayName(adocName),
                        captions(),
                        doc -> DocxWriter.write(doc, template.get(), cover, settings, this::image));
        diagnostics.addAll(loaded.diagnostics());
        diagnostics.throwIfErrors();
        for (String image : loaded.value().imageWarnings()) {
            diagnostics.add(Diagnostic.warning(
                    Rule.WORD_IMAGE,
                    SourcePosition.wholeFile(displayName(docxName)),
                    "the image '" + image + "' cannot be embedded in the Word document: it shows the image's"
                            + " alternative text",
                    Rule.WORD_IMAGE.hint()));
        }
        return loaded.value().docx();
    }

    private String versionLine(Messages messages) {
        String version = imprint.version().isEmpty() ? "" : messages.get("page.version", imprint.version());
        return version + (!version.isEmpty() && !imprint.date().isEmpty() ? " · " : "") + imprint.date();
    }

    private Optional<DocxWriter.Image> logo() {
        return dataImage(branding.logo(), "logo");
    }

    private static Optional<DocxWriter.Image> dataImage(String uri, String name) {
        Matcher m = DATA_IMAGE.matcher(uri);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Base64.getMimeDecoder().decode(m.group(2));
            boolean png = m.group(1).equalsIgnoreCase("png");
            return Optional.of(new DocxWriter.Image(bytes, png, name + (png ? ".png" : ".jpg")));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static final Pattern DATA_IMAGE =
            Pattern.compile("data:image/(png|jpeg);base64,([A-Za-z0-9+/=\\s]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern RELATIVE_IMAGE = Pattern.compile("(?!.*\\.\\.)[A-Za-z0-9_][A-Za-z0-9_./-]*");

    /**
     * The image an image block names, as the HTML page would show it: a relative path in the page's
     * folder (no parent folder, no scheme; PNG or JPEG by its bytes) or an embedded {@code data:} URI.
     * Never one from the network.
     */
    private Optional<DocxWriter.Image> image(String target) {
        if (target.regionMatches(true, 0, "data:", 0, 5)) {
            return dataImage(target, "image");
        }
        if (!RELATIVE_IMAGE.matcher(target).matches()) {
            return Optional.empty();
        }
        Path file = outputDir.resolve(target).normalize();
        if (!file.startsWith(outputDir) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            if (!file.toRealPath().startsWith(outputDir.toRealPath())
                    || Files.size(file) > BrandingAssets.MAX_LOGO_BYTES * 4L) {
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            boolean png = bytes.length > 4 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P';
            boolean jpeg = bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8;
            return png || jpeg
                    ? Optional.of(
                            new DocxWriter.Image(bytes, png, file.getFileName().toString()))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String stem(String adocName) {
        return adocName.endsWith(".adoc") ? adocName.substring(0, adocName.length() - 5) : adocName;
    }

    /**
     * The document's body as Asciidoctor converts it, sanitized: whatever the program's text wrote,
     * no script, event handler, unsafe link or (unless allowed) remote image reaches the page or the
     * PDF. Removed content is a warning naming the document.
     */
    private String body(String adocName, String adoc) {
        DocumentConverter.Converted body = converter.get().toHtmlBody(adoc, displayName(adocName), captions());
        diagnostics.addAll(body.diagnostics());
        diagnostics.throwIfErrors();
        HtmlSanitizer.Sanitized safe = sanitizer().sanitize(body.output());
        if (safe.changed()) {
            Diagnostic removed = Diagnostic.warning(
                    Rule.UNSAFE_HTML,
                    SourcePosition.wholeFile(displayName(adocName)),
                    "the document's HTML held content that is not allowed (a script, an event handler, an unsafe"
                            + " link, an embedded frame or object, or a remote image); it was removed",
                    null);
            if (!diagnostics.all().contains(removed)) {
                diagnostics.add(removed);
            }
        }
        return safe.html();
    }

    private HtmlSanitizer sanitizer() {
        return new HtmlSanitizer(
                TRUSTED_TEMPLATES.stream().map(templates::text).collect(Collectors.toSet()),
                policy.allowRemoteImages());
    }

    /**
     * The words Asciidoctor adds of its own (appendix and admonition captions), in the documents'
     * language; soft-set, so a document may still set its own.
     */
    private Map<String, String> captions() {
        Map<String, String> captions = new TreeMap<>();
        for (String name : List.of("appendix", "caution", "important", "note", "tip", "warning")) {
            captions.put(name + "-caption", templates.messages().get("page.asciidoc." + name) + "@");
        }
        return captions;
    }

    /**
     * The CSS {@code content} of the PDF's page numbers, from the bundle's pattern: {@code Page {0}
     * of {1}} gives {@code "Page " counter(page) " of " counter(pages)}.
     */
    String pageNumber() {
        String text = templates.messages().get("page.pdf.page-number", "\u0000", "\u0001");
        StringBuilder css = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000' || c == '\u0001') {
                appendString(css, literal);
                css.append(css.isEmpty() ? "" : " ").append(c == '\u0000' ? "counter(page)" : "counter(pages)");
            } else {
                literal.append(c);
            }
        }
        appendString(css, literal);
        return css.toString();
    }

    private static void appendString(StringBuilder css, StringBuilder literal) {
        if (literal.isEmpty()) {
            return;
        }
        css.append(css.isEmpty() ? "" : " ").append('"');
        literal.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                css.append('\\').appendCodePoint(c);
            } else if (c < 0x20) {
                css.append('\\').append(Integer.toHexString(c)).append(' ');
            } else {
                css.appendCodePoint(c);
            }
        });
        css.append('"');
        literal.setLength(0);
    }

    private Map<String, Object> pageModel(String title) {
        Map<String, Object> model = new HashMap<>();
        model.put("lang", templates.messages().languageTag());
        model.put("title", title);
        model.put("organisation", imprint.organisation());
        model.put("version", imprint.version());
        model.put("date", imprint.date());
        model.put("logo", branding.logo());
        model.put("draft", imprint.draft());
        model.put("control", imprint.control());
        return model;
    }
}
