package io.programbook.core.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.programbook.core.diag.GeneratorException;
import io.programbook.core.testutil.Fixtures;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateRendererTest {

    @TempDir
    Path templates;

    @Test
    void should_report_an_error_in_a_users_template_with_its_position() {
        // given
        Fixtures.write(templates, "broken.ftl", "Hello\n${missing.name}\n");
        TemplateRenderer renderer = new TemplateRenderer(Optional.of(templates));

        // when
        GeneratorException e =
                catchThrowableOfType(GeneratorException.class, () -> renderer.render("broken.ftl", Map.of()));

        // then
        assertThat(e.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.headline())
                    .endsWith("broken.ftl:2:3: error [PB-TEMPLATE] template error in 'missing':"
                            + " The following has evaluated to null or missing:");
            assertThat(d.hint())
                    .isEqualTo("fix the template, or remove it from the template folder to use the bundled one");
        });
    }
}
