package io.programbook.core.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.api.Branding;
import io.programbook.core.diag.Diagnostic;
import io.programbook.core.diag.Diagnostics;
import io.programbook.core.testutil.Fixtures;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrandingAssetsTest {

    @TempDir
    Path base;

    @Test
    void should_embed_a_jpeg_logo_and_keep_stylesheets_from_closing_their_style_element() {
        // given
        Fixtures.write(
                base, "brand/logo.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10});
        Fixtures.write(base, "brand/site.css", "h1 { color: teal; } /* </style><script>x</script> */\n");
        Diagnostics diagnostics = new Diagnostics();

        // when
        BrandingAssets assets = BrandingAssets.load(
                new Branding(
                        Optional.of(base.resolve("brand/logo.jpg")),
                        Optional.of(base.resolve("brand/site.css")),
                        Optional.empty()),
                base,
                diagnostics);

        // then
        assertThat(diagnostics.all()).isEmpty();
        assertThat(assets.logo()).isEqualTo("data:image/jpeg;base64,/9j/4AAQ");
        assertThat(assets.htmlStylesheet()).contains("h1 { color: teal; }").doesNotContain("</");
        assertThat(assets.pdfTheme()).isEmpty();
    }

    @Test
    void should_report_every_missing_or_unusable_branding_file_at_once() {
        // given
        Fixtures.write(base, "brand/logo.svg", "<svg xmlns='http://www.w3.org/2000/svg'/>");
        Fixtures.write(base, "brand/print.css", new byte[] {'a', (byte) 0xC3, (byte) 0x28});
        Diagnostics diagnostics = new Diagnostics();

        // when
        BrandingAssets.load(
                new Branding(
                        Optional.of(base.resolve("brand/logo.svg")),
                        Optional.of(base.resolve("brand/site.css")),
                        Optional.of(base.resolve("brand/print.css"))),
                base,
                diagnostics);

        // then
        assertThat(diagnostics.all())
                .extracting(Diagnostic::render)
                .containsExactly(
                        Fixtures.lines(
                                "brand/logo.svg: error [PB-LOGO-FORMAT] the logo is neither a PNG nor a JPEG image",
                                "  hint: use a PNG or JPEG image of at most 2 MB as the logo"),
                        Fixtures.lines(
                                "brand/print.css: error [PB-FILE-ENCODING] the PDF theme is not UTF-8 text",
                                "  hint: save the file as UTF-8"),
                        Fixtures.lines(
                                "brand/site.css: error [PB-BRANDING-FILE] the HTML stylesheet file does not exist",
                                "  hint: point <logo>, <htmlStylesheet> or <pdfTheme> at an existing file, or remove the parameter"));
    }

    @Test
    void should_report_a_template_folder_that_does_not_exist_or_is_a_file() {
        // given
        Fixtures.write(base, "brand/templates.ftl", "not a folder");
        Diagnostics diagnostics = new Diagnostics();

        // when
        BrandingAssets.checkTemplateFolder(Optional.of(base.resolve("brand/tempaltes")), base, diagnostics);
        BrandingAssets.checkTemplateFolder(Optional.of(base.resolve("brand/templates.ftl")), base, diagnostics);
        BrandingAssets.checkTemplateFolder(Optional.of(base.resolve("brand")), base, diagnostics);
        BrandingAssets.checkTemplateFolder(Optional.empty(), base, diagnostics);

        // then
        String hint =
                "  hint: point <templateDirectory> at a folder of templates that replace bundled ones file by file,"
                        + " or remove the parameter";
        assertThat(diagnostics.all())
                .extracting(Diagnostic::render)
                .containsExactly(
                        Fixtures.lines(
                                "brand/tempaltes: error [PB-BRANDING-FILE] the template folder does not exist", hint),
                        Fixtures.lines(
                                "brand/templates.ftl: error [PB-BRANDING-FILE] the template folder is a file, not a folder",
                                hint));
    }
}
