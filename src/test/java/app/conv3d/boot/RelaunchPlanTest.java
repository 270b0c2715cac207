package app.conv3d.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When a JVM without the Vector API starts the program again, and with what command. */
class RelaunchPlanTest {
    private static final Optional<Path> JAVA = Optional.of(Path.of("/jdk/bin/java"));
    private static final List<String> OPTIONS = List.of("-Dprism.order=sw", "-Xmx2g");
    private static final List<String> ARGS = List.of("bench", "--runs", "3");

    /** A plain {@code java -jar} but for what a test changes. */
    private static RelaunchPlan.Situation situation(boolean vectorLoaded, boolean vectorInRuntime, boolean guardSet,
            String engine, Optional<Path> java, List<String> options, List<String> args) {
        return new RelaunchPlan.Situation(vectorLoaded, vectorInRuntime, guardSet, engine, java,
                "conv3d-explorer.jar", "app.conv3d.cli.Launcher", options, args);
    }

    private static Optional<List<String>> plan(boolean vectorLoaded, boolean vectorInRuntime, boolean guardSet,
            String engine, Optional<Path> java) {
        return RelaunchPlan.command(situation(vectorLoaded, vectorInRuntime, guardSet, engine, java, OPTIONS, ARGS));
    }

    @Test
    void aPlainJavaJarRunsAgainWithTheModuleTheSameOptionsAndArguments() {
        assertEquals(Optional.of(List.of("/jdk/bin/java", "-Dprism.order=sw", "-Xmx2g",
                        "--add-modules=jdk.incubator.vector", "-cp", "conv3d-explorer.jar", "app.conv3d.cli.Launcher",
                        "bench", "--runs", "3")),
                plan(false, true, false, null, JAVA));
    }

    @Test
    void noArgumentsStayNoArguments() {
        assertEquals(Optional.of(List.of("/jdk/bin/java", "-Xmx1g", "--add-modules=jdk.incubator.vector", "-cp",
                        "conv3d-explorer.jar", "app.conv3d.cli.Launcher")),
                RelaunchPlan.command(situation(false, true, false, null, JAVA, List.of(), List.of())));
    }

    @Test
    void withoutAHeapOptionTheHeapIsCappedAndAnyHeapOptionIsKeptInstead() {
        for (String own : List.of("-Xmx4g", "-XX:MaxHeapSize=3g", "-XX:MaxRAMPercentage=50")) {
            List<String> command = RelaunchPlan.command(
                    situation(false, true, false, null, JAVA, List.of(own), ARGS)).orElseThrow();
            assertEquals(List.of("/jdk/bin/java", own, "--add-modules=jdk.incubator.vector"), command.subList(0, 3));
        }
        List<String> plain = RelaunchPlan.command(
                situation(false, true, false, null, JAVA, List.of("-Dprism.order=sw"), ARGS)).orElseThrow();
        assertEquals(List.of("/jdk/bin/java", "-Dprism.order=sw", RelaunchPlan.HEAP,
                "--add-modules=jdk.incubator.vector"), plain.subList(0, 4));
    }

    @Test
    void staysWhenTheModuleIsLoadedAlready() {
        assertEquals(Optional.empty(), plan(true, true, false, null, JAVA));
    }

    @Test
    void staysInTheRelaunchedJvmSoItNeverLoops() {
        assertEquals(Optional.empty(), plan(false, true, true, null, JAVA));
    }

    @Test
    void staysWhenTheRuntimeHasNoVectorModule() {
        assertEquals(Optional.empty(), plan(false, false, false, null, JAVA));
    }

    @Test
    void staysWithoutAJavaExecutable() {
        assertEquals(Optional.empty(), plan(false, true, false, null, Optional.empty()));
    }

    @Test
    void staysWhenTheScalarEngineWasAskedFor() {
        assertEquals(Optional.empty(), plan(false, true, false, " Scalar", JAVA));
    }

    @Test
    void aDebuggersAgentIsNotStartedTwice() {
        var debugged = situation(false, true, false, null, JAVA,
                List.of("-agentlib:jdwp=transport=dt_socket,server=y,address=5005", "-Dx=1"), List.of());
        assertEquals(List.of("/jdk/bin/java", "-Dx=1", "-Xmx1g", "--add-modules=jdk.incubator.vector", "-cp",
                "conv3d-explorer.jar", "app.conv3d.cli.Launcher"), RelaunchPlan.command(debugged).orElseThrow());
    }
}
