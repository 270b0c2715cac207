package app.conv3d.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The snapshot command: a real PNG of the window (in a JVM of its own), and the input checks, refused before any window opens. */
class SnapshotCommandTest {
    @TempDir
    Path dir;

    /**
     * A PNG of the real window, made by the command in a JVM of its own (the command ends the JavaFX toolkit when
     * done, which this JVM's other UI tests still need), headless on Monocle as the other UI tests run.
     */
    @Test
    void writesAPngOfTheWindow() throws Exception {
        Path png = dir.resolve("window.png");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-modules=jdk.incubator.vector", "-Xmx1g",
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dheadless.geometry=1920x1200-32",
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName(),
                "snapshot", "--out", png.toString(), "--width", "800", "--height", "600", "--step", "40"));
        Path log = dir.resolve("snapshot.log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(150, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            fail("snapshot did not finish in 150 s:\n" + Files.readString(log));
        }
        assertEquals(0, p.exitValue(), Files.readString(log));
        assertTrue(Files.readString(log).contains("wrote " + png), Files.readString(log));

        byte[] bytes = Files.readAllBytes(png);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, Arrays.copyOf(bytes, 8));
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(800, image.getWidth());
        assertEquals(600, image.getHeight());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < 600; y += 3) {
            for (int x = 0; x < 800; x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        // A window: panels, text, the clip and its features; not one flat colour.
        assertTrue(colours.size() > 200, colours.size() + " colours");
        try (var left = Files.list(dir)) {
            assertEquals(List.of("snapshot.log", "window.png"), left.map(f -> f.getFileName().toString()).sorted().toList(),
                    "no temp file left behind");
        }
    }

    @Test
    void aTinyWindowIsAUsageError() {
        CliRun run = CliRun.of("snapshot", "--out", dir.resolve("s.png").toString(), "--width", "100");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--width/--height"), run.err());
    }

    @Test
    void aNegativeStepIsAUsageError() {
        CliRun run = CliRun.of("snapshot", "--out", dir.resolve("s.png").toString(), "--step", "-3");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--step"), run.err());
    }

    @Test
    void aMissingFolderIsNamedInOneLine() {
        Path nowhere = dir.resolve("no-such-folder").resolve("s.png");
        CliRun run = CliRun.of("snapshot", "--out", nowhere.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("error: "), run.err());
        assertTrue(run.err().contains("no-such-folder"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }

    @Test
    void theKernelLabAndTheTextSizeCanBePhotographed() {
        CliRun run = CliRun.of("snapshot", "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("--kernel-lab"), run.out());
        assertTrue(run.out().contains("--scale"), run.out());
    }

    @Test
    void aTextSizeTheMenuDoesNotOfferIsAUsageError() {
        CliRun run = CliRun.of("snapshot", "--out", dir.resolve("s.png").toString(), "--scale", "300");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--scale"), run.err());
    }

    @Test
    void theOutputIsRequired() {
        assertEquals(2, CliRun.of("snapshot").exitCode());
    }
}
