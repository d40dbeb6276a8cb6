package io.programbook.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.testutil.Fixtures;
import io.programbook.core.testutil.ProgramBuilder;
import io.programbook.core.text.Messages;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The statement of applicability's rows. */
class ApplicabilityViewBuilderTest {

    @TempDir
    Path base;

    private ApplicabilityView.Row row(ProgramBuilder builder, String id) {
        ProgramBuilder.Run run = builder.run();
        return new ApplicabilityViewBuilder()
                .build(run.inputs(), run.profile(), Messages.english()).areas().stream()
                        .flatMap(a -> a.rows().stream())
                        .filter(r -> r.id().equals(id))
                        .findFirst()
                        .orElseThrow();
    }

    @Test
    void should_show_an_item_the_statement_marks_not_applicable_with_its_justification() {
        // given: the profile keeps SP.01.02 BR in scope, the program's statement says it does not apply
        ProgramBuilder builder = Fixtures.program(base)
                .statements(
                        "a.yaml",
                        Fixtures.statements(Fixtures.statement(
                                "SP.01.02 BR",
                                "status: not-applicable",
                                "owner: security-lead",
                                "justification: Our contracts leave site policies to the asset owner's staff.")));

        // when
        ApplicabilityView.Row row = row(builder, "SP.01.02 BR");

        // then: not a bare "applies, ML2", but the statement's decision with its reason and place
        assertThat(row.inScope()).isTrue();
        assertThat(row.notApplicable()).isTrue();
        assertThat(row.rationale())
                .isEqualTo("In scope of the profile, but the program's statement says it does not apply:"
                        + " Our contracts leave site policies to the asset owner's staff.");
        assertThat(row.decidedBy()).last().isEqualTo("the statement, src/programbook/statements/a.yaml:2");
    }

    @Test
    void should_show_an_item_with_an_implemented_statement_as_applying() {
        // given
        ProgramBuilder builder = Fixtures.program(base)
                .statements(
                        "a.yaml",
                        Fixtures.statements(Fixtures.statement(
                                "SP.01.02 BR", "status: planned", "owner: security-lead", "text: Briefings.")));

        // when
        ApplicabilityView.Row row = row(builder, "SP.01.02 BR");

        // then
        assertThat(row.inScope()).isTrue();
        assertThat(row.notApplicable()).isFalse();
        // its scope rule differs from the one most items follow; its maturity is the default, said once
        assertThat(row.decidedBy()).containsExactly("include SP.01.02 BR at src/programbook/profile.yaml:4");
    }
}
