package io.programbook.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.programbook.core.api.Branding;
import io.programbook.core.api.DocumentOptions;
import io.programbook.core.api.GenerateRequest;
import io.programbook.core.api.OutputFormat;
import io.programbook.core.diag.Diagnostic;
import io.programbook.core.diag.GeneratorException;
import io.programbook.core.diag.Rule;
import io.programbook.core.testutil.ExampleProgram;
import io.programbook.core.testutil.Fixtures;
import io.programbook.core.validate.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An edition that fails fails the run as one rendered after the other would: with the findings of
 * the editions before it and its own, the same whatever the number of threads, no output left
 * behind, and no thread of the pool left running.
 */
class FailedEditionIT {

    @TempDir
    Path project;

    /**
     * The example with a gap report template that breaks in German documents only: the provider's
     * edition (English) and the dairy's render, Wasserverband Marschland's (German) fails.
     */
    private GenerateRequest brokenForTheUtility() throws IOException {
        Path program = ExampleProgram.copy(project.resolve("src/programbook"));
        String bundled;
        try (InputStream in = getClass().getResourceAsStream("/programbook/templates/gap-report.adoc.ftl")) {
            bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Fixtures.write(
                project.resolve("src/templates"),
                "gap-report.adoc.ftl",
                "<#if msg(\"page.asciidoc.note\") == \"Hinweis\">${onlyInGerman}</#if>\n" + bundled);
        return new GenerateRequest(
                project,
                program,
                project.resolve("target/programbook"),
                Optional.empty(),
                new DocumentOptions(
                        Set.of(OutputFormat.ADOC),
                        Optional.of(project.resolve("src/templates")),
                        Branding.NONE,
                        Optional.empty()));
    }

    @Test
    void should_fail_the_run_with_the_failed_editions_findings_whatever_the_number_of_threads() throws IOException {
        GenerateRequest request = brokenForTheUtility();

        GeneratorException sequential = catchThrowableOfType(
                GeneratorException.class, () -> new Programbook().generate(request.withThreads(1)));
        String report = Files.readString(request.outputDir().resolve(ValidationReport.FILE_NAME));
        GeneratorException parallel = catchThrowableOfType(
                GeneratorException.class, () -> new Programbook().generate(request.withThreads(3)));

        assertThat(sequential).isNotNull();
        List<Diagnostic> errors =
                sequential.diagnostics().stream().filter(Diagnostic::isError).toList();
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).rule()).isEqualTo(Rule.TEMPLATE);
        assertThat(errors.get(0).render()).contains("gap-report.adoc.ftl").contains("onlyInGerman");
        // the findings of the run so far (the program's warnings, the provider's edition) come with it
        assertThat(sequential.diagnostics()).hasSizeGreaterThan(1);

        assertThat(parallel).isNotNull();
        assertThat(parallel.diagnostics()).isEqualTo(sequential.diagnostics());
        assertThat(parallel.getMessage()).isEqualTo(sequential.getMessage());
        assertThat(Files.readString(request.outputDir().resolve(ValidationReport.FILE_NAME)))
                .isEqualTo(report);
        assertThat(EditionPoolTest.poolThreads())
                .as("threads of the pool still alive")
                .isEmpty();
        // no partial output: none of the editions that rendered was written
        assertThat(request.outputDir().resolve("handbook.adoc")).doesNotExist();
        assertThat(request.outputDir().resolve("customers")).doesNotExist();
    }

    @Test
    void should_render_every_edition_once_the_template_is_fixed() throws IOException {
        GenerateRequest request = brokenForTheUtility();
        catchThrowableOfType(GeneratorException.class, () -> new Programbook().generate(request.withThreads(2)));
        Files.delete(project.resolve("src/templates/gap-report.adoc.ftl"));

        new Programbook().generate(request.withThreads(2));

        assertThat(request.outputDir().resolve("customers/wvm/gap-report.adoc")).isRegularFile();
        assertThat(request.outputDir().resolve("customers/kranichsee/gap-report.adoc"))
                .isRegularFile();
        assertThat(request.outputDir().resolve("gap-report.adoc")).isRegularFile();
    }
}
