package io.programbook.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.programbook.core.Branding;
import io.programbook.core.GenerateRequest;
import io.programbook.core.Generator;
import io.programbook.core.OutputFormat;
import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
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
                .hasMessage("unknown output format 'docx'; valid formats: adoc, html, pdf (check <formats> or -Dprogrambook.formats)");
    }

    @Test
    void should_translate_branding_and_the_pdf_date() throws Exception {
        // given
        GenerateMojo mojo = new GenerateMojo(Generator.create());
        mojo.configure(base.toFile(), base.resolve("src/programbook").toFile(), base.resolve("target/programbook").toFile(),
                List.of("html", "pdf"));
        mojo.brand(base.resolve("src/branding/logo.png").toFile(), base.resolve("src/branding/site.css").toFile(),
                base.resolve("src/branding/print.css").toFile(), "2026-11-29T00:00:00Z");

        // when
        GenerateRequest request = mojo.toRequest();

        // then
        assertThat(request).isEqualTo(new GenerateRequest(base, base.resolve("src/programbook"),
                base.resolve("target/programbook"), Set.of(OutputFormat.HTML, OutputFormat.PDF), Optional.empty(),
                Optional.empty(), new Branding(Optional.of(base.resolve("src/branding/logo.png")),
                        Optional.of(base.resolve("src/branding/site.css")), Optional.of(base.resolve("src/branding/print.css"))),
                Optional.of(Instant.parse("2026-11-29T00:00:00Z"))));
    }

    @Test
    void should_accept_the_forms_of_project_build_output_timestamp_as_pdf_date() throws Exception {
        GenerateMojo mojo = new GenerateMojo(Generator.create());
        mojo.configure(base.toFile(), base.resolve("src/programbook").toFile(), base.resolve("target/programbook").toFile(),
                List.of("pdf"));

        mojo.brand(null, null, null, "1796083200");
        assertThat(mojo.toRequest().pdfDate()).contains(Instant.parse("2026-12-01T00:00:00Z"));
        mojo.brand(null, null, null, "2026-12-01");
        assertThat(mojo.toRequest().pdfDate()).contains(Instant.parse("2026-12-01T00:00:00Z"));
        mojo.brand(null, null, null, null);
        assertThat(mojo.toRequest().pdfDate()).isEmpty();
    }

    @Test
    void should_reject_a_pdf_date_it_cannot_read_naming_the_forms_it_accepts() {
        GenerateMojo mojo = new GenerateMojo(Generator.create());
        mojo.configure(new File("."), new File("src/programbook"), new File("target/programbook"), List.of("pdf"));
        mojo.brand(null, null, null, "yesterday");

        assertThatThrownBy(mojo::toRequest)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("invalid date 'yesterday'; use an instant (2026-11-29T00:00:00Z), a date (2026-11-29) or seconds"
                        + " since 1970 (check <pdfDate> or -Dprogrambook.pdfDate)");
    }
}
