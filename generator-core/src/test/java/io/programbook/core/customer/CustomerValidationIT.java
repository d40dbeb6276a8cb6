package io.programbook.core.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.programbook.core.api.CheckRequest;
import io.programbook.core.api.CheckResult;
import io.programbook.core.api.GateResult;
import io.programbook.core.api.Gates;
import io.programbook.core.api.ValidateRequest;
import io.programbook.core.api.ValidateResult;
import io.programbook.core.diag.Diagnostic;
import io.programbook.core.diag.GeneratorException;
import io.programbook.core.diag.Rule;
import io.programbook.core.diag.Severity;
import io.programbook.core.pipeline.Programbook;
import io.programbook.core.testutil.ExampleProgram;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad customer input in the example, each found with its file, line and column, its rule and how to
 * fix it: content scoped to a customer that does not exist, a customer profile that does not
 * extend the provider's, a deviation for an item out of the customer's scope, an expired deviation
 * (a warning), a customer folder without its file.
 */
class CustomerValidationIT {

    @TempDir
    Path base;

    Path program;

    @BeforeEach
    void copyExample() {
        program = ExampleProgram.copy(base.resolve("src/programbook"));
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = program.resolve(file);
        String text = Files.readString(path);
        assertThat(text).contains(from);
        Files.writeString(path, text.replaceFirst(Pattern.quote(from), to));
    }

    private ValidateResult validate() {
        return new Programbook().validate(new ValidateRequest(base, program, Optional.empty(), false));
    }

    private List<String> errors() {
        GeneratorException e = catchThrowableOfType(GeneratorException.class, this::validate);
        assertThat(e).as("the run fails").isNotNull();
        return e.diagnostics().stream()
                .filter(d -> d.severity() == Severity.ERROR)
                .map(CustomerValidationIT::line)
                .toList();
    }

    private static String line(Diagnostic d) {
        return d.at() + " " + d.rule().code() + " " + d.message() + (d.hint() == null ? "" : " | " + d.hint());
    }

    @Test
    void theExampleWithItsCustomersIsValid() {
        ValidateResult result = validate();
        assertThat(result.warnings()).extracting(Diagnostic::rule).doesNotContain(Rule.DEVIATION_EXPIRED);
    }

    @Test
    void aStatementScopedToAnUnknownCustomerIsAnErrorAtTheId() throws IOException {
        edit("statements/wvm-waterworks.yaml", "    customers: [wvm]", "    customers: [wvn]");

        assertThat(errors())
                .containsExactly("src/programbook/statements/wvm-waterworks.yaml:6:17 PB-CUSTOMER-UNKNOWN there is no"
                        + " customer 'wvn': no customers/wvn/customer.yaml | did you mean 'wvm'? customers of the"
                        + " program: kranichsee, wvm; or declare it in customers/wvn/customer.yaml");
    }

    @Test
    void evidenceScopedToAnUnknownCustomerIsAnErrorAtTheId() throws IOException {
        edit("statements/sp07-remote-access.yaml", "customers: [kranichsee]", "customers: [kranich]");

        assertThat(errors())
                .singleElement()
                .asString()
                .startsWith(
                        "src/programbook/statements/sp07-remote-access.yaml:53:21 PB-CUSTOMER-UNKNOWN there is no customer 'kranich'");
    }

    @Test
    void aCustomerProfileThatDoesNotExtendTheProvidersIsAnError() throws IOException {
        edit("customers/kranichsee/profile.yaml", "extends: [../../profile.yaml]\n", "");

        assertThat(errors())
                .containsExactly("src/programbook/customers/kranichsee/customer.yaml:5:1 PB-CUSTOMER-PROFILE the"
                        + " profile 'kranichsee-dairy' of customer 'kranichsee' does not extend the provider's"
                        + " profile 'nordwind-integration' (src/programbook/profile.yaml) | add the provider's"
                        + " profile file to its 'extends:', relative to the customer's profile, e.g."
                        + " '../../profile.yaml'");
    }

    @Test
    void aDeviationForAnItemOutOfTheCustomersScopeIsAnError() throws IOException {
        // the provider's profile excludes SP.04 (wireless)
        edit("customers/kranichsee/customer.yaml", "item: SP.12.05 BR", "item: SP.04.01 BR");

        assertThat(errors())
                .containsExactly("src/programbook/customers/kranichsee/customer.yaml:10:5 PB-DEVIATION-SCOPE"
                        + " deviation for SP.04.01 BR, which is not in scope of the profile of customer"
                        + " 'kranichsee' | correct the item id, or bring the item into the customer's scope in its"
                        + " profile");
    }

    @Test
    void everyCustomerProblemIsReportedInOneRun() throws IOException {
        edit("customers/kranichsee/customer.yaml", "item: SP.12.05 BR", "item: SP.04.01 BR");
        edit("statements/wvm-waterworks.yaml", "    customers: [wvm]", "    customers: [wvn]");

        assertThat(errors())
                .extracting(l -> l.split(" ")[1])
                .containsExactlyInAnyOrder("PB-CUSTOMER-UNKNOWN", "PB-DEVIATION-SCOPE");
    }

    @Test
    void anExpiredDeviationIsAWarningAtItsDate() throws IOException {
        // the program's date is 2026-10-01
        edit("customers/kranichsee/customer.yaml", "validUntil: 2026-11-30", "validUntil: 2026-09-30");

        assertThat(validate().warnings())
                .map(CustomerValidationIT::line)
                .contains("src/programbook/customers/kranichsee/customer.yaml:19:5 PB-DEVIATION-EXPIRED the"
                        + " deviation for SP.12.05 BR accepted by M. Petersen, plant manager was valid until"
                        + " 2026-09-30, before the program's date 2026-10-01 | agree a new acceptance with the asset"
                        + " owner and update 'validUntil', or close the deviation and remove it");
    }

    @Test
    void aCustomerFolderWithoutItsFileIsAnError() throws IOException {
        Files.createDirectories(program.resolve("customers/ostholm"));

        assertThat(errors())
                .containsExactly("src/programbook/customers/ostholm/customer.yaml PB-CUSTOMER-FOLDER the customer"
                        + " folder 'ostholm' has no customer.yaml | create"
                        + " src/programbook/customers/ostholm/customer.yaml with at least 'name:' (see"
                        + " docs/customers.md)");
    }

    @Test
    void checkFailsTheDeviationsGateOfACustomerWithAnExpiredDeviation() throws IOException {
        edit("customers/kranichsee/customer.yaml", "validUntil: 2026-11-30", "validUntil: 2026-09-30");

        CheckResult result = new Programbook().check(new CheckRequest(base, program, Gates.none()));

        assertThat(result.failed())
                .containsExactly(GateResult.fail(
                        "deviations of customer kranichsee",
                        "1 of 1 accepted deviation expired before the program's date 2026-10-01",
                        List.of("SP.12.05 BR: valid until 2026-09-30, accepted by M. Petersen, plant manager")));
        assertThat(result.gates())
                .contains(GateResult.pass("deviations of customer wvm", "1 accepted deviation, valid"))
                .contains(GateResult.pass(
                        "coverage of customer wvm", "77.8 % (84 of 108 applicable items covered), minimum 75.0 %"));
    }

    @Test
    void checkFailsTheCoverageGateOfACustomerBelowItsMinimum() throws IOException {
        edit("customers/kranichsee/customer.yaml", "minimumCoverage: 60", "minimumCoverage: 70");

        CheckResult result = new Programbook().check(new CheckRequest(base, program, Gates.none()));

        assertThat(result.failed()).singleElement().satisfies(gate -> {
            assertThat(gate.gate()).isEqualTo("coverage of customer kranichsee");
            assertThat(gate.message())
                    .isEqualTo("61.7 % is below the minimum of 70.0 % (66 of 107 applicable items covered; 41 items"
                            + " with gaps)");
        });
    }
}
