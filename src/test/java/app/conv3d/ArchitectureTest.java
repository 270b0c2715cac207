package app.conv3d;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package rules of docs/architecture.md, checked on the compiled main classes. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.conv3d");
    }

    @Test
    void coreUsesTheJdkOnlyWithoutToolkitsOrFiles() {
        noClasses().that().resideInAPackage("app.conv3d.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "app.conv3d.io..", "app.conv3d.capture..", "app.conv3d.ui..", "app.conv3d.cli..",
                        "javafx..", "java.awt..", "javax.imageio..", "javax.swing..", "java.nio.file..", "java.io..",
                        "picocli..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
                .check(classes);
    }

    @Test
    void ioKnowsOnlyCore() {
        noClasses().that().resideInAPackage("app.conv3d.io..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "app.conv3d.capture..", "app.conv3d.ui..", "app.conv3d.cli..", "javafx..")
                .check(classes);
    }

    @Test
    void captureKnowsCoreAndIo() {
        noClasses().that().resideInAPackage("app.conv3d.capture..")
                .should().dependOnClassesThat().resideInAnyPackage("app.conv3d.ui..", "app.conv3d.cli..")
                .check(classes);
    }

    @Test
    void nothingImportsTheCommandLine() {
        noClasses().that().resideOutsideOfPackage("app.conv3d.cli..")
                .should().dependOnClassesThat().resideInAPackage("app.conv3d.cli..")
                .check(classes);
    }
}
