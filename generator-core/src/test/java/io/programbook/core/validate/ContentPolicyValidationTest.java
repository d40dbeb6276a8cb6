package io.programbook.core.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.programbook.core.api.ContentPolicy;
import io.programbook.core.api.Generator;
import io.programbook.core.api.ValidateRequest;
import io.programbook.core.api.ValidateResult;
import io.programbook.core.diag.Diagnostic;
import io.programbook.core.diag.GeneratorException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The POM's content policy decides whether markup findings fail the build; overlong paragraphs always do. */
class ContentPolicyValidationTest {

    private static final Path CORPUS = BadInputCorpusTest.CORPUS;

    private static ValidateRequest request(String name, ContentPolicy policy) {
        Path project = CORPUS.resolve(name).toAbsolutePath();
        return new ValidateRequest(project, project.resolve("src/programbook"), Optional.empty(), false, policy);
    }

    @Test
    void should_accept_passthroughs_unsafe_links_and_remote_images_as_warnings_from_trusted_authors() {
        // when
        ValidateResult passthroughs =
                Generator.create().validate(request("passthroughs", new ContentPolicy(true, false)));
        ValidateResult links =
                Generator.create().validate(request("unsafe-links-remote-images", new ContentPolicy(true, false)));

        // then
        assertThat(passthroughs.warnings())
                .extracting(d -> d.rule().code())
                .containsOnly("PB-PASSTHROUGH")
                .hasSize(6);
        assertThat(passthroughs.warnings().get(0).message()).contains("accepted by allowPassthrough");
        assertThat(links.warnings()).extracting(d -> d.rule().code()).containsOnly("PB-LINK-UNSAFE", "PB-REMOTE-IMAGE");
    }

    @Test
    void should_drop_the_remote_image_finding_when_remote_images_are_allowed() {
        // when
        GeneratorException e = catchThrowableOfType(
                GeneratorException.class,
                () -> Generator.create()
                        .validate(request("unsafe-links-remote-images", new ContentPolicy(false, true))));

        // then: the links are still errors, the images no finding at all
        assertThat(e.diagnostics()).extracting(d -> d.rule().code()).containsOnly("PB-LINK-UNSAFE");
    }

    @Test
    void should_refuse_overlong_paragraphs_whatever_the_policy() {
        // when
        GeneratorException e = catchThrowableOfType(
                GeneratorException.class,
                () -> Generator.create().validate(request("long-paragraph", new ContentPolicy(true, true))));

        // then
        assertThat(e.diagnostics()).extracting(Diagnostic::isError).containsOnly(true);
        assertThat(e.diagnostics()).extracting(d -> d.rule().code()).containsOnly("PB-PARAGRAPH-TOO-LONG");
    }
}
