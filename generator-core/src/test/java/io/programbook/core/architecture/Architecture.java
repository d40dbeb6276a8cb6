package io.programbook.core.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The rules of Programbook's package structure, written over a root package so that a test can
 * show each of them failing on a small fixture (test sources, {@code io.programbook.archfixture}).
 */
final class Architecture {

    private Architecture() {}

    /** The packages right under {@code root} (each with its subpackages) depend on each other without a cycle. */
    static ArchRule noCycles(String root) {
        return slices().matching(root + ".(*)..")
                .namingSlices("$1")
                .should()
                .beFreeOfCycles()
                .because("a cycle makes two packages one: neither can be understood, tested or replaced alone");
    }

    /**
     * The API packages depend on no other package of the project: they are the contract, the engine
     * implements it.
     *
     * @param project  the project's root package, e.g. {@code io.programbook}
     * @param packages the API's packages, e.g. {@code io.programbook.core.api..}
     */
    static ArchRule apiApart(String project, String... packages) {
        return noClasses()
                .that()
                .resideInAnyPackage(packages)
                .should()
                .dependOnClassesThat(resideInAPackage(project + "..").and(not(resideInAnyPackage(packages))))
                .because("the API must not depend on the engine: Generator.create() finds the engine as a service");
    }
}
