package io.programbook.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.programbook.core.api.Branding;
import io.programbook.core.api.OutputFormat;
import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

/** The parameters {@code generate} and {@code diff} share, read the same way for both. */
class AbstractDocumentMojoTest {

    private final Path base = Path.of("/work/project").toAbsolutePath();

    /** Both goals that write documents: whatever is shared must hold for each. */
    private static List<AbstractDocumentMojo> goals() {
        return List.of(new GenerateMojo(null), new DiffMojo(null));
    }

    @Test
    void should_read_the_formats_case_and_space_insensitively() throws Exception {
        for (AbstractDocumentMojo goal : goals()) {
            goal.configure(
                    base.toFile(),
                    base.resolve("src/programbook").toFile(),
                    base.resolve("out").toFile(),
                    List.of(" HTML", "pdf ", "adoc", "html"));

            assertThat(goal.formats())
                    .containsExactlyInAnyOrder(OutputFormat.HTML, OutputFormat.PDF, OutputFormat.ADOC);
            assertThat(goal.outputDirectory()).isEqualTo(base.resolve("out"));
        }
    }

    @Test
    void should_accept_docx_and_pass_the_word_template_on() throws Exception {
        for (AbstractDocumentMojo goal : goals()) {
            goal.configure(new File("."), new File("src/programbook"), new File("target/programbook"), List.of("docx"));
            goal.wordTemplate(new File("src/word/corporate.dotx"));

            assertThat(goal.formats()).containsExactly(OutputFormat.DOCX);
            assertThat(goal.documents().wordTemplate())
                    .contains(
                            Path.of("src/word/corporate.dotx").toAbsolutePath().normalize());
        }
    }

    @Test
    void should_reject_an_unknown_format_naming_the_valid_ones() {
        for (AbstractDocumentMojo goal : goals()) {
            goal.configure(new File("."), new File("src/programbook"), new File("target/programbook"), List.of("odt"));

            assertThatThrownBy(goal::formats)
                    .isInstanceOf(MojoExecutionException.class)
                    .hasMessage("unknown output format 'odt'; valid formats: adoc, html, pdf, docx"
                            + " (check <formats> or -Dprogrambook.formats)");
        }
    }

    @Test
    void should_accept_the_forms_of_project_build_output_timestamp_as_pdf_date() throws Exception {
        for (AbstractDocumentMojo goal : goals()) {
            goal.brand(null, null, null, null, "1796083200", null);
            assertThat(goal.pdfDate()).contains(Instant.parse("2026-12-01T00:00:00Z"));
            goal.brand(null, null, null, null, "2026-12-01", null);
            assertThat(goal.pdfDate()).contains(Instant.parse("2026-12-01T00:00:00Z"));
            goal.brand(null, null, null, null, "2026-12-01T06:00:00+02:00", null);
            assertThat(goal.pdfDate()).contains(Instant.parse("2026-12-01T04:00:00Z"));
            goal.brand(null, null, null, null, null, null);
            assertThat(goal.pdfDate()).isEmpty();
        }
    }

    @Test
    void should_reject_a_pdf_date_it_cannot_read_naming_the_forms_it_accepts() {
        for (AbstractDocumentMojo goal : goals()) {
            goal.brand(null, null, null, null, "yesterday", null);

            assertThatThrownBy(goal::pdfDate)
                    .isInstanceOf(MojoExecutionException.class)
                    .hasMessage(
                            "invalid date 'yesterday'; use an instant (2026-11-29T00:00:00Z), a date (2026-11-29) or"
                                    + " seconds since 1970 (check <pdfDate> or -Dprogrambook.pdfDate)");
        }
    }

    @Test
    void should_pass_templates_branding_and_evidence_age_on_unchanged_and_leave_unset_ones_empty() throws Exception {
        for (AbstractDocumentMojo goal : goals()) {
            goal.brand(
                    base.resolve("tpl").toFile(),
                    base.resolve("logo.png").toFile(),
                    null,
                    base.resolve("print.css").toFile(),
                    null,
                    9);
            assertThat(goal.documents().templateOverrides()).contains(base.resolve("tpl"));
            assertThat(goal.documents().branding())
                    .isEqualTo(new Branding(
                            Optional.of(base.resolve("logo.png")),
                            Optional.empty(),
                            Optional.of(base.resolve("print.css"))));
            assertThat(goal.maxEvidenceAge()).contains(Period.ofMonths(9));

            goal.brand(null, null, null, null, null, null);
            assertThat(goal.documents().templateOverrides()).isEmpty();
            assertThat(goal.documents().branding()).isEqualTo(Branding.NONE);
            assertThat(goal.maxEvidenceAge()).isEmpty();
        }
    }
}
