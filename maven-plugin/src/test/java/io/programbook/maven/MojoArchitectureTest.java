package io.programbook.maven;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Mojos adapt the API to Maven and use nothing of the engine behind it. */
class MojoArchitectureTest {

    @Test
    void should_use_only_the_api_and_diag_of_the_core() {
        JavaClasses mojos = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importLocations(List.of(Location.of(
                        GenerateMojo.class.getProtectionDomain().getCodeSource().getLocation())));

        noClasses()
                .that()
                .resideInAPackage("io.programbook.maven..")
                .should()
                .dependOnClassesThat(resideInAPackage("io.programbook.core..")
                        .and(not(resideInAnyPackage("io.programbook.core.api..", "io.programbook.core.diag.."))))
                .because("the engine can change behind the API; Generator.create() finds it as a service")
                .check(mojos);
    }
}
