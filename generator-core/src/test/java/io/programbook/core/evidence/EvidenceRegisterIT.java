package io.programbook.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.SourcePosition;
import io.programbook.core.load.ProgramInputs;
import io.programbook.core.model.Evidence;
import io.programbook.core.model.Statement;
import io.programbook.core.pipeline.Programbook;
import io.programbook.core.testutil.ExampleProgram;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example's evidence register, and how ids are made. */
class EvidenceRegisterIT {

    @TempDir
    static Path temp;

    static ProgramInputs inputs;
    static EvidenceRegister register;

    @BeforeAll
    static void load() {
        Path program = ExampleProgram.copy(temp.resolve("program"));
        inputs = new Programbook().load(temp, program, new Diagnostics());
        register = EvidenceRegister.of(inputs);
    }

    @Test
    void should_list_every_file_and_address_the_statements_cite_once() {
        // given
        Set<String> cited = new TreeSet<>();
        inputs.statements().stream()
                .map(s -> s.value())
                .map(Statement::evidence)
                .flatMap(List::stream)
                .map(EvidenceRegister::location)
                .forEach(cited::add);

        // then
        assertThat(register.records()).extracting(EvidenceRecord::location).containsExactlyInAnyOrderElementsOf(cited);
        assertThat(register.records())
                .extracting(EvidenceRecord::id)
                .doesNotHaveDuplicates()
                .isSorted();
        assertThat(register.records().stream().filter(r -> r.kind() == EvidenceRecord.Kind.FILE))
                .hasSize(17);
    }

    @Test
    void should_give_every_existing_file_its_size_and_sha256_and_the_missing_one_none() throws IOException {
        for (EvidenceRecord r : register.records()) {
            if (r.kind() != EvidenceRecord.Kind.FILE) {
                assertThat(r.size()).isEmpty();
                continue;
            }
            Path file = inputs.programDir().resolve(r.location());
            if (Files.exists(file)) {
                assertThat(r.size()).contains(Files.size(file));
                assertThat(r.sha256()).isEqualTo(EvidenceRegister.sha256(file)).matches("[0-9a-f]{64}");
            } else {
                assertThat(r.location()).isEqualTo("evidence/patch-qualification-report-2026Q2.pdf");
                assertThat(r.present()).isFalse();
                assertThat(r.sha256()).isEmpty();
            }
        }
    }

    @Test
    void should_merge_what_the_citations_declare_and_apply_the_program_settings() {
        // then
        EvidenceRecord personnel =
                register.byId("EV-personnel-security-register").orElseThrow();
        assertThat(personnel.owner()).isEqualTo("hr-manager");
        assertThat(personnel.shareable()).isFalse();
        assertThat(personnel.packaged()).isFalse();
        assertThat(personnel.items()).containsExactly("SP.01.03 BR", "SP.01.03 RE(1)", "SP.01.04 BR", "SP.01.04 RE(1)");
        EvidenceRecord log = register.byId("EV-remote-access-log-2026-08").orElseThrow();
        assertThat(log.validUntil()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(log.recorded()).isEqualTo(log.sha256());
        assertThat(log.changed()).isFalse();
        assertThat(log.packaged()).isTrue();
        assertThat(register.byId("EV-remote-gateway-evaluation-2026")
                        .orElseThrow()
                        .internal())
                .as("an address on the intranet")
                .isTrue();
        assertThat(register.byId("EV-ra-02").orElseThrow().internal()).isFalse();
    }

    @Test
    void should_derive_ids_from_the_file_name_or_the_last_segment_of_the_address() {
        assertThat(EvidenceIds.derive(new Evidence("evidence/Patch Report 2026Q2.pdf", null, "t", null)))
                .isEqualTo("EV-patch-report-2026q2");
        assertThat(EvidenceIds.derive(new Evidence(null, "https://portal.example/documents/ra-02/", "t", null)))
                .isEqualTo("EV-ra-02");
        assertThat(EvidenceIds.derive(new Evidence(null, "https://wiki.example", "t", null)))
                .isEqualTo("EV-wiki-example");
        assertThat(EvidenceIds.derive(new Evidence(null, "mailto:security@example.com", "t", null)))
                .isEqualTo("EV-security-example-com");
    }

    @Test
    void should_address_a_file_in_the_package_percent_encoded() {
        // given
        EvidenceRecord record = new EvidenceRecord(
                "EV-x",
                "t",
                EvidenceRecord.Kind.FILE,
                "evidence/Prüfbericht 2026#1.pdf",
                "",
                null,
                null,
                List.of(),
                Optional.of(1L),
                "",
                "",
                true,
                false,
                SourcePosition.wholeFile("x"));

        // then
        assertThat(record.packageHref()).isEqualTo("evidence-files/evidence/Pr%C3%BCfbericht%202026%231.pdf");
    }
}
