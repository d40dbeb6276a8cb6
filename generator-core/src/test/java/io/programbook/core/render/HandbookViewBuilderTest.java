package io.programbook.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.testutil.Fixtures;
import io.programbook.core.testutil.ProgramBuilder;
import io.programbook.core.text.Messages;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The handbook's summary counts. All requirement wording here is made up. */
class HandbookViewBuilderTest {

    private static final String ORG = """
            id: acme-requirements
            edition: "2026"
            title: ACME security commitments
            publisher: ACME Integration Ltd
            groups:
              - id: ORG.01
                name: Customer commitments
                description: Made-up commitments for tests.
                items:
                  - id: ORG.01.01 BR
                    title: Made-up commitment one
                  - id: ORG.01.02 BR
                    title: Made-up commitment two
                  - id: ORG.01.03 BR
                    title: Made-up commitment three
            """;

    @TempDir
    Path base;

    private static HandbookView.Summary summary(ProgramBuilder builder) {
        ProgramBuilder.Run run = builder.run();
        return new HandbookViewBuilder()
                .build(run.inputs(), run.profile(), run.trace(), Messages.english())
                .summary();
    }

    @Test
    void should_count_the_organisations_own_requirements_apart_from_the_catalogue() {
        // given
        ProgramBuilder builder = Fixtures.program(base)
                .profileYaml(ProgramBuilder.DEFAULT_PROFILE + "additions: [org.yaml]\n")
                .file("org.yaml", ORG);

        // when / then
        assertThat(summary(builder).catalogItems()).isEqualTo("123 + 3 of the organisation's own");
    }

    @Test
    void should_count_the_catalogue_alone_without_additions() {
        assertThat(summary(Fixtures.program(base)).catalogItems()).isEqualTo("123");
    }

    @Test
    void should_show_the_numbers_behind_the_coverage() {
        // given: nothing of the default profile is covered
        ProgramBuilder builder = Fixtures.program(base);

        // when / then
        assertThat(summary(builder).coveragePercent()).isEqualTo("0.0 % (0 of 3 applicable items)");
    }

    private static HandbookView.Document document(ProgramBuilder builder) {
        ProgramBuilder.Run run = builder.run();
        return new HandbookViewBuilder()
                .build(run.inputs(), run.profile(), run.trace(), Messages.english())
                .document();
    }

    private ProgramBuilder offering(String services) {
        return Fixtures.program(base)
                .programYaml(ProgramBuilder.DEFAULT_PROGRAM.replace(
                        "catalog: iec-62443-2-4@2023\n", "catalog: iec-62443-2-4@2023\n" + services));
    }

    @Test
    void should_say_which_services_the_program_covers() {
        assertThat(document(offering("services: [maintenance]\n")).purpose())
                .isEqualTo("This handbook describes the security program of Test GmbH for the maintenance of automation"
                        + " solutions.");
        assertThat(document(offering("services: [integration]\n")).purpose())
                .isEqualTo("This handbook describes the security program of Test GmbH for the integration of automation"
                        + " solutions.");
        assertThat(document(offering("services: [maintenance, integration]\n")).purpose())
                .isEqualTo("This handbook describes the security program of Test GmbH for the integration and"
                        + " maintenance of automation solutions.");
        assertThat(document(offering("")).purpose())
                .as("both by default")
                .isEqualTo("This handbook describes the security program of Test GmbH for the integration and"
                        + " maintenance of automation solutions.");
    }
}
