package app.conv3d.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Which engine a JVM gets, and that a JVM without the Vector API module still convolves. */
class ConvEnginesTest {

    @Test
    void theVectorEngineWhenTheModuleIsPresent() {
        assertEquals(ConvEngines.Choice.VECTOR, ConvEngines.choose(true, null));
        assertEquals(ConvEngines.Choice.VECTOR, ConvEngines.choose(true, "vector"));
        assertEquals(ConvEngines.Choice.VECTOR, ConvEngines.choose(true, ""));
    }

    @Test
    void thePropertyForcesTheScalarEngine() {
        assertEquals(ConvEngines.Choice.SCALAR, ConvEngines.choose(true, "scalar"));
        assertEquals(ConvEngines.Choice.SCALAR, ConvEngines.choose(true, " Scalar "));
    }

    @Test
    void theScalarEngineWithoutTheModuleWhateverThePropertySays() {
        assertEquals(ConvEngines.Choice.SCALAR, ConvEngines.choose(false, null));
        assertEquals(ConvEngines.Choice.SCALAR, ConvEngines.choose(false, "vector"));
    }

    @Test
    void theHintOnlyWhenTheModuleIsMissingAndTheFastPathWasNotRefusedByName() {
        assertEquals(Optional.empty(), ConvEngines.fastPathHint(true, null));
        assertEquals(Optional.empty(), ConvEngines.fastPathHint(false, "scalar"));
        String hint = ConvEngines.fastPathHint(false, null).orElseThrow();
        assertTrue(hint.contains("--add-modules jdk.incubator.vector"), hint);
    }

    @Test
    void aJvmWithoutTheModuleFallsBackToTheScalarEngine() throws Exception {
        assertEquals("scalar 5.0", runProbe(List.of()));
    }

    @Test
    void thePropertyForcesTheScalarEngineInARealJvm() throws Exception {
        assertEquals("scalar 5.0", runProbe(List.of("--add-modules=jdk.incubator.vector", "-Dconv3d.engine=scalar")));
    }

    @Test
    void aJvmWithTheModuleUsesTheVectorEngine() throws Exception {
        assertEquals("vector 5.0", runProbe(List.of("--add-modules=jdk.incubator.vector")));
    }

    /**
     * Runs {@link EngineProbe} in a fresh JVM with {@code flags}; returns its one line of output. The child writes
     * to files, not pipes, so waiting for it with a deadline comes first: a child that hangs fails the test in a
     * minute instead of blocking a read for ever.
     */
    private static String runProbe(List<String> flags) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(flags);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(EngineProbe.class.getName());
        Path out = Files.createTempFile("engine-probe", ".out");
        Path err = Files.createTempFile("engine-probe", ".err");
        try {
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                fail("the probe JVM did not finish in 60 s: " + Files.readString(err, StandardCharsets.UTF_8));
            }
            assertEquals(0, process.exitValue(), "probe failed: " + Files.readString(err, StandardCharsets.UTF_8));
            return Files.readString(out, StandardCharsets.UTF_8).trim();
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** Prints the engine and the value of a 1x1x1 convolution of a 5 by a weight of 1. */
    static final class EngineProbe {
        public static void main(String[] args) {
            Volume volume = new Volume(1, 1, 1, 1, new float[] {5});
            KernelBank bank = KernelBank.of(new Kernel(1, 1, 1, 1, new float[] {1}));
            System.out.println(Conv3d.path() + " " + Conv3d.apply(volume, bank, ConvSpec.VALID).get(0, 0, 0, 0));
        }
    }
}
