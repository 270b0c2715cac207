package app.conv3d.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar conv3d-explorer.jar}, no flags, on the jar {@code package} built: it runs itself again with the
 * Vector API (the fast path), passes its exit code on, and in a JVM that may not relaunch says how to get the fast
 * path. Run by failsafe after {@code package}.
 */
class JarRelaunchIT {
    private static final Path JAR = Path.of("target", "conv3d-explorer.jar");

    @TempDir
    Path dir;

    @Test
    void aPlainJavaJarTakesTheVectorPath() throws Exception {
        Run run = javaJar(Map.of(), "bench", "--runs", "1", "--warmup", "0");
        assertEquals(0, run.code, run.toString());
        assertTrue(run.out.contains("path vector"), run.toString());
        assertTrue(!run.out.contains("slow path"), run.toString());
    }

    @Test
    void theExitCodeOfTheRelaunchedRunComesBack() throws Exception {
        Run run = javaJar(Map.of(), "render", "--input", dir.resolve("missing").toString(), "--kernel", "identity",
                "--gif", dir.resolve("out.gif").toString());
        assertEquals(2, run.code, run.toString());
        assertEquals(1, run.err.lines().count(), "one line, the error (not the JVM's incubator warning): " + run);
        assertTrue(run.err.startsWith("error: ") && run.err.contains("missing"), run.toString());
        assertTrue(!Files.exists(dir.resolve("out.gif")));
    }

    @Test
    void whereItMayNotRelaunchBenchSaysHowToGetTheFastPath() throws Exception {
        Run run = javaJar(Map.of(RelaunchPlan.GUARD, "1"), "bench", "--runs", "1", "--warmup", "0");
        assertEquals(0, run.code, run.toString());
        assertTrue(run.out.contains("path scalar"), run.toString());
        assertTrue(run.out.contains("--add-modules jdk.incubator.vector"), run.toString());
    }

    private Run javaJar(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().remove(RelaunchPlan.GUARD);
        builder.environment().putAll(env);
        Process p = builder.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError("java -jar " + String.join(" ", args) + " did not end in 120 s");
        }
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private record Run(int code, String out, String err) {
    }
}
