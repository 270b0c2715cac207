package app.conv3d;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.net.Proxy;
import java.net.URL;
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
                        "app.conv3d.train..",
                        "javafx..", "java.awt..", "javax.imageio..", "javax.swing..", "java.nio.file..", "java.io..",
                        "picocli..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
                .check(classes);
    }

    /** Training is arithmetic on the engine: like core, no toolkit and no files. */
    @Test
    void trainUsesCoreAndTheJdkOnly() {
        noClasses().that().resideInAPackage("app.conv3d.train..")
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

    /** What runs first in Launcher.main must not start a toolkit or the engine before it has decided to relaunch. */
    @Test
    void bootKnowsOnlyIo() {
        noClasses().that().resideInAPackage("app.conv3d.boot..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "app.conv3d.core..", "app.conv3d.capture..", "app.conv3d.ui..", "app.conv3d.cli..",
                        "javafx..", "picocli..")
                .check(classes);
    }

    /**
     * The UI's models (every {@code XxxModel}, the lesson's presentation model and the capture dialog's session,
     * nested classes included) hold
     * state and commands only, so they run in a test with no toolkit: no scene graph, no application thread.
     */
    @Test
    void modelsStayOffTheSceneGraph() {
        noClasses().that(UI_MODELS)
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.application..")
                .check(classes);
    }

    private static final DescribedPredicate<JavaClass> UI_MODELS = DescribedPredicate.describe(
            "are UI models (app.conv3d.ui..*Model, ui.lesson.Lesson, ui.capture.CaptureSession)", c -> {
                String topLevel = c.getName().replaceFirst("\\$.*", "");
                return c.getPackageName().startsWith("app.conv3d.ui") && (topLevel.endsWith("Model")
                        || topLevel.equals("app.conv3d.ui.lesson.Lesson")
                        || topLevel.equals("app.conv3d.ui.capture.CaptureSession"));
            });

    /**
     * Private by design: the app's code opens no connection, so frames and lessons cannot leave the computer through
     * it. Reading resources through the URLs getResource gives is fine; opening a URL is not.
     */
    static final ArchRule NO_NETWORK = noClasses().that().resideInAPackage("app.conv3d..")
            .should().dependOnClassesThat().haveFullyQualifiedName("java.net.Socket")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.ServerSocket")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.DatagramSocket")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.MulticastSocket")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.URLConnection")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.HttpURLConnection")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.channels.SocketChannel")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.channels.ServerSocketChannel")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.channels.DatagramChannel")
            .orShould().dependOnClassesThat().resideInAnyPackage("java.net.http..", "javax.net..")
            .orShould().callMethod(URL.class, "openConnection")
            .orShould().callMethod(URL.class, "openConnection", Proxy.class)
            .orShould().callMethod(URL.class, "openStream")
            .orShould().callMethod(URL.class, "getContent")
            .because("frames and lessons stay on this computer (docs/architecture.md, \"Private by design\")");

    @Test
    void theAppOpensNoNetworkConnection() {
        NO_NETWORK.check(classes);
    }

    @Test
    void theNetworkRuleCatchesASocketAndAnOpenedUrl() {
        JavaClasses offenders = new ClassFileImporter().importClasses(NetworkOffenders.Upload.class,
                NetworkOffenders.Download.class, NetworkOffenders.HttpClientUser.class);
        AssertionError caught = assertThrows(AssertionError.class, () -> NO_NETWORK.check(offenders));
        String report = caught.getMessage();
        assertTrue(report.contains("java.net.Socket") && report.contains("openStream")
                && report.contains("java.net.http.HttpClient"), report);
    }

    @Test
    void nothingImportsTheCommandLine() {
        noClasses().that().resideOutsideOfPackage("app.conv3d.cli..")
                .should().dependOnClassesThat().resideInAPackage("app.conv3d.cli..")
                .check(classes);
    }

    /**
     * The Train mode's state (TrainRun*, ConfusionMatrix: what the tests drive without a toolkit) stays off the scene
     * graph like every model, and the mode knows neither the window nor the file commands: they plug it in (MainWindow
     * owns its region, LessonCommands saves its model), so nothing in ui.train reaches back into them.
     */
    @Test
    void theTrainModesStateIsToolkitFreeAndItKnowsNotTheWindow() {
        noClasses().that().resideInAPackage("app.conv3d.ui.train").and().haveSimpleNameStartingWith("TrainRun")
                .or().haveSimpleName("ConfusionMatrix")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.application..")
                .check(classes);
        noClasses().that().resideInAPackage("app.conv3d.ui.train..")
                .should().dependOnClassesThat(DescribedPredicate.describe(
                        "are the window, its menus or the file commands (the FileChoice it is given aside)",
                        c -> c.getPackageName().startsWith("app.conv3d.ui.app")
                                || c.getName().equals("app.conv3d.ui.MainWindow")
                                || c.getPackageName().equals("app.conv3d.ui.files")
                                && !c.getSimpleName().equals("FileChoice") && !c.getName().contains("FileChoice$")))
                .check(classes);
    }
}
