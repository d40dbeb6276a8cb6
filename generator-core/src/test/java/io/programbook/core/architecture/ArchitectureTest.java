package io.programbook.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import io.programbook.archfixture.cycle.first.First;
import io.programbook.archfixture.cycle.second.Second;
import io.programbook.archfixture.layers.api.Api;
import io.programbook.archfixture.layers.engine.Engine;
import io.programbook.core.api.Generator;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package structure of generator-core: no cycles between its packages, every class in a
 * package under {@code io.programbook.core} (so every class is in a slice), the API
 * ({@code api}, {@code diag}) apart from the engine, and no build tool anywhere. Each rule is shown
 * to fail on a fixture that breaks it.
 */
class ArchitectureTest {

    private static final String CORE = "io.programbook.core";
    private static final String API = CORE + ".api..";
    private static final String DIAG = CORE + ".diag..";

    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        // the main classes' folder (or jar) only: scanning the class path for the package would
        // open every library jar, JRuby's among them
        core = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importLocations(List.of(Location.of(
                        Generator.class.getProtectionDomain().getCodeSource().getLocation())));
    }

    @Test
    void should_have_no_cycle_between_the_packages_of_the_core() {
        Architecture.noCycles(CORE).check(core);
    }

    @Test
    void should_fail_the_cycle_rule_on_a_fixture_with_a_cycle() {
        JavaClasses fixture = new ClassFileImporter().importClasses(First.class, Second.class);

        assertThatThrownBy(() -> Architecture.noCycles("io.programbook.archfixture.cycle")
                        .check(fixture))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle detected")
                .hasMessageContaining("first")
                .hasMessageContaining("second");
    }

    @Test
    void should_keep_every_class_in_a_package_below_the_root() {
        noClasses()
                .should()
                .resideInAPackage(CORE)
                .because("a class in the root package belongs to no slice, so its cycles would go unseen")
                .check(core);
    }

    @Test
    void should_keep_the_api_and_diag_apart_from_the_engine() {
        Architecture.apiApart("io.programbook", API, DIAG).check(core);
    }

    @Test
    void should_fail_the_api_rule_on_a_fixture_whose_api_uses_its_engine() {
        JavaClasses fixture = new ClassFileImporter().importClasses(Api.class, Engine.class);

        assertThatThrownBy(() -> Architecture.apiApart(
                                "io.programbook.archfixture", "io.programbook.archfixture.layers.api..")
                        .check(fixture))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Api")
                .hasMessageContaining("Engine");
    }

    @Test
    void should_not_depend_on_maven() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.apache.maven..", "org.codehaus.plexus..")
                .because("generator-core is a plain library; the Maven plugin adapts it")
                .check(core);
    }

    @Test
    void should_find_the_engine_through_the_service_loader() {
        assertThatCode(() -> ServiceLoader.load(Generator.class).findFirst().orElseThrow())
                .doesNotThrowAnyException();
    }
}
