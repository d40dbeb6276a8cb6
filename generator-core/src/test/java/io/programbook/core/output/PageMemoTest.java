package io.programbook.core.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.api.ContentPolicy;
import io.programbook.core.convert.DocumentConverter;
import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.Rule;
import io.programbook.core.render.TemplateRenderer;
import io.programbook.core.text.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the memo of pages keeps and gives back: a page whose parts are all unchanged is not converted
 * again; any part of the run that reaches the page (templates, branding, imprint, policy, where it
 * is written, its links) makes it new; a page that reported a finding is converted every time, so
 * its finding is reported every time.
 */
class PageMemoTest {

    private static final String ADOC = "= Handbook\n\nStaff are *briefed* before the first visit.\n";

    @TempDir
    Path base;

    /** The fast path only: a document it declines would start Asciidoctor, which these do not need. */
    private final DocumentConverter converter = new DocumentConverter(Optional.empty(), false, true);

    /** How often a page asked for the converter: once per page rendered (the memo gives pages back without). */
    private final AtomicInteger rendered = new AtomicInteger();

    private final Supplier<DocumentConverter> counted = () -> {
        rendered.incrementAndGet();
        return converter;
    };

    private final PageMemo memo = PageMemo.inMemory();

    private final TemplateRenderer english = new TemplateRenderer(Optional.empty(), Messages.english());

    private static final DocumentPages.Imprint IMPRINT = new DocumentPages.Imprint("Org", "1.0", "1 Dec 2026");

    private DocumentPages pages(
            Diagnostics diagnostics,
            TemplateRenderer templates,
            BrandingAssets branding,
            DocumentPages.Imprint imprint,
            ContentPolicy policy) {
        return new DocumentPages(
                templates,
                counted,
                diagnostics,
                branding,
                Optional.empty(),
                base,
                base.resolve("out"),
                imprint,
                policy,
                false,
                DocumentPages.Word.BUNDLED,
                memo);
    }

    /** The pages of a run that differs from the default one in these settings. */
    private DocumentPages pages(
            TemplateRenderer templates, BrandingAssets branding, DocumentPages.Imprint imprint, ContentPolicy policy) {
        return pages(new Diagnostics(), templates, branding, imprint, policy);
    }

    private DocumentPages pages(Diagnostics diagnostics) {
        return pages(diagnostics, english, BrandingAssets.NONE, IMPRINT, ContentPolicy.STRICT);
    }

    private DocumentPages pages() {
        return pages(new Diagnostics());
    }

    private int conversions() {
        return rendered.get();
    }

    @Test
    void should_give_back_the_same_page_without_converting_it_again() {
        String first = pages().htmlPage("handbook.adoc", ADOC, "Handbook");
        String second = pages().htmlPage("handbook.adoc", ADOC, "Handbook");

        assertThat(second).isSameAs(first).contains("<strong>briefed</strong>");
        assertThat(conversions()).isEqualTo(1);
    }

    @Test
    void should_convert_again_when_anything_that_reaches_the_page_changed() throws Exception {
        pages().htmlPage("handbook.adoc", ADOC, "Handbook");
        Files.writeString(base.resolve("page.ftlh"), "<html>${body}</html>");
        TemplateRenderer folder = new TemplateRenderer(Optional.of(base), Messages.english());
        TemplateRenderer german = new TemplateRenderer(Optional.empty(), Messages.of(Locale.GERMAN));
        BrandingAssets red = new BrandingAssets("", "body { color: red }", "");
        DocumentPages.Imprint later = new DocumentPages.Imprint("Org", "1.1", "1 Dec 2026");
        PageLink gaps = new PageLink("gap-report.html", "Gaps", false, false);

        pages().htmlPage("handbook.adoc", ADOC.replace("first", "second"), "Handbook");
        pages().htmlPage("handbook.adoc", ADOC, "Handbook 2");
        pages().htmlPage("handbook.adoc", ADOC, "Handbook", List.of(gaps));
        pages().htmlPage("customers/wvm/handbook.adoc", ADOC, "Handbook");
        pages(folder, BrandingAssets.NONE, IMPRINT, ContentPolicy.STRICT).htmlPage("handbook.adoc", ADOC, "Handbook");
        pages(german, BrandingAssets.NONE, IMPRINT, ContentPolicy.STRICT).htmlPage("handbook.adoc", ADOC, "Handbook");
        pages(english, red, IMPRINT, ContentPolicy.STRICT).htmlPage("handbook.adoc", ADOC, "Handbook");
        pages(english, BrandingAssets.NONE, later, ContentPolicy.STRICT).htmlPage("handbook.adoc", ADOC, "Handbook");
        pages(english, BrandingAssets.NONE, IMPRINT, new ContentPolicy(false, true))
                .htmlPage("handbook.adoc", ADOC, "Handbook");

        assertThat(conversions()).isEqualTo(10);
    }

    @Test
    void should_see_a_changed_template_folder_in_the_next_build() throws Exception {
        Files.writeString(base.resolve("page.ftlh"), "<html><body>one ${body}</body></html>");
        TemplateRenderer before = new TemplateRenderer(Optional.of(base), Messages.english());
        String one = pages(before, BrandingAssets.NONE, IMPRINT, ContentPolicy.STRICT)
                .htmlPage("handbook.adoc", ADOC, "Handbook");
        Files.writeString(base.resolve("page.ftlh"), "<html><body>two ${body}</body></html>");
        TemplateRenderer after = new TemplateRenderer(Optional.of(base), Messages.english());
        String two = pages(after, BrandingAssets.NONE, IMPRINT, ContentPolicy.STRICT)
                .htmlPage("handbook.adoc", ADOC, "Handbook");

        assertThat(one).contains("one ");
        assertThat(two).contains("two ");
    }

    @Test
    void should_convert_a_page_with_findings_every_time_and_report_them_every_time() {
        String unsafe = "= Handbook\n\n++++\n<p onclick=\"steal()\">Hi</p>\n++++\n";
        Diagnostics first = new Diagnostics();
        Diagnostics second = new Diagnostics();

        pages(first).htmlPage("handbook.adoc", unsafe, "Handbook");
        pages(second).htmlPage("handbook.adoc", unsafe, "Handbook");

        assertThat(first.all()).extracting(d -> d.rule()).containsExactly(Rule.UNSAFE_HTML);
        assertThat(second.all()).isEqualTo(first.all());
        assertThat(memo.size()).isZero();
    }

    @Test
    void should_keep_only_what_the_last_build_asked_for() {
        pages().htmlPage("handbook.adoc", ADOC, "Handbook");
        pages().htmlPage("gap-report.adoc", ADOC, "Gap report");
        memo.retainUsed();
        pages().htmlPage("handbook.adoc", ADOC, "Handbook");
        memo.retainUsed();

        assertThat(memo.size()).isEqualTo(1);
        assertThat(conversions()).isEqualTo(2);
    }

    @Test
    void should_remember_nothing_when_it_is_none() {
        DocumentPages none = new DocumentPages(
                new TemplateRenderer(Optional.empty(), Messages.english()),
                counted,
                new Diagnostics(),
                BrandingAssets.NONE,
                Optional.empty(),
                base,
                base.resolve("out"),
                new DocumentPages.Imprint("Org", "", ""),
                ContentPolicy.STRICT);
        none.htmlPage("handbook.adoc", ADOC, "Handbook");
        none.htmlPage("handbook.adoc", ADOC, "Handbook");

        assertThat(conversions()).isEqualTo(2);
        assertThat(PageMemo.NONE.size()).isZero();
    }
}
