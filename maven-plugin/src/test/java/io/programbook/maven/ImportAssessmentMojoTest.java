package io.programbook.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.programbook.core.api.ContentPolicy;
import io.programbook.core.api.Generator;
import io.programbook.core.api.ImportAssessmentRequest;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

class ImportAssessmentMojoTest {

    private final Path base = Path.of("/work/project").toAbsolutePath();

    @Test
    void should_translate_its_parameters_into_one_request() throws Exception {
        // given
        ImportAssessmentMojo mojo = new ImportAssessmentMojo(Generator.create());
        mojo.configure(
                base.toFile(),
                base.resolve("src/programbook").toFile(),
                new File("returned/assessment-worksheet.xlsx"),
                "M. Okafor",
                "2026-11-20",
                null);

        // when
        ImportAssessmentRequest request = mojo.toRequest();

        // then
        assertThat(request)
                .isEqualTo(new ImportAssessmentRequest(
                        base,
                        base.resolve("src/programbook"),
                        base.resolve("returned/assessment-worksheet.xlsx"),
                        Optional.of("M. Okafor"),
                        Optional.of(LocalDate.of(2026, 11, 20)),
                        Optional.empty(),
                        ContentPolicy.STRICT));
    }

    @Test
    void should_refuse_a_date_that_is_not_one() {
        ImportAssessmentMojo mojo = new ImportAssessmentMojo(Generator.create());
        mojo.configure(
                base.toFile(), base.resolve("src/programbook").toFile(), new File("a.xlsx"), null, "20.11.2026", null);

        assertThatThrownBy(mojo::toRequest)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("assessmentDate '20.11.2026' is not a date: write it as YYYY-MM-DD");
    }
}
