package io.programbook.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.api.Branding;
import io.programbook.core.api.DiffRequest;
import io.programbook.core.api.DocumentOptions;
import io.programbook.core.api.Generator;
import io.programbook.core.api.OutputFormat;
import java.nio.file.Path;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DiffMojoTest {

    private final Path base = Path.of("/work/project").toAbsolutePath();

    private DiffMojo mojo(List<String> formats) {
        DiffMojo mojo = new DiffMojo(Generator.create());
        mojo.configure(
                base.toFile(),
                base.resolve("src/programbook").toFile(),
                base.resolve("target/programbook").toFile(),
                formats);
        return mojo;
    }

    @Test
    void should_translate_a_baseline_comparison_into_one_request() throws Exception {
        // given
        DiffMojo mojo = mojo(List.of("html"));
        mojo.compare(null, " ", null, null, base.resolve("../release-3.1").toFile());

        // when
        DiffRequest request = mojo.toRequest();

        // then
        assertThat(request)
                .isEqualTo(new DiffRequest(
                        base,
                        base.resolve("src/programbook"),
                        base.resolve("target/programbook"),
                        Set.of(OutputFormat.HTML),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(base.resolveSibling("release-3.1")),
                        Optional.empty()));
    }

    @Test
    void should_pass_the_one_customer_whose_changes_are_asked_for() throws Exception {
        DiffMojo mojo = mojo(List.of("html"));
        mojo.compare(null, null, null, null, base.resolve("../release-3.1").toFile());
        assertThat(mojo.toRequest().customer()).isEmpty();

        mojo.customer(" wvm ");

        assertThat(mojo.toRequest().customer()).contains("wvm");
    }

    @Test
    void should_translate_a_comparison_of_editions_and_of_profiles() throws Exception {
        // given
        DiffMojo editions = mojo(List.of("adoc"));
        editions.compare("iec-62443-2-4@2015+AMD1:2017", "iec-62443-2-4@2023", null, null, null);
        DiffMojo profiles = mojo(List.of("html"));
        profiles.compare(null, null, "baseline/profile.yaml", "all-of-2-4", null);

        // then
        assertThat(editions.toRequest())
                .isEqualTo(new DiffRequest(
                        base,
                        base.resolve("src/programbook"),
                        base.resolve("target/programbook"),
                        Set.of(OutputFormat.ADOC),
                        Optional.of("iec-62443-2-4@2015+AMD1:2017"),
                        Optional.of("iec-62443-2-4@2023"),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()));
        assertThat(profiles.toRequest().fromProfile()).contains("baseline/profile.yaml");
        assertThat(profiles.toRequest().toProfile()).contains("all-of-2-4");
    }

    @Test
    void should_ask_for_the_pdf_with_the_templates_branding_and_date_of_the_other_documents() throws Exception {
        // given
        DiffMojo mojo = mojo(List.of("html", "pdf"));
        mojo.compare(null, null, null, null, base.resolve("baseline").toFile());
        mojo.brand(
                base.resolve("src/templates").toFile(),
                base.resolve("src/branding/logo.png").toFile(),
                base.resolve("src/branding/site.css").toFile(),
                base.resolve("src/branding/print.css").toFile(),
                "2026-11-29",
                12);

        // when
        DiffRequest request = mojo.toRequest();

        // then
        assertThat(request)
                .isEqualTo(new DiffRequest(
                        base,
                        base.resolve("src/programbook"),
                        base.resolve("target/programbook"),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(base.resolve("baseline")),
                        Optional.of(Period.ofMonths(12)),
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
