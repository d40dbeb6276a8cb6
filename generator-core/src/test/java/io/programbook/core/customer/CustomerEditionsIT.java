package io.programbook.core.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.api.DocumentOptions;
import io.programbook.core.api.GenerateRequest;
import io.programbook.core.api.GenerateResult;
import io.programbook.core.api.OutputFormat;
import io.programbook.core.pipeline.Programbook;
import io.programbook.core.testutil.ExampleProgram;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example's two customers, Wasserverband Marschland ({@code wvm}) and Molkerei Kranichsee
 * ({@code kranichsee}), built as AsciiDoc and tables: each edition holds nothing scoped to the other
 * customer and no source location, in every file under its folder.
 */
class CustomerEditionsIT {

    @TempDir
    static Path project;

    static Path output;
    static GenerateResult result;

    @BeforeAll
    static void generate() {
        Path program = ExampleProgram.copy(project.resolve("src/programbook"));
        output = project.resolve("target/programbook");
        result = new Programbook()
                .generate(new GenerateRequest(
                        project,
                        program,
                        output,
                        Optional.empty(),
                        DocumentOptions.of(Set.of(OutputFormat.ADOC, OutputFormat.HTML))));
    }

    /** Text scoped to Wasserverband Marschland: its statements, its evidence and its requirement. */
    static final List<String> WVM_ONLY = List.of(
            "Marschland",
            "wvm-ww2",
            "WVM.01.01",
            "within 24 hours of its detection",
            "Backup and restore test report, waterworks 2",
            "Remote access sheet, waterworks 2 maintenance contract");

    /** Text scoped to Molkerei Kranichsee. */
    static final List<String> KRANICHSEE_ONLY = List.of(
            "Kranichsee",
            "contracts/kranichsee/",
            "Remote access drill with the dairy",
            "remote-access-sheet-2025",
            "issued in the current format in May 2025");

    @Test
    void everyOutputOfEachCustomerIsWritten() {
        for (String customer : List.of("wvm", "kranichsee")) {
            Path folder = output.resolve("customers").resolve(customer);
            assertThat(folder.resolve("handbook.adoc")).isRegularFile();
            assertThat(folder.resolve("applicability.adoc")).isRegularFile();
            assertThat(folder.resolve("traceability-matrix.csv")).isRegularFile();
            assertThat(folder.resolve("gap-report.adoc")).isRegularFile();
            assertThat(folder.resolve("coverage.json")).isRegularFile();
        }
        assertThat(output.resolve("portfolio.csv")).isRegularFile();
        assertThat(output.resolve("portfolio.adoc")).isRegularFile();
        assertThat(output.resolve("portfolio.xlsx")).isRegularFile();
    }

    @Test
    void nothingScopedToOneCustomerIsInAnotherCustomersEdition() throws IOException {
        assertThat(findings(output.resolve("customers/kranichsee"), WVM_ONLY)).isEmpty();
        assertThat(findings(output.resolve("customers/wvm"), KRANICHSEE_ONLY)).isEmpty();
    }

    @Test
    void eachCustomersOwnContentIsInItsEdition() throws IOException {
        String wvm = Files.readString(output.resolve("customers/wvm/handbook.adoc"));
        assertThat(wvm)
                .contains("WVM.01.01 BR")
                .contains("within 24 hours of its detection")
                .contains("Wasserverband Marschland")
                // the utility's parameter replaces the provider's
                .contains(":log-retention-days: 365");
        String dairy = Files.readString(output.resolve("customers/kranichsee/handbook.adoc"));
        assertThat(dairy)
                .contains("issued in the current format in May 2025")
                .contains(":backup-retention-days: 60")
                .doesNotContain("Sheets for\ncontracts signed before 2025");
    }

    @Test
    void theCustomerAudienceShowsAgreedPositionsTasksAndEvidenceOnRequest() throws IOException {
        // the utility's documents are in German (language: de)
        String wvm = Files.readString(output.resolve("customers/wvm/handbook.adoc"));
        assertThat(wvm)
                .contains("== Vereinbarungen mit Wasserverband Marschland")
                .contains("| <<sp-07-02-br,SP.07.02 BR>> | Approve each remote session in the portal")
                .contains("| <<wvm-01-01-br,WVM.01.01 BR>> | Keep the IT security officer")
                // not shareable: by its title, without its link
                .contains("* [.evidence-id]#EV-remote-access-sheet# Remote access sheet, waterworks 2 maintenance"
                        + " contract (auf Anfrage verfügbar), 09.01.2026")
                // shareable file: by its title, without its place in the program folder
                .contains("# Backup and restore test report, waterworks 2, June 2026, 18.06.2026")
                // no internal gap box: the agreed position instead
                .doesNotContain("[.gaps]")
                .contains("[.agreed-position]\n.Vereinbarter Stand\nAbweichung akzeptiert von H. Claussen, IT security"
                        + " officer am 02.03.2026, gültig bis 31.03.2027");
        String dairy = Files.readString(output.resolve("customers/kranichsee/handbook.adoc"));
        assertThat(dairy)
                .contains("== Agreements with Molkerei Kranichsee eG")
                .contains("Deviation accepted by M. Petersen, plant manager on 2026-04-15, valid until 2026-11-30:")
                .contains("| <<sp-12-05-br,SP.12.05 BR>> | Provide a production shutdown window");
        // the profile chain names the profile the dairy's extends by its id, not by its path
        assertThat(Files.readString(output.resolve("customers/kranichsee/applicability.adoc")))
                .contains(
                        "| `kranichsee-dairy` | Nordwind services for Molkerei Kranichsee | 1.0 |  | nordwind-integration")
                .contains("Each decision names the profile rule that made it.\n");
        assertThat(Files.readString(output.resolve("customers/kranichsee/gap-report.adoc")))
                .doesNotContain("`evidence-missing`")
                .doesNotContain("| Where");
        // the provider's edition keeps its internal view
        String handbook = Files.readString(output.resolve("handbook.adoc"));
        assertThat(handbook)
                .contains("[.gaps]")
                .doesNotContain("[.agreed-position]")
                .doesNotContain("== Agreements with");
    }

    @Test
    void thePortfolioHasOneRowPerCustomer() throws IOException {
        assertThat(Files.readString(output.resolve("portfolio.csv")).lines())
                .containsExactly(
                        "\uFEFFCustomer,Name,Language,In scope,Covered,With gaps,Coverage,Deviations,Expiring,Next review",
                        "kranichsee,Molkerei Kranichsee eG,en,108,66,41,61.7 % (66 of 107 applicable items),1,1,2026-09-15",
                        "wvm,Wasserverband Marschland,de,109,84,24,77.8 % (84 of 108 applicable items),1,0,2026-09-15");
    }

    @Test
    void theSameInputsGiveTheSameBytes(@TempDir Path again) throws IOException {
        Path program = ExampleProgram.copy(again.resolve("src/programbook"));
        new Programbook()
                .generate(new GenerateRequest(
                        again,
                        program,
                        again.resolve("target/programbook"),
                        Optional.empty(),
                        DocumentOptions.of(Set.of(OutputFormat.ADOC))));
        for (String file : List.of(
                "customers/wvm/handbook.adoc",
                "customers/kranichsee/traceability-matrix.xlsx",
                "customers/kranichsee/applicability.adoc",
                "portfolio.xlsx")) {
            assertThat(again.resolve("target/programbook").resolve(file))
                    .as(file)
                    .hasSameBinaryContentAs(output.resolve(file));
        }
    }

    /** No path of the program, no rule location (file:line:column), no classpath resource. */
    static final Pattern LOCATION = Pattern.compile(
            "src/programbook|classpath:|\\.ya?ml:\\d+|\\bevidence/[\\w./-]+\\.\\w+|programbook/profiles/");

    @Test
    void everyLinkOfACustomersPagesOpensAFileOfItsEdition() throws IOException {
        for (String customer : List.of("wvm", "kranichsee")) {
            Path folder = output.resolve("customers").resolve(customer);
            assertThat(folder.resolve("evidence-register.html")).doesNotExist();
            assertThat(folder.resolve("review-calendar.html")).doesNotExist();
            assertThat(folder.resolve("evidence-package.zip")).doesNotExist();
            List<String> broken = new ArrayList<>();
            try (Stream<Path> pages = Files.list(folder)) {
                for (Path page : pages.filter(p -> p.toString().endsWith(".html"))
                        .sorted()
                        .toList()) {
                    for (Element link : Jsoup.parse(page.toFile(), "UTF-8").select("a[href]")) {
                        String href = link.attr("href");
                        String file = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
                        if (!file.isEmpty() && !file.contains(":") && !Files.isRegularFile(folder.resolve(file))) {
                            broken.add(customer + "/" + page.getFileName() + " -> " + href);
                        }
                    }
                }
            }
            assertThat(broken)
                    .as("links of %s's pages to files its edition does not have", customer)
                    .isEmpty();
        }
    }

    @Test
    void noCustomerEditionHasASourcePathOrRuleLocation() throws IOException {
        List<String> found = new ArrayList<>();
        for (String customer : List.of("wvm", "kranichsee")) {
            try (Stream<Path> files = Files.walk(output.resolve("customers").resolve(customer))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String text = text(file);
                    var matcher = LOCATION.matcher(text);
                    while (matcher.find()) {
                        found.add(output.relativize(file) + ": " + matcher.group());
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theProvidersEditionKeepsItsLocationsAndEveryEvidence() throws IOException {
        String handbook = Files.readString(output.resolve("handbook.adoc"));
        assertThat(handbook).contains("wvm-ww2").contains("Remote access drill with the dairy");
        assertThat(handbook).doesNotContain("WVM.01.01").doesNotContain("issued in the current format in May 2025");
        assertThat(Files.readString(output.resolve("applicability.adoc"))).contains("src/programbook/profile.yaml");
    }

    private static List<String> findings(Path folder, List<String> forbidden) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = text(file);
                for (String phrase : forbidden) {
                    if (text.contains(phrase)) {
                        found.add(output.relativize(file) + ": " + phrase);
                    }
                }
            }
        }
        return found;
    }

    /** A file's text; a workbook's text is in its zipped XML, so its bytes are read as Latin-1 text. */
    private static String text(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return file.toString().endsWith(".xlsx") ? XlsxText.of(bytes) : new String(bytes, StandardCharsets.UTF_8);
    }
}
