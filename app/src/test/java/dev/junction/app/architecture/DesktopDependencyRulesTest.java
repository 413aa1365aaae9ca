package dev.junction.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The desktop's part of the dependency law (docs/architecture.md), checked on the compiled classes. */
class DesktopDependencyRulesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.junction.designer", "dev.junction.app");
    }

    @Test
    void theDesignerNeverTouchesTheStoreTheEngineOrJdbc() {
        noClasses().that().resideInAPackage("dev.junction.designer..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.junction.store..", "dev.junction.engine..",
                        "dev.junction.cli..", "java.sql..", "javax.sql..", "io.javalin..")
                .because("the designer talks to the Executor port only, so local and remote runs look the same")
                .check(classes);
    }

    @Test
    void onlyTheAppsEngineWiringOpensTheLocalEngine() {
        noClasses().that().resideInAPackage("dev.junction.app..").and().resideOutsideOfPackage("dev.junction.app.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.junction.store..", "dev.junction.engine..")
                .because("the window gets an Executor; which one is decided in one place")
                .check(classes);
    }
}
