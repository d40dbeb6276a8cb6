package io.programbook.core.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.api.GenerateRequest;
import io.programbook.core.api.OutputFormat;
import io.programbook.core.pipeline.Programbook;
import io.programbook.core.testutil.Fixtures;
import io.programbook.core.testutil.ProgramBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small program with two customers: {@code acme} reads as the asset owner ({@code audience}
 * left at customer), {@code beta} as the provider's staff ({@code audience: internal}); and acme
 * has a procedure of its own that replaces the common one of the same id.
 */
class CustomerAudienceTest {

    private static final String STATEMENTS = """
            statements:
              - item: SP.01.01 BR
                status: implemented
                maturity: ML2
                owner: security-lead
                text: Staff are briefed.
                procedures: [onboarding]
                evidence:
                  - url: https://intranet.example/briefings
                    title: Briefing register
                    date: 2026-09-01
                  - url: https://portal.example/briefing-slides
                    title: Briefing slides
                    date: 2026-09-01
                    shareable: true
              - item: SP.01.02 BR
                status: planned
                owner: security-lead
                text: Onboarding checklists are being introduced.
                action:
                  owner: security-lead
                  due: 2027-01-31
            """;

    private static final String PROCEDURE = """
            = Onboarding
            :pb-satisfies: SP.01.01 BR
            :pb-owner: security-lead

            %s
            """;

    @TempDir
    Path base;

    Path output;

    @BeforeEach
    void generate() {
        ProgramBuilder program = Fixtures.program(base)
                .statements("sp01.yaml", STATEMENTS)
                .procedure("onboarding", PROCEDURE.formatted("Every new engineer is briefed in the first week."))
                .file("customers/acme/customer.yaml", "name: Acme Water\n")
                .file(
                        "customers/acme/procedures/onboarding.adoc",
                        PROCEDURE.formatted("At Acme, engineers are briefed with the utility's own slides."))
                .file("customers/beta/customer.yaml", "name: Beta Foods\naudience: internal\n");
        program.write();
        output = base.resolve("target/programbook");
        new Programbook()
                .generate(new GenerateRequest(
                        base,
                        program.programDir(),
                        output,
                        Set.of(OutputFormat.ADOC),
                        Optional.empty(),
                        Optional.empty()));
    }

    @Test
    void theCustomerAudienceShowsEvidenceThatIsNotShareableAsAvailableOnRequest() throws IOException {
        String acme = Files.readString(output.resolve("customers/acme/handbook.adoc"));
        assertThat(acme)
                .contains("* [.evidence-id]#EV-briefings# Briefing register (available on request), 2026-09-01")
                .doesNotContain("intranet.example")
                .contains(
                        "* [.evidence-id]#EV-briefing-slides# link:++https://portal.example/briefing-slides++[Briefing slides],"
                                + " 2026-09-01");
        String beta = Files.readString(output.resolve("customers/beta/handbook.adoc"));
        assertThat(beta).contains("link:++https://intranet.example/briefings++[Briefing register]");
    }

    @Test
    void theCustomerAudienceShowsThePlannedDateInsteadOfTheGaps() throws IOException {
        String acme = Files.readString(output.resolve("customers/acme/handbook.adoc"));
        assertThat(acme)
                .contains(".Agreed position\nPlanned, to be completed by 2027-01-31.")
                .doesNotContain("[.gaps]");
        String beta = Files.readString(output.resolve("customers/beta/handbook.adoc"));
        assertThat(beta)
                .contains("[.gaps]")
                .doesNotContain("[.agreed-position]")
                .contains("== Agreements with Beta Foods");
        assertThat(Files.readString(output.resolve("customers/beta/applicability.adoc")))
                .contains("src/programbook/profile.yaml");
        assertThat(output.resolve("customers/beta/resolved-profile.json")).isRegularFile();
        assertThat(output.resolve("customers/acme/resolved-profile.json")).doesNotExist();
    }

    @Test
    void aCustomersProcedureReplacesTheCommonOneInItsEditionOnly() throws IOException {
        assertThat(Files.readString(output.resolve("customers/acme/handbook.adoc")))
                .contains("At Acme, engineers are briefed with the utility's own slides.")
                .doesNotContain("Every new engineer is briefed in the first week.");
        assertThat(Files.readString(output.resolve("customers/beta/handbook.adoc")))
                .contains("Every new engineer is briefed in the first week.")
                .doesNotContain("At Acme");
        assertThat(Files.readString(output.resolve("handbook.adoc"))).doesNotContain("At Acme");
    }
}
