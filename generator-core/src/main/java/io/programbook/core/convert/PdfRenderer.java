package io.programbook.core.convert;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.EnumSet;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Renders an HTML page (the Asciidoctor body in Programbook's PDF page shell) to PDF with
 * openhtmltopdf, a pure-Java renderer: no JRuby is involved, so a PDF costs little more than the
 * HTML it is made from. See docs/benchmarks.md for why this engine and not asciidoctorj-pdf.
 *
 * <p>What Java adds to the page before rendering: a running chapter title at the start of every
 * chapter (shown in the page header) and the PDF bookmarks, both from the document's sections.
 *
 * <p>Same input, same bytes: the creation date is left out unless one is given, and the PDF's
 * {@code /ID} is derived from the content instead of the clock. The renderer reads nothing from
 * the file system or the network: only {@code data:} URIs (the logo) are loaded; the fonts are
 * the ones bundled in the templates jar, so a PDF looks the same on every machine.
 */
public final class PdfRenderer {

    private static final String FONT_ROOT = "/programbook/templates/fonts/";
    private static final Map<String, byte[]> FONTS = new ConcurrentHashMap<>();
    private static boolean prepared;

    /**
     * Document information of a PDF.
     *
     * @param date the creation date to record; empty records none, so the bytes do not depend on the clock
     */
    public record Metadata(String title, String author, String subject, Optional<Instant> date) {}

    /** A rendered PDF and what the renderer reported about the page (e.g. CSS it did not understand). */
    public record Rendered(byte[] pdf, List<String> warnings) {}

    /**
     * @param html the page: the PDF shell filled with the converted document
     */
    public Rendered render(String html, Metadata metadata) {
        return render(html, metadata, false);
    }

    /**
     * @param html   the page: the PDF shell filled with the converted document
     * @param tagged whether to write a tagged PDF for accessibility (PDF/UA: structure tree, reading
     *               order, alternative texts); costs time and size, see docs/benchmarks.md
     */
    public Rendered render(String html, Metadata metadata, boolean tagged) {
        prepare();
        Document page = Jsoup.parse(html);
        addRunningChapterTitles(page);
        addBookmarks(page);
        List<String> warnings = new ArrayList<>();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .withProducer("Programbook")
                .withW3cDocument(new W3CDom().fromJsoup(page), "about:blank")
                .useExternalResourceAccessControl(
                        (uri, type) -> uri != null && uri.startsWith("data:"),
                        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl(
                        (uri, type) -> uri != null && uri.startsWith("data:"),
                        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .withDiagnosticConsumer(d -> {
                    if (d.getLevel().intValue() >= Level.WARNING.intValue()) {
                        warnings.add(d.getFormattedMessage());
                    }
                });
        addFonts(builder);
        // Programbook's charts (inert SVG images), drawn as vector graphics; no other SVG is drawn
        builder.useSVGDrawer(new ChartSvgDrawer());
        if (tagged) {
            builder.usePdfUaAccessibility(true);
        }
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            PDDocument pdf = renderer.createPDFKeepOpen();
            try (pdf) {
                setMetadata(pdf, metadata, html);
                // The document's language (/Lang), for screen readers and text extraction: the page's lang
                Element root = page.selectFirst("html");
                String lang = root == null ? "" : root.attr("lang").strip();
                if (!lang.isEmpty()) {
                    pdf.getDocumentCatalog().setLanguage(lang);
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
                pdf.save(out);
                return new Rendered(out.toByteArray(), List.copyOf(warnings));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render PDF", e);
        }
    }

    /**
     * Once per class loader: PDFBox maps fonts to bundled ones instead of scanning the system, and
     * openhtmltopdf reports to the diagnostic consumer of each run instead of logging to the console.
     */
    private static synchronized void prepare() {
        if (!prepared) {
            BundledFontMapper.install(fontBytes("LiberationSans-Regular.ttf"));
            // Logging stays on, since switching it off also stops the diagnostics a run's consumer receives
            // (the PB-PDF warnings); the logger prints nothing, so the console stays quiet.
            XRLog.setLoggerImpl(new SilentLogger());
            XRLog.setLoggingEnabled(true);
            prepared = true;
        }
    }

    /** Passes openhtmltopdf's findings only to the diagnostic consumer of the run, never to a console. */
    private static final class SilentLogger implements XRLogger {

        @Override
        public void log(String where, Level level, String message) {}

        @Override
        public void log(String where, Level level, String message, Throwable th) {}

        @Override
        public void setLevel(String logger, Level level) {}

        @Override
        public boolean isLogLevelEnabled(Diagnostic diagnostic) {
            return false;
        }
    }

    /** A copy of each chapter's title at its start, which the page header shows ({@code position: running(chapter)}). */
    private static void addRunningChapterTitles(Document page) {
        for (Element section : page.select("div.sect1")) {
            Element heading = section.selectFirst("> h2");
            if (heading != null) {
                section.prependElement("div").addClass("running-chapter").text(heading.text());
            }
        }
    }

    /** PDF bookmarks for chapters and their sections, in the form openhtmltopdf reads from the head. */
    private static void addBookmarks(Document page) {
        Element bookmarks = page.head().appendElement("bookmarks");
        if (page.getElementById("title-page") != null) {
            bookmarks.appendElement("bookmark").attr("name", page.title()).attr("href", "#title-page");
        }
        if (page.getElementById("toc") != null) {
            Element title = page.getElementById("toctitle");
            bookmarks
                    .appendElement("bookmark")
                    .attr("name", title == null ? "Contents" : title.text())
                    .attr("href", "#toc");
        }
        for (Element chapter : page.select("div.sect1")) {
            Element heading = chapter.selectFirst("> h2[id]");
            if (heading == null) {
                continue;
            }
            Element mark = bookmarks
                    .appendElement("bookmark")
                    .attr("name", heading.text())
                    .attr("href", "#" + heading.id());
            for (Element section : chapter.select(
                    "> div.sectionbody > div.sect2 > h3[id], > div.sectionbody > div.sect2 > div.pb-keep > h3[id]")) {
                mark.appendElement("bookmark").attr("name", section.text()).attr("href", "#" + section.id());
            }
        }
    }

    private static void addFonts(PdfRendererBuilder builder) {
        font(builder, "LiberationSans-Regular.ttf", "Liberation Sans", 400, FontStyle.NORMAL);
        font(builder, "LiberationSans-Bold.ttf", "Liberation Sans", 700, FontStyle.NORMAL);
        font(builder, "LiberationSans-Italic.ttf", "Liberation Sans", 400, FontStyle.ITALIC);
        font(builder, "LiberationSans-BoldItalic.ttf", "Liberation Sans", 700, FontStyle.ITALIC);
        font(builder, "LiberationMono-Regular.ttf", "Liberation Mono", 400, FontStyle.NORMAL);
        font(builder, "LiberationMono-Bold.ttf", "Liberation Mono", 700, FontStyle.NORMAL);
        byte[] fallback = fontBytes("DejaVuSans.ttf");
        builder.useFont(
                () -> new ByteArrayInputStream(fallback),
                "DejaVu Sans",
                400,
                FontStyle.NORMAL,
                true,
                EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_FINAL));
    }

    private static void font(PdfRendererBuilder builder, String file, String family, int weight, FontStyle style) {
        byte[] bytes = fontBytes(file);
        builder.useFont(() -> new ByteArrayInputStream(bytes), family, weight, style, true);
    }

    /** Font files are read from the templates jar once per class loader and shared by every document. */
    private static byte[] fontBytes(String file) {
        return FONTS.computeIfAbsent(file, name -> {
            try (InputStream in = PdfRenderer.class.getResourceAsStream(FONT_ROOT + name)) {
                if (in == null) {
                    throw new IllegalStateException("font " + FONT_ROOT + name + " is missing from the class path");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static void setMetadata(PDDocument pdf, Metadata metadata, String html) {
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(metadata.title());
        info.setAuthor(metadata.author());
        info.setSubject(metadata.subject());
        info.setCreator("Programbook");
        info.setProducer("Programbook (openhtmltopdf, Apache PDFBox)");
        metadata.date().ifPresent(date -> {
            Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ROOT);
            calendar.setTimeInMillis(date.toEpochMilli());
            info.setCreationDate(calendar);
            info.setModificationDate(calendar);
        });
        pdf.setDocumentInformation(info);
        // The information dictionary replaces openhtmltopdf's, which carries the time of rendering. Tagging
        // for PDF/UA is off unless asked for (pdfUa): it costs time and size, measured in docs/benchmarks.md.
        byte[] id = Arrays.copyOf(sha256(html + '\n' + metadata), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().setDocumentID(ids);
        pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
