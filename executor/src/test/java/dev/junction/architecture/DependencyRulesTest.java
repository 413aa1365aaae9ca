package dev.junction.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The executor's part of the dependency law (docs/architecture.md), checked on the compiled classes. */
class DependencyRulesTest {

    private static JavaClasses executor;

    @BeforeAll
    static void importClasses() {
        executor = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.junction");
    }

    @Test
    void executorNeverUsesJavaFx() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .because("the executor runs headless on nodes and in the CLI")
                .check(executor);
    }

    @Test
    void theModelAndLoaderKnowNothingOfRunningOrStoring() {
        noClasses().that().resideInAnyPackage("dev.junction.workflow..", "dev.junction.expr..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.junction.engine..", "dev.junction.store..",
                        "dev.junction.cli..", "java.sql..")
                .because("definitions are loaded by the designer too, which must not touch the store")
                .check(executor);
    }

    @Test
    void stepKindsDoNotReachIntoTheEngineOrStore() {
        noClasses().that().resideInAnyPackage("dev.junction.steps..", "dev.junction.process..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.junction.engine..", "dev.junction.store..",
                        "dev.junction.cli..")
                .because("a step kind only sees its StepContext, so the scheduler can change freely")
                .check(executor);
    }

    @Test
    void theStoreDoesNotDependOnTheEngineOrCli() {
        noClasses().that().resideInAPackage("dev.junction.store..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.junction.engine..", "dev.junction.cli..")
                .because("the store persists events; it does not run anything")
                .check(executor);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("dev.junction.(**)").should().beFreeOfCycles().check(executor);
    }
}
