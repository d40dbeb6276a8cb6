package io.programbook.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.programbook.core.GenerateRequest;
import io.programbook.core.Generator;
import io.programbook.core.OutputFormat;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

class GenerateMojoTest {

    private final Path base = Path.of("/work/project").toAbsolutePath();

    @Test
    void should_translate_its_parameters_into_one_request() throws Exception {
        // given
        GenerateMojo mojo = new GenerateMojo(Generator.create());
        mojo.configure(base.toFile(), base.resolve("src/programbook").toFile(), base.resolve("target/programbook").toFile(),
                List.of("html", " ADOC "));

        // when
        GenerateRequest request = mojo.toRequest();

        // then
        assertThat(request).isEqualTo(new GenerateRequest(base, base.resolve("src/programbook"),
                base.resolve("target/programbook"), Set.of(OutputFormat.HTML, OutputFormat.ADOC), Optional.empty(),
                Optional.empty()));
    }

    @Test
    void should_reject_an_unknown_format_naming_the_valid_ones() {
        GenerateMojo mojo = new GenerateMojo(Generator.create());
        mojo.configure(new File("."), new File("src/programbook"), new File("target/programbook"), List.of("docx"));

        assertThatThrownBy(mojo::toRequest)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("unknown output format 'docx'; valid formats: adoc, html (check <formats> or -Dprogrambook.formats)");
    }
}
