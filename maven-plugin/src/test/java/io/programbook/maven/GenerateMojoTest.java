package io.programbook.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.programbook.core.api.Branding;
import io.programbook.core.api.ContentPolicy;
import io.programbook.core.api.DocumentOptions;
import io.programbook.core.api.EvidenceOptions;
import io.programbook.core.api.GenerateRequest;
import io.programbook.core.api.Generator;
import io.programbook.core.api.OutputFormat;
import java.nio.file.Path;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

class GenerateMojoTest {

    private final Path base = Path.of("/work/project").toAbsolutePath();

    private GenerateMojo mojo(List<String> formats) {
        GenerateMojo mojo = new GenerateMojo(Generator.create());
        mojo.configure(
                base.toFile(),
                base.resolve("src/programbook").toFile(),
                base.resolve("target/programbook").toFile(),
                formats);
        return mojo;
    }

    @Test
    void should_translate_its_parameters_into_one_request() throws Exception {
        // given
        GenerateMojo mojo = mojo(List.of("html", " ADOC "));

        // when
        GenerateRequest request = mojo.toRequest();

        // then
        assertThat(request)
                .isEqualTo(new GenerateRequest(
                        base,
                        base.resolve("src/programbook"),
                        base.resolve("target/programbook"),
                        Set.of(OutputFormat.HTML, OutputFormat.ADOC),
                        Optional.empty(),
                        Optional.empty()));
    }

    @Test
    void should_translate_the_package_limits_in_mib_and_the_calendar_horizon() throws Exception {
        // given
        GenerateMojo mojo = mojo(List.of("html"));
        mojo.evidence(2, 40, 6);

        // when
        GenerateRequest request = mojo.toRequest();

        // then
        assertThat(request.evidence()).isEqualTo(new EvidenceOptions(2L << 20, 40L << 20, 6));
        assertThat(mojo(List.of("html")).toRequest().evidence()).isEqualTo(EvidenceOptions.DEFAULTS);
        mojo.evidence(2, 40, 0);
        assertThatThrownBy(mojo::toRequest)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("the review calendar looks ahead 1 to 120 months, not 0"
                        + " (check <maxEvidenceFileSize>, <maxPackageSize> and <calendarMonths>)");
    }

    @Test
    void should_render_the_editions_on_the_threads_asked_for() throws Exception {
        GenerateMojo mojo = mojo(List.of("html"));
        assertThat(mojo.toRequest().threads()).isEqualTo(GenerateRequest.CORES);
        assertThat(mojo.toRequest().renderThreads())
                .isEqualTo(Runtime.getRuntime().availableProcessors());
        mojo.threads(1);
        assertThat(mojo.toRequest().threads()).isEqualTo(1);
        mojo.threads(-1);
        assertThatThrownBy(mojo::toRequest)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("threads is -1: give the number of editions rendered at once (1 renders one after the"
                        + " other), or leave it unset for the number of processors (check <threads>)");
    }

    @Test
    void should_translate_the_content_policy() throws Exception {
        // given
        GenerateMojo mojo = mojo(List.of("html"));
        mojo.trust(true, true);

        // when
        GenerateRequest request = mojo.toRequest();

        // then
        assertThat(request.policy()).isEqualTo(new ContentPolicy(true, true));
        assertThat(mojo(List.of("html")).toRequest().policy()).isEqualTo(ContentPolicy.STRICT);
    }

    @Test
    void should_default_to_the_conventional_layout() throws Exception {
        assertThat(mojo(List.of("html")).toRequest()).isEqualTo(GenerateRequest.conventional(base));
    }

    @Test
    void should_translate_templates_branding_pdf_date_and_evidence_age() throws Exception {
        // given
        GenerateMojo mojo = mojo(List.of("html", "pdf"));
        mojo.brand(
                base.resolve("src/templates").toFile(),
                base.resolve("src/branding/logo.png").toFile(),
                base.resolve("src/branding/site.css").toFile(),
                base.resolve("src/branding/print.css").toFile(),
                "2026-11-29T00:00:00Z",
                6);

        // when
        GenerateRequest request = mojo.toRequest();

        // then
        assertThat(request)
                .isEqualTo(new GenerateRequest(
                        base,
                        base.resolve("src/programbook"),
                        base.resolve("target/programbook"),
                        Optional.of(Period.ofMonths(6)),
                        new DocumentOptions(
                                Set.of(OutputFormat.HTML, OutputFormat.PDF),
                                Optional.of(base.resolve("src/templates")),
                                new Branding(
                                        Optional.of(base.resolve("src/branding/logo.png")),
                                        Optional.of(base.resolve("src/branding/site.css")),
                                        Optional.of(base.resolve("src/branding/print.css"))),
                                Optional.of(Instant.parse("2026-11-29T00:00:00Z")))));
    }
}
