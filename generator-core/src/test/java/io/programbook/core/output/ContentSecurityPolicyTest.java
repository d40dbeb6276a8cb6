package io.programbook.core.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.api.Branding;
import io.programbook.core.convert.HtmlSanitizer;
import io.programbook.core.diag.Diagnostics;
import io.programbook.core.testutil.Fixtures;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentSecurityPolicyTest {

    @TempDir
    Path temp;

    private static final String PAGE = "<!DOCTYPE html><html><head><style>\nbody { color: black; }\n</style></head>"
            + "<body><table style=\"width: 50%;\"><colgroup><col style=\"width: 50%;\"><col style=\"width: 50%;\">"
            + "</colgroup></table><script>\nsort();\n</script></body></html>";

    @Test
    void should_allow_only_the_pages_own_scripts_and_styles_by_hash_and_no_network() {
        // when
        String policy = DocumentPages.contentSecurityPolicy(PAGE, false);

        // then
        assertThat(policy)
                .isEqualTo("default-src 'none'; script-src " + HtmlSanitizer.sha256("\nsort();\n")
                        + "; style-src " + HtmlSanitizer.sha256("\nbody { color: black; }\n") + " 'unsafe-hashes' "
                        + HtmlSanitizer.sha256("width: 50%;")
                        + "; img-src 'self' data:; base-uri 'none'; form-action 'none'");
    }

    @Test
    void should_allow_remote_images_only_when_asked_and_no_script_without_one() {
        // when
        String strict = DocumentPages.contentSecurityPolicy("<p>text</p>", false);
        String remote = DocumentPages.contentSecurityPolicy("<p>text</p>", true);

        // then
        assertThat(strict)
                .contains("script-src 'none'")
                .contains("style-src 'none'")
                .doesNotContain("http");
        assertThat(remote).contains("img-src 'self' data: http: https:");
    }

    @Test
    void should_read_branding_from_outside_the_project_as_the_poms_author_is_trusted() {
        // given: a multi-module build keeps its branding in the parent folder (see docs/security.md)
        Path module = temp.resolve("parent/module");
        Fixtures.write(
                temp, "parent/branding/site.css", "h1 { color: teal; } @import url(https://cdn.example/x.css);\n");
        Diagnostics diagnostics = new Diagnostics();

        // when
        BrandingAssets assets = BrandingAssets.load(
                new Branding(Optional.empty(), Optional.of(module.resolve("../branding/site.css")), Optional.empty()),
                module,
                diagnostics);

        // then: embedded, and under the page's policy its @import loads nothing (style-src has hashes only)
        assertThat(diagnostics.all()).isEmpty();
        assertThat(assets.htmlStylesheet()).contains("h1 { color: teal; }");
        assertThat(DocumentPages.contentSecurityPolicy(
                        "<html><head><style>" + assets.htmlStylesheet() + "</style></head><body></body></html>", false))
                .doesNotContain("https:")
                .doesNotContain("unsafe-inline");
    }
}
