package io.programbook.core.api;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How the documents look beyond the bundled templates: a logo on the HTML page and the PDF title
 * page, a stylesheet added after the bundled one in every HTML page, and a PDF theme (a print
 * stylesheet) added after the bundled PDF stylesheet. Each file is read at generation time and
 * embedded, so the outputs stay self-contained.
 *
 * @param logo           a PNG or JPEG image
 * @param htmlStylesheet CSS for the HTML pages
 * @param pdfTheme       CSS for the PDF pages (paged media: {@code @page}, margin boxes)
 */
public record Branding(Optional<Path> logo, Optional<Path> htmlStylesheet, Optional<Path> pdfTheme) {

    public static final Branding NONE = new Branding(Optional.empty(), Optional.empty(), Optional.empty());

    public Branding {
        logo = Objects.requireNonNull(logo, "logo").map(p -> p.toAbsolutePath().normalize());
        htmlStylesheet = Objects.requireNonNull(htmlStylesheet, "htmlStylesheet")
                .map(p -> p.toAbsolutePath().normalize());
        pdfTheme = Objects.requireNonNull(pdfTheme, "pdfTheme")
                .map(p -> p.toAbsolutePath().normalize());
    }
}
