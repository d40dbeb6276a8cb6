package io.programbook.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.api.GenerateRequest;
import io.programbook.core.api.OutputFormat;
import io.programbook.core.model.Evidence;
import io.programbook.core.pipeline.Programbook;
import io.programbook.core.testutil.Fixtures;
import io.programbook.core.testutil.ProgramBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Evidence of kind record ({@code record:}): kept elsewhere, described in words. A small program
 * cites a shareable visitor log, an internal acceptance form and a record whose description holds
 * markup, and a customer edition reads it as the asset owner.
 */
class RecordEvidenceTest {

    static final String VISITOR_LOG = "Visitor log, binder SEC-3 in the control room";
    static final String HOSTILE = "link:file:///etc/passwd[x] <script>alert(1)</script> {doctitle} | pass:[<b>b</b>]";

    static final String STATEMENTS = """
            statements:
              - item: SP.01.01 BR
                status: implemented
                maturity: ML2
                owner: security-lead
                text: Visitors sign in.
                evidence:
                  - record: "  Visitor log,   binder SEC-3 in the control room "
                    title: Visitor log, September 2026
                    date: 2026-09-01
                    validUntil: 2026-12-31
                    shareable: true
                  - record: Signed acceptance form, binder ACC-1 at the plant
                    title: Acceptance form
                    date: 2026-09-02
                    owner: security-lead
                  - record: "%s"
                    title: Hostile record
                    shareable: true
              - item: SP.01.02 BR
                status: implemented
                maturity: ML2
                owner: security-lead
                text: The log is kept.
                evidence:
                  - record: Visitor log, binder SEC-3 in the control room
                    title: Visitor log, September 2026
                    date: 2026-09-01
            """.formatted(HOSTILE.replace("\"", "\\\""));

    @TempDir
    static Path base;

    static Path output;

    @BeforeAll
    static void generate() {
        ProgramBuilder program = Fixtures.program(base)
                .statements("sp01.yaml", STATEMENTS)
                .file("customers/acme/customer.yaml", "name: Acme Water\n");
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

    static String read(String file) throws IOException {
        return Files.readString(output.resolve(file), StandardCharsets.UTF_8);
    }

    @Test
    void should_derive_a_record_id_from_the_first_words_of_its_description() {
        assertThat(EvidenceIds.derive(record("Visitor log, binder SEC-3 in the control room")))
                .isEqualTo("EV-visitor-log-binder-sec-3-in-the-control");
        assertThat(EvidenceIds.derive(record("Ticket 4711 in the on-site CMMS")))
                .isEqualTo("EV-ticket-4711-in-the-on-site-cmms");
        assertThat(EvidenceIds.derive(record("Zutrittsprotokoll-des-Ausweissystems-zwölf-Monate-aufbewahrt")))
                .as("cut between words")
                .isEqualTo("EV-zutrittsprotokoll-des-ausweissystems-zw");
        assertThat(EvidenceIds.derive(record("x".repeat(70)))).isEqualTo("EV-" + "x".repeat(40));
        assertThat(EvidenceIds.derive(record("§§§"))).isEqualTo("EV-record");
        assertThat(EvidenceIds.derive(record("Visitor log, binder SEC-3 in the control room")))
                .as("stable")
                .isEqualTo(EvidenceIds.derive(record("Visitor log, binder SEC-3 in the control room")));
        assertThat(EvidenceIds.host(record("https://intranet.example/x"))).isEmpty();
    }

    private static Evidence record(String description) {
        return new Evidence(null, null, description, "t", LocalDate.of(2026, 1, 1), null, null, null, null, null, null);
    }

    @Test
    void should_be_one_register_record_per_description_without_size_or_hash() throws IOException {
        String csv = read("evidence-register.csv");
        assertThat(csv.lines().filter(l -> l.contains("Visitor log, September 2026")))
                .as("two citations, whitespace aside the same description: one record")
                .hasSize(1)
                .first()
                .asString()
                .startsWith("EV-visitor-log-binder-sec-3-in-the-control,\"Visitor log, September 2026\",record,")
                .contains(",record,\"" + VISITOR_LOG + "\",")
                .as("no size, no SHA-256")
                .endsWith(",2026-09-01,2026-12-31,\"SP.01.01 BR, SP.01.02 BR\",,,true,");
        assertThat(csv.lines().findFirst().orElseThrow())
                .contains(",Kind,Location,")
                .contains(",Size (bytes),SHA-256,");
        assertThat(csv.lines().filter(l -> l.contains("Acceptance form")))
                .singleElement()
                .asString()
                .contains(",record,\"Signed acceptance form, binder ACC-1 at the plant\",security-lead,")
                .endsWith(",SP.01.01 BR,,,false,");

        String adoc = read("evidence-register.adoc");
        assertThat(adoc)
                .contains("| Records kept elsewhere | 3")
                .contains("*Visitor log, September 2026* +\n" + VISITOR_LOG + "\n")
                .contains("| record, shareable\n")
                .contains("| record, internal\n");
    }

    @Test
    void should_show_title_and_description_in_the_handbook_and_the_matrix() throws IOException {
        assertThat(read("handbook.adoc"))
                .contains("* [.evidence-id]#EV-visitor-log-binder-sec-3-in-the-control# Visitor log, September 2026"
                        + " (record: " + VISITOR_LOG + "), 2026-09-01\n")
                .contains("* [.evidence-id]#EV-signed-acceptance-form-binder-acc-1-at# Acceptance form"
                        + " (record: Signed acceptance form, binder ACC-1 at the plant), 2026-09-02\n");
        assertThat(read("traceability-matrix.adoc"))
                .contains("Visitor log, September 2026 (record: " + VISITOR_LOG + "), 2026-09-01");
        assertThat(read("traceability-matrix.csv"))
                .contains("EV-visitor-log-binder-sec-3-in-the-control Visitor log, September 2026 (" + VISITOR_LOG
                        + ", 2026-09-01)");
    }

    @Test
    void should_show_a_shareable_record_to_a_customer_and_an_internal_one_on_request() throws IOException {
        String acme = read("customers/acme/handbook.adoc");
        assertThat(acme)
                .contains("Visitor log, September 2026 (record: " + VISITOR_LOG + "), 2026-09-01")
                .contains("* [.evidence-id]#EV-signed-acceptance-form-binder-acc-1-at# Acceptance form (available on"
                        + " request), 2026-09-02")
                .doesNotContain("ACC-1 at the plant");
        String matrix = read("customers/acme/traceability-matrix.adoc");
        assertThat(matrix).contains("Acceptance form (available on request)").doesNotContain("ACC-1 at the plant");
    }

    @Test
    void should_escape_a_description_that_holds_markup() throws IOException {
        for (String file : List.of(
                "handbook.adoc",
                "traceability-matrix.adoc",
                "evidence-register.adoc",
                "customers/acme/handbook.adoc",
                "customers/acme/traceability-matrix.adoc")) {
            assertThat(read(file))
                    .as(file)
                    .contains("pass:[link:file:///etc/passwd[x&#93; &lt;script&gt;alert(1)&lt;/script&gt; {doctitle}"
                            + " &#124; pass:[&lt;b&gt;b&lt;/b&gt;&#93;]")
                    .doesNotContain("<script>alert")
                    .doesNotContain("<b>b");
        }
    }

    @Test
    void should_put_no_record_into_the_package_and_date_it_in_the_calendar() throws IOException {
        List<String> entries = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(output.resolve(EvidencePackage.FILE)))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.add(e.getName());
            }
        }
        assertThat(entries).contains("evidence-register.csv").noneMatch(e -> e.startsWith(EvidencePackage.FOLDER));
        assertThat(read("review-calendar.ics"))
                .contains("UID:evidence-EV-visitor-log-binder-sec-3-in-the-control@")
                .contains("DTSTART;VALUE=DATE:20261231");
    }
}
