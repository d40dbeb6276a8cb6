package io.programbook.core.output;

import io.programbook.core.api.Branding;
import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.Rule;
import io.programbook.core.diag.SourcePosition;
import io.programbook.core.load.SourceFile;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;

/**
 * The user's branding files, read and checked once per run: the logo as a {@code data:} URI (so
 * the HTML page and the PDF stay self-contained), and the stylesheets as text. A missing file, a
 * logo that is not a PNG or JPEG, or a stylesheet that is not UTF-8 is an error of the run.
 *
 * @param logo           a {@code data:image/...;base64,...} URI, or empty
 * @param htmlStylesheet CSS added after the bundled HTML stylesheet, or empty
 * @param pdfTheme       CSS added after the bundled PDF stylesheet, or empty
 */
public record BrandingAssets(String logo, String htmlStylesheet, String pdfTheme) {

    public static final BrandingAssets NONE = new BrandingAssets("", "", "");

    static final int MAX_LOGO_BYTES = 2 * 1024 * 1024;
    static final int MAX_STYLESHEET_BYTES = 1024 * 1024;

    /** Reads the branding files; problems are added to the diagnostics and the file is left out. */
    public static BrandingAssets load(Branding branding, Path baseDir, Diagnostics diagnostics) {
        String logo = branding.logo()
                .flatMap(p -> read(p, baseDir, "logo", MAX_LOGO_BYTES, diagnostics))
                .flatMap(bytes -> dataUri(branding.logo().get(), baseDir, bytes, diagnostics))
                .orElse("");
        String html = branding.htmlStylesheet()
                .flatMap(p -> stylesheet(p, baseDir, "HTML stylesheet", diagnostics))
                .orElse("");
        String pdf = branding.pdfTheme()
                .flatMap(p -> stylesheet(p, baseDir, "PDF theme", diagnostics))
                .orElse("");
        return new BrandingAssets(logo, html, pdf);
    }

    /**
     * Checks the folder of template overrides: a folder that does not exist is a mistake in the
     * configuration, reported with the branding files rather than failing when the first template loads.
     */
    public static void checkTemplateFolder(Optional<Path> folder, Path baseDir, Diagnostics diagnostics) {
        folder.filter(f -> !Files.isDirectory(f))
                .ifPresent(f -> diagnostics.error(
                        Rule.BRANDING_FILE,
                        SourcePosition.wholeFile(SourceFile.of(f, baseDir).displayName()),
                        Files.exists(f)
                                ? "the template folder is a file, not a folder"
                                : "the template folder does not exist",
                        "point <templateDirectory> at a folder of templates that replace bundled ones file by file, "
                                + "or remove the parameter"));
    }

    private static Optional<byte[]> read(Path file, Path baseDir, String what, int maxBytes, Diagnostics diagnostics) {
        String shown = SourceFile.of(file, baseDir).displayName();
        if (!Files.isRegularFile(file)) {
            diagnostics.error(
                    Rule.BRANDING_FILE, SourcePosition.wholeFile(shown), "the " + what + " file does not exist");
            return Optional.empty();
        }
        try {
            if (Files.size(file) > maxBytes) {
                diagnostics.error(
                        what.equals("logo") ? Rule.LOGO_FORMAT : Rule.BRANDING_FILE,
                        SourcePosition.wholeFile(shown),
                        "the " + what + " is larger than " + maxBytes / 1024 + " KB",
                        null);
                return Optional.empty();
            }
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            diagnostics.error(
                    Rule.FILE_UNREADABLE,
                    SourcePosition.wholeFile(shown),
                    "cannot read the " + what + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    private static Optional<String> dataUri(Path file, Path baseDir, byte[] bytes, Diagnostics diagnostics) {
        String type = isPng(bytes) ? "image/png" : isJpeg(bytes) ? "image/jpeg" : null;
        if (type == null) {
            diagnostics.error(
                    Rule.LOGO_FORMAT,
                    SourcePosition.wholeFile(SourceFile.of(file, baseDir).displayName()),
                    "the logo is neither a PNG nor a JPEG image");
            return Optional.empty();
        }
        return Optional.of("data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes));
    }

    private static Optional<String> stylesheet(Path file, Path baseDir, String what, Diagnostics diagnostics) {
        return read(file, baseDir, what, MAX_STYLESHEET_BYTES, diagnostics).flatMap(bytes -> {
            try {
                String css = StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes))
                        .toString();
                // Embedded in a <style> element: a "</" in the CSS must not end it early.
                return Optional.of(css.replace("</", "<\\/"));
            } catch (CharacterCodingException e) {
                diagnostics.error(
                        Rule.FILE_ENCODING,
                        SourcePosition.wholeFile(SourceFile.of(file, baseDir).displayName()),
                        "the " + what + " is not UTF-8 text");
                return Optional.empty();
            }
        });
    }

    private static boolean isPng(byte[] b) {
        return b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
    }

    private static boolean isJpeg(byte[] b) {
        return b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF;
    }
}
