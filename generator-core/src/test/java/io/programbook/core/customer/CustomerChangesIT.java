package io.programbook.core.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.programbook.core.api.DiffRequest;
import io.programbook.core.api.DiffResult;
import io.programbook.core.api.DocumentOptions;
import io.programbook.core.api.GenerateRequest;
import io.programbook.core.api.OutputFormat;
import io.programbook.core.diag.Diagnostic;
import io.programbook.core.diag.GeneratorException;
import io.programbook.core.diag.Rule;
import io.programbook.core.pipeline.Programbook;
import io.programbook.core.testutil.ExampleProgram;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code diff} per customer: the example's program against a baseline copy of it, where the
 * current program changed a statement scoped to Wasserverband Marschland ({@code wvm}), added a
 * deviation to its register and raised its log retention, and gained a customer the baseline does
 * not have; the baseline has a customer the current program no longer has. Each customer's changes
 * show its own edition's changes, and nothing of another customer's.
 */
class CustomerChangesIT {

    @TempDir
    static Path project;

    static Path output;
    static DiffResult result;

    /** The statement scoped to the utility, as the current program words it. */
    static final String RESTORE_NOW = "within the agreed recovery time of four hours";

    /** The deviation the utility accepted since the baseline. */
    static final String NEW_DEVIATION = "The standby system of waterworks 2 is restored from the weekly";

    @BeforeAll
    static void diff() throws IOException {
        Path baseline = ExampleProgram.copy(project.resolve("release-3.2/src/programbook"));
        // a customer the current program no longer has
        write(baseline.resolve("customers/altkunde/customer.yaml"), "name: Altkunde Wasser GmbH\nlanguage: en\n");
        Path program = ExampleProgram.copy(project.resolve("src/programbook"));
        edit(program.resolve("program.yaml"), t -> t.replace("version: \"3.2\"", "version: \"3.3\""));
        edit(
                program.resolve("statements/wvm-waterworks.yaml"),
                t -> t.replace("within the agreed recovery time.", RESTORE_NOW + "."));
        edit(
                program.resolve("customers/wvm/customer.yaml"),
                t -> t
                        + "  - item: SP.12.05 BR\n"
                        + "    difference: >-\n"
                        + "      " + NEW_DEVIATION + " full backup, not the daily one.\n"
                        + "    compensation: >-\n"
                        + "      The daily backups are verified by checksum every morning.\n"
                        + "    acceptedBy: H. Claussen, IT security officer\n"
                        + "    acceptedOn: 2026-09-01\n"
                        + "    validUntil: 2027-06-30\n");
        edit(
                program.resolve("customers/wvm/profile.yaml"),
                t -> t.replace("log-retention-days: 365", "log-retention-days: 400"));
        // a customer the baseline does not have
        write(program.resolve("customers/nordheide/customer.yaml"), "name: Stadtwerke Nordheide\nlanguage: en\n");
        output = project.resolve("target/programbook");
        // an earlier run's changes of the customer the program no longer has
        write(output.resolve("customers/altkunde/changes.html"), "stale");
        result = new Programbook().diff(request(output, Optional.empty()));
    }

    static DiffRequest request(Path out, Optional<String> customer) {
        return new DiffRequest(
                        project,
                        project.resolve("src/programbook"),
                        out,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(project.resolve("release-3.2")),
                        Optional.empty(),
                        DocumentOptions.of(Set.of(OutputFormat.ADOC, OutputFormat.HTML)))
                .withCustomer(customer);
    }

    @Test
    void eachCustomerOfTheCurrentProgramGetsItsChangesInItsFolder() {
        for (String customer : List.of("wvm", "kranichsee", "nordheide")) {
            Path folder = output.resolve("customers").resolve(customer);
            assertThat(folder.resolve("changes.adoc")).isRegularFile();
            assertThat(folder.resolve("changes.html")).isRegularFile();
            assertThat(folder.resolve("changes.json")).isRegularFile();
        }
        assertThat(output.resolve("changes.adoc")).isRegularFile();
        assertThat(result.files()).contains(output.resolve("customers/wvm/changes.html"));
        // nothing for a customer only the baseline has, and an earlier run's changes of it are gone
        assertThat(output.resolve("customers/altkunde/changes.adoc")).doesNotExist();
        assertThat(output.resolve("customers/altkunde/changes.html")).doesNotExist();
    }

    @Test
    void aChangeOfAStatementScopedToOneCustomerShowsInItsChangesOnly() throws IOException {
        String wvm = read("customers/wvm/changes.adoc");
        assertThat(section(wvm, "=== Text geändert", "\n== ")).contains("SP.12.05 BR");
        String dairy = read("customers/kranichsee/changes.adoc");
        assertThat(section(dairy, "=== Text changed", "\n== ")).isEqualTo("None.");
        // the provider's edition has the common statement of the item, which did not change
        String provider = read("changes.adoc");
        assertThat(section(provider, "=== Text changed", "\n== ")).isEqualTo("None.");
    }

    @Test
    void aDeviationAddedForOneCustomerShowsInItsChangesOnly() throws IOException {
        String wvm = read("customers/wvm/changes.adoc");
        assertThat(section(wvm, "=== Hinzugekommene Abweichungen", "\n=== "))
                .contains("| SP.12.05 BR |")
                .contains(NEW_DEVIATION)
                .contains("| H. Claussen, IT security officer, am 01.09.2026 |")
                .contains("| 30.06.2027");
        assertThat(wvm).contains("| Akzeptierte Abweichungen | 1 hinzugefügt, 0 entfallen, 0 geändert");
        String dairy = read("customers/kranichsee/changes.adoc");
        assertThat(section(dairy, "=== Deviations added", "\n=== ")).isEqualTo("None.");
        assertThat(dairy).contains("| Accepted deviations | 0 added, 0 removed, 0 changed");
        for (String file :
                List.of("customers/kranichsee/changes.adoc", "customers/kranichsee/changes.json", "changes.adoc")) {
            assertThat(read(file)).as(file).doesNotContain(NEW_DEVIATION).doesNotContain("Marschland");
        }
        String json = read("customers/wvm/changes.json");
        assertThat(json)
                .contains("\"kind\": \"customer\"")
                .contains("\"id\": \"wvm\"")
                .contains("\"validUntil\": \"2027-06-30\"");
    }

    @Test
    void aParameterAgreedWithOneCustomerShowsInItsChangesOnly() throws IOException {
        assertThat(section(read("customers/wvm/changes.adoc"), "=== Parameter", "\n== "))
                .contains("| log-retention-days | 365 | 400");
        for (String file : List.of("customers/kranichsee/changes.adoc", "changes.adoc")) {
            assertThat(section(read(file), "== Profile", "\n== "))
                    .as(file)
                    .endsWith("The profile decides scope, target maturity and parameters the same way on both sides.");
        }
    }

    @Test
    void aCustomersChangesAreInItsLanguageAndNameTheEditionsByVersion() throws IOException {
        String wvm = read("customers/wvm/changes.adoc");
        assertThat(wvm)
                .startsWith("= Was sich für Wasserverband Marschland geändert hat\n")
                .contains("| Von | Security Program for Integration and Maintenance Services (Version 3.2)")
                .contains("| Nach | Security Program for Integration and Maintenance Services (Version 3.3)");
        assertThat(read("customers/wvm/changes.html")).contains("<html lang=\"de\"");
        assertThat(read("customers/kranichsee/changes.adoc")).startsWith("= What changed for Molkerei Kranichsee eG\n");
    }

    @Test
    void nothingScopedToOneCustomerIsInAnotherCustomersChanges() throws IOException {
        List<String> found = new ArrayList<>();
        for (String name : List.of("changes.adoc", "changes.html", "changes.json")) {
            for (String customer : List.of("kranichsee", "nordheide")) {
                String text = read("customers/" + customer + "/" + name);
                CustomerEditionsIT.WVM_ONLY.stream()
                        .filter(text::contains)
                        .forEach(p -> found.add(customer + "/" + name + ": " + p));
            }
            String wvm = read("customers/wvm/" + name);
            CustomerEditionsIT.KRANICHSEE_ONLY.stream()
                    .filter(wvm::contains)
                    .forEach(p -> found.add("wvm/" + name + ": " + p));
        }
        assertThat(found).isEmpty();
    }

    @Test
    void aCustomersChangesHaveNoSourcePathRuleLocationOrToken() throws IOException {
        List<String> found = new ArrayList<>();
        for (String customer : List.of("wvm", "kranichsee", "nordheide")) {
            for (String name : List.of("changes.adoc", "changes.html")) {
                String text = read("customers/" + customer + "/" + name);
                var matcher = CustomerEditionsIT.LOCATION.matcher(text);
                while (matcher.find()) {
                    found.add(customer + "/" + name + ": " + matcher.group());
                }
                for (String internal : List.of("src/", "PB-", "release-3.2", "reviewed: {edition", "`evidence-")) {
                    if (text.contains(internal)) {
                        found.add(customer + "/" + name + ": " + internal);
                    }
                }
            }
        }
        assertThat(found).isEmpty();
        // the provider's own changes keep their locations
        assertThat(read("changes.adoc")).contains("release-3.2");
    }

    @Test
    void aCustomerTheBaselineDoesNotHaveGetsChangesThatSayItsEditionIsNew() throws IOException {
        String nordheide = read("customers/nordheide/changes.adoc");
        assertThat(nordheide)
                .startsWith("= What changed for Stadtwerke Nordheide\n")
                .contains("NOTE: The earlier version of the program has no edition for Stadtwerke Nordheide:")
                .doesNotContain("== Statements");
        assertThat(read("customers/nordheide/changes.json")).contains("\"firstEdition\": true");
    }

    @Test
    void theSameInputsGiveTheSameBytes(@TempDir Path again) throws IOException {
        Path second = again.resolve("programbook");
        new Programbook().diff(request(second, Optional.empty()));
        for (String customer : List.of("wvm", "kranichsee", "nordheide")) {
            for (String name : List.of("changes.adoc", "changes.html", "changes.json")) {
                String file = "customers/" + customer + "/" + name;
                assertThat(Files.readAllBytes(second.resolve(file)))
                        .as(file)
                        .isEqualTo(Files.readAllBytes(output.resolve(file)));
            }
        }
    }

    @Test
    void oneCustomerAlone(@TempDir Path elsewhere) {
        Path out = elsewhere.resolve("programbook");
        new Programbook().diff(request(out, Optional.of("kranichsee")));
        assertThat(out.resolve("customers/kranichsee/changes.adoc")).isRegularFile();
        assertThat(out.resolve("customers/wvm")).doesNotExist();
        assertThatThrownBy(() -> new Programbook().diff(request(out, Optional.of("wwm"))))
                .isInstanceOfSatisfying(
                        GeneratorException.class,
                        e -> assertThat(e.diagnostics().stream().filter(Diagnostic::isError))
                                .singleElement()
                                .satisfies(d -> {
                                    assertThat(d.rule()).isEqualTo(Rule.DIFF_REQUEST);
                                    assertThat(d.message())
                                            .isEqualTo(
                                                    "'customer' names 'wwm', which is not a customer of the current program");
                                    assertThat(d.hint()).isEqualTo("use one of: kranichsee, nordheide, wvm");
                                }));
    }

    @Test
    void oneCustomerOnlyWithABaseline(@TempDir Path elsewhere) {
        // into a folder of its own: a failed diff removes the changes of the folder it writes to
        DiffRequest editions = new DiffRequest(
                        project,
                        project.resolve("src/programbook"),
                        elsewhere.resolve("programbook"),
                        Optional.of("iec-62443-2-4@2015+AMD1:2017"),
                        Optional.of("iec-62443-2-4@2023"),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        DocumentOptions.of(Set.of(OutputFormat.ADOC)))
                .withCustomer(Optional.of("wvm"));
        assertThatThrownBy(() -> new Programbook().diff(editions))
                .isInstanceOfSatisfying(
                        GeneratorException.class,
                        e -> assertThat(e.diagnostics()).singleElement().satisfies(d -> {
                            assertThat(d.rule()).isEqualTo(Rule.DIFF_REQUEST);
                            assertThat(d.message())
                                    .isEqualTo("'customer' applies only when the program is compared with a baseline");
                        }));
    }

    @Test
    void aFailedDiffRemovesTheCustomersChanges(@TempDir Path elsewhere) {
        Path out = elsewhere.resolve("programbook");
        new Programbook().diff(request(out, Optional.empty()));
        assertThat(out.resolve("customers/wvm/changes.html")).isRegularFile();
        DiffRequest broken = new DiffRequest(
                project,
                project.resolve("src/programbook"),
                out,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(project.resolve("no-such-release")),
                Optional.empty(),
                DocumentOptions.of(Set.of(OutputFormat.ADOC, OutputFormat.HTML)));
        assertThatThrownBy(() -> new Programbook().diff(broken)).isInstanceOf(GeneratorException.class);
        assertThat(out.resolve("customers/wvm/changes.html")).doesNotExist();
        assertThat(out.resolve("customers/kranichsee/changes.adoc")).doesNotExist();
    }

    @Test
    void generateRemovesTheChangesOfACustomerTheProgramNoLongerHasAndKeepsTheOthers(@TempDir Path elsewhere) {
        Path out = elsewhere.resolve("programbook");
        write(out.resolve("customers/altkunde/changes.html"), "an earlier diff's");
        write(out.resolve("customers/wvm/changes.html"), "an earlier diff's");
        new Programbook()
                .generate(new GenerateRequest(
                        project,
                        project.resolve("src/programbook"),
                        out,
                        Optional.empty(),
                        DocumentOptions.of(Set.of(OutputFormat.ADOC))));
        assertThat(out.resolve("customers/altkunde/changes.html")).doesNotExist();
        assertThat(out.resolve("customers/wvm/changes.html")).hasContent("an earlier diff's");
        assertThat(out.resolve("customers/wvm/handbook.adoc")).isRegularFile();
    }

    /** The text of a section: after its heading, up to the next heading named. */
    static String section(String text, String heading, String next) {
        int start = text.indexOf(heading + "\n");
        assertThat(start).as("heading %s", heading).isNotNegative();
        start += heading.length() + 1;
        int end = text.indexOf(next, start);
        return (end < 0 ? text.substring(start) : text.substring(start, end)).strip();
    }

    private static String read(String file) throws IOException {
        return Files.readString(output.resolve(file));
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void edit(Path file, UnaryOperator<String> change) {
        try {
            String before = Files.readString(file);
            String after = change.apply(before);
            assertThat(after).as("edit of %s", file).isNotEqualTo(before);
            Files.writeString(file, after);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
