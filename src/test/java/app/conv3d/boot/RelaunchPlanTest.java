package app.conv3d.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When a JVM without the Vector API starts the program again, and with what command. */
class RelaunchPlanTest {
    private static final Path JAVA = Path.of("/jdk/bin/java");

    private static RelaunchPlan.Situation plainJavaJar() {
        return new RelaunchPlan.Situation(false, true, false, null, Optional.of(JAVA), "conv3d-explorer.jar",
                "app.conv3d.cli.Launcher", List.of("-Dprism.order=sw", "-Xmx2g"), List.of("bench", "--runs", "3"));
    }

    @Test
    void aPlainJavaJarRunsAgainWithTheModuleTheSameOptionsAndArguments() {
        assertEquals(Optional.of(List.of("/jdk/bin/java", "-Dprism.order=sw", "-Xmx2g",
                        "--add-modules=jdk.incubator.vector", "-cp", "conv3d-explorer.jar", "app.conv3d.cli.Launcher",
                        "bench", "--runs", "3")),
                RelaunchPlan.command(plainJavaJar()));
    }

    @Test
    void noArgumentsStayNoArguments() {
        var s = plainJavaJar();
        var noArgs = new RelaunchPlan.Situation(false, true, false, null, s.java(), s.classPath(), s.mainClass(),
                List.of(), List.of());
        assertEquals(Optional.of(List.of("/jdk/bin/java", "--add-modules=jdk.incubator.vector", "-cp",
                "conv3d-explorer.jar", "app.conv3d.cli.Launcher")), RelaunchPlan.command(noArgs));
    }

    @Test
    void staysWhenTheModuleIsLoadedAlready() {
        var s = plainJavaJar();
        assertEquals(Optional.empty(), RelaunchPlan.command(new RelaunchPlan.Situation(true, true, false, null,
                s.java(), s.classPath(), s.mainClass(), s.jvmOptions(), s.args())));
    }

    @Test
    void staysInTheRelaunchedJvmSoItNeverLoops() {
        var s = plainJavaJar();
        assertEquals(Optional.empty(), RelaunchPlan.command(new RelaunchPlan.Situation(false, true, true, null,
                s.java(), s.classPath(), s.mainClass(), s.jvmOptions(), s.args())));
    }

    @Test
    void staysWhenTheRuntimeHasNoVectorModule() {
        var s = plainJavaJar();
        assertEquals(Optional.empty(), RelaunchPlan.command(new RelaunchPlan.Situation(false, false, false, null,
                s.java(), s.classPath(), s.mainClass(), s.jvmOptions(), s.args())));
    }

    @Test
    void staysWithoutAJavaExecutable() {
        var s = plainJavaJar();
        assertEquals(Optional.empty(), RelaunchPlan.command(new RelaunchPlan.Situation(false, true, false, null,
                Optional.empty(), s.classPath(), s.mainClass(), s.jvmOptions(), s.args())));
    }

    @Test
    void staysWhenTheScalarEngineWasAskedFor() {
        var s = plainJavaJar();
        assertEquals(Optional.empty(), RelaunchPlan.command(new RelaunchPlan.Situation(false, true, false, " Scalar",
                s.java(), s.classPath(), s.mainClass(), s.jvmOptions(), s.args())));
    }

    @Test
    void aDebuggersAgentIsNotStartedTwice() {
        var s = plainJavaJar();
        var debugged = new RelaunchPlan.Situation(false, true, false, null, s.java(), s.classPath(), s.mainClass(),
                List.of("-agentlib:jdwp=transport=dt_socket,server=y,address=5005", "-Dx=1"), List.of());
        assertEquals(List.of("/jdk/bin/java", "-Dx=1", "--add-modules=jdk.incubator.vector", "-cp",
                "conv3d-explorer.jar", "app.conv3d.cli.Launcher"), RelaunchPlan.command(debugged).orElseThrow());
    }
}
