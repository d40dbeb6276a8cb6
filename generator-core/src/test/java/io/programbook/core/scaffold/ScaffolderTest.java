package io.programbook.core.scaffold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.programbook.core.api.GenerateRequest;
import io.programbook.core.api.GenerateResult;
import io.programbook.core.api.Generator;
import io.programbook.core.api.InitRequest;
import io.programbook.core.api.InitResult;
import io.programbook.core.api.OutputFormat;
import io.programbook.core.diag.GeneratorException;
import io.programbook.core.load.BundledData;
import io.programbook.core.testutil.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class ScaffolderTest {

    static final List<String> PROFILES = BundledData.PROFILES;

    @TempDir
    Path base;

    private final Generator generator = Generator.create();

    private InitResult init(Path project, String profile, String organisation) {
        return generator.init(new InitRequest(project, project.resolve("src/programbook"), profile, organisation));
    }

    private static List<String> names(List<Path> files, Path project) {
        return files.stream()
                .map(f -> project.relativize(f).toString().replace('\\', '/'))
                .toList();
    }

    @ParameterizedTest
    @FieldSource("PROFILES")
    void should_scaffold_a_program_that_builds_at_once_with_a_planned_stub_per_in_scope_item(String profile) {
        // when
        InitResult result = init(base, profile, "Acme Automation AG");
        GenerateResult built = generator.generate(new GenerateRequest(
                base,
                base.resolve("src/programbook"),
                base.resolve("target/programbook"),
                Set.of(OutputFormat.ADOC),
                Optional.empty(),
                Optional.empty()));

        // then
        assertThat(result.skipped()).isEmpty();
        assertThat(result.statements())
                .isEqualTo(result.inScope())
                .isEqualTo(built.inScope())
                .isPositive();
        assertThat(built.warnings()).isEmpty();
        assertThat(built.gaps()).isEqualTo(built.inScope());
        assertThat(result.catalog())
                .isEqualTo(profile.endsWith("-2015") ? "iec-62443-2-4@2015+AMD1:2017" : "iec-62443-2-4@2023");
    }

    @Test
    void should_write_program_profile_one_statement_file_per_area_and_the_folders() throws Exception {
        // when
        InitResult result = init(base, "integration-no-sis-no-wireless", "Acme \"Automation\": AG");

        // then: SP.04 and SP.05 are excluded by the profile, so they get no statements file
        assertThat(names(result.created(), base))
                .containsExactly(
                        "src/programbook/program.yaml",
                        "src/programbook/profile.yaml",
                        "src/programbook/statements/sp01-solution-staffing.yaml",
                        "src/programbook/statements/sp02-assurance.yaml",
                        "src/programbook/statements/sp03-architecture.yaml",
                        "src/programbook/statements/sp06-configuration-management.yaml",
                        "src/programbook/statements/sp07-remote-access.yaml",
                        "src/programbook/statements/sp08-event-management.yaml",
                        "src/programbook/statements/sp09-account-management.yaml",
                        "src/programbook/statements/sp10-malware-protection.yaml",
                        "src/programbook/statements/sp11-patch-management.yaml",
                        "src/programbook/statements/sp12-backup-restore.yaml",
                        "src/programbook/procedures/.gitkeep",
                        "src/programbook/evidence/.gitkeep");
        Path dir = base.resolve("src/programbook");
        assertThat(Files.readString(dir.resolve("program.yaml")))
                .contains(
                        "  name: \"Acme \\\"Automation\\\": AG\"\n",
                        "catalog: iec-62443-2-4@2023\nprofile: profile.yaml\n",
                        "  - id: security-lead\n");
        assertThat(Files.readString(dir.resolve("profile.yaml")))
                .contains("extends: [integration-no-sis-no-wireless]\n", "catalog: iec-62443-2-4@2023\n");
        assertThat(Files.readString(dir.resolve("statements/sp12-backup-restore.yaml")))
                .startsWith("# SP.12 Backup/Restore")
                .contains("""
                          - item: SP.12.01 BR
                            status: planned
                            owner: security-lead
                            text: |
                              To do: how the organisation meets this item.
                        """);
    }

    @Test
    void should_never_overwrite_a_file_and_report_what_it_left_alone() throws Exception {
        // given
        Path dir = base.resolve("src/programbook");
        Files.createDirectories(dir.resolve("statements"));
        Files.writeString(dir.resolve("program.yaml"), "# mine\n", StandardCharsets.UTF_8);
        Files.writeString(
                dir.resolve("statements/sp01-solution-staffing.yaml"), "# mine too\n", StandardCharsets.UTF_8);

        // when
        InitResult result = init(base, "all-of-2-4", null);

        // then
        assertThat(names(result.skipped(), base))
                .containsExactly(
                        "src/programbook/program.yaml", "src/programbook/statements/sp01-solution-staffing.yaml");
        assertThat(Files.readString(dir.resolve("program.yaml"))).isEqualTo("# mine\n");
        assertThat(Files.readString(dir.resolve("statements/sp01-solution-staffing.yaml")))
                .isEqualTo("# mine too\n");
        assertThat(names(result.created(), base))
                .contains("src/programbook/profile.yaml")
                .doesNotContain("src/programbook/program.yaml");

        // and a second run creates nothing
        InitResult again = init(base, "all-of-2-4", null);
        assertThat(again.created()).isEmpty();
        assertThat(again.skipped())
                .hasSize(result.created().size() + result.skipped().size());
    }

    @Test
    void should_write_the_same_skeleton_for_the_same_request() throws Exception {
        // when
        init(base.resolve("a"), "maintenance-provider", "Acme");
        init(base.resolve("b"), "maintenance-provider", "Acme");

        // then
        try (Stream<Path> files = Files.walk(base.resolve("a"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path twin = base.resolve("b").resolve(base.resolve("a").relativize(file));
                assertThat(Files.readAllBytes(twin)).as(file.toString()).isEqualTo(Files.readAllBytes(file));
            }
        }
        assertThat(Files.readString(base.resolve("a/src/programbook/program.yaml")))
                .doesNotContainPattern("20\\d\\d-\\d\\d-\\d\\d\\n");
    }

    @Test
    void should_reject_a_profile_that_is_not_bundled_naming_the_bundled_ones() {
        // when
        GeneratorException e = catchThrowableOfType(GeneratorException.class, () -> init(base, "all-of-2-5", null));

        // then
        assertThat(e.diagnostics())
                .singleElement()
                .hasToString(String.join(
                        System.lineSeparator(),
                        "src/programbook: error [PB-PROFILE-UNKNOWN] cannot scaffold a program for 'all-of-2-5': there is no"
                                + " bundled profile of that name",
                        "  hint: choose one of: all-of-2-4, integration-no-sis-no-wireless, maintenance-provider, ml3-assessment,"
                                + " all-of-2-4-2015, integration-no-sis-no-wireless-2015, maintenance-provider-2015,"
                                + " ml3-assessment-2015, or name a profile file of your own in the program folder (e.g."
                                + " profile.yaml)"));
        assertThat(base.resolve("src/programbook")).doesNotExist();
    }

    @Test
    void should_name_statement_files_after_the_area() {
        assertThat(Scaffolder.statementFileName(Fixtures.group("SP.12", "Backup/Restore")))
                .isEqualTo("sp12-backup-restore.yaml");
        assertThat(Scaffolder.statementFileName(Fixtures.group("ORG.01", "–"))).isEqualTo("org01.yaml");
        assertThat(Scaffolder.yamlString("a\\b \"c\"\td")).isEqualTo("\"a\\\\b \\\"c\\\"\\x09d\"");
    }
    // --- the organisation's own profile

    private static final String OWN_PROFILE = """
            id: acme-water
            name: ACME water utilities
            version: "1.0"
            catalog: iec-62443-2-4@2023
            extends: [maintenance-provider]
            exclude:
              - select: SP.12
                rationale: Backups are the asset owner's own duty under our contracts.
            additions: [acme-requirements.yaml]
            """;

    private static final String OWN_ADDITIONS = """
            id: acme-requirements
            edition: "2026"
            title: ACME commitments to customers
            groups:
              - id: ACM.01
                name: Customer commitments
                items:
                  - id: ACM.01.01 BR
                    title: Report security incidents to the customer within a day
                  - id: ACM.01.02 BR
                    title: Name a security contact for each site
            """;

    @Test
    void should_scaffold_from_the_organisations_own_profile_with_stubs_for_its_own_requirements() throws Exception {
        // given
        Path program = base.resolve("src/programbook");
        Files.createDirectories(program);
        Files.writeString(program.resolve("acme.yaml"), OWN_PROFILE, StandardCharsets.UTF_8);
        Files.writeString(program.resolve("acme-requirements.yaml"), OWN_ADDITIONS, StandardCharsets.UTF_8);

        // when
        InitResult result = init(base, "acme.yaml", "ACME Service GmbH");
        GenerateResult built = generator.generate(new GenerateRequest(
                base,
                program,
                base.resolve("target/programbook"),
                Set.of(OutputFormat.ADOC),
                Optional.empty(),
                Optional.empty()));

        // then
        assertThat(Files.readString(program.resolve("program.yaml"))).contains("profile: acme.yaml");
        assertThat(names(result.created(), base))
                .doesNotContain("src/programbook/profile.yaml")
                .contains("src/programbook/statements/acm01-customer-commitments.yaml")
                .noneMatch(f -> f.contains("sp12"));
        assertThat(Files.readString(program.resolve("statements/acm01-customer-commitments.yaml")))
                .contains("- item: ACM.01.01 BR", "- item: ACM.01.02 BR");
        assertThat(Files.readString(program.resolve("acme.yaml"))).isEqualTo(OWN_PROFILE);
        assertThat(result.statements()).isEqualTo(result.inScope()).isEqualTo(built.inScope());
        assertThat(built.covered()).isZero();
    }

    @Test
    void should_report_a_mistake_in_the_own_profile_where_the_build_would_and_write_nothing() throws Exception {
        // given
        Path program = base.resolve("src/programbook");
        Files.createDirectories(program);
        Files.writeString(
                program.resolve("acme.yaml"),
                OWN_PROFILE
                        .replace("additions: [acme-requirements.yaml]\n", "")
                        .replace("    rationale: Backups are the asset owner's own duty under our contracts.\n", ""),
                StandardCharsets.UTF_8);

        // when
        GeneratorException e =
                catchThrowableOfType(GeneratorException.class, () -> init(base, "acme.yaml", "ACME Service GmbH"));

        // then
        assertThat(e.diagnostics()).isNotEmpty();
        assertThat(e.diagnostics().get(0).render())
                .startsWith("src/programbook/acme.yaml:7:")
                .contains("[PB-RATIONALE-MISSING]");
        try (Stream<Path> files = Files.list(program)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("acme.yaml");
        }
    }

    @Test
    void should_reject_an_own_profile_file_that_does_not_exist() {
        // when
        GeneratorException e =
                catchThrowableOfType(GeneratorException.class, () -> init(base, "acme.yaml", "ACME Service GmbH"));

        // then
        assertThat(e.diagnostics()).hasSize(1);
        assertThat(e.diagnostics().get(0).render())
                .startsWith("src/programbook/acme.yaml: error [PB-PROFILE-UNKNOWN] cannot scaffold a program for the"
                        + " profile file 'acme.yaml': there is no such file in the program folder");
    }
}
