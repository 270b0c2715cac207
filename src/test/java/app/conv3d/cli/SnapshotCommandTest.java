package app.conv3d.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.core.Axis3;
import app.conv3d.core.ConvSpec;
import app.conv3d.core.KernelBank;
import app.conv3d.core.KernelPreset;
import app.conv3d.core.Volume;
import app.conv3d.io.LessonFile;
import app.conv3d.io.LessonView;
import app.conv3d.io.SavedLesson;
import app.conv3d.ui.files.LessonState;
import app.conv3d.ui.lesson.LessonSize;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
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
        snapshotInItsOwnJvm("snapshot", "--out", png.toString(), "--width", "800", "--height", "600", "--step", "40");

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

    /**
     * The snapshot command in a JVM of its own (the command ends the JavaFX toolkit when done, which this JVM's other
     * UI tests still need), headless on Monocle as the other UI tests run; exit 0 and its "wrote" line.
     */
    private void snapshotInItsOwnJvm(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-modules=jdk.incubator.vector", "-Xmx1g",
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dheadless.geometry=1920x1200-32",
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        command.addAll(List.of(args));
        Path log = dir.resolve("snapshot.log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(150, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            fail("snapshot did not finish in 150 s:\n" + Files.readString(log));
        }
        assertEquals(0, p.exitValue(), Files.readString(log));
        assertTrue(Files.readString(log).contains("wrote "), Files.readString(log));
    }

    /**
     * A saved tiny lesson (12x12 pixels, a 3x3x3 kernel) photographed: the kernel's box takes a quarter of the
     * volume's width, where on the default lesson (256 pixels, 5x5x5) it takes a fiftieth.
     */
    @Test
    void photographsASavedLesson() throws Exception {
        Random rnd = new Random(8);
        float[] data = new float[16 * 24 * 24 * 3];
        for (int i = 0; i < data.length; i++) {
            data[i] = rnd.nextInt(256);
        }
        Volume clip = new Volume(16, 24, 24, 3, data);
        KernelBank bank = KernelBank.of(KernelPreset.SOBEL_X.build(Axis3.all(3), 3));
        Path lesson = dir.resolve("tiny" + LessonFile.EXTENSION);
        LessonFile.save(lesson, new SavedLesson(clip, bank, ConvSpec.VALID, LessonSize.TINY.size(),
                LessonState.DEFAULT_DISPLAY, 0, new Axis3(1, 2, 3), LessonView.DEFAULT));
        Path png = dir.resolve("lesson.png");
        Path layout = dir.resolve("lesson.json");
        snapshotInItsOwnJvm("snapshot", "--lesson", lesson.toString(), "--out", png.toString(), "--layout",
                layout.toString(), "--width", "1280", "--height", "720");
        assertEquals(1280, ImageIO.read(png.toFile()).getWidth());
        String json = Files.readString(layout);
        double volume = width(json, "volume");
        double kernel = width(json, "kernel");
        assertTrue(kernel > 0.15 * volume, "kernel " + kernel + " of volume " + volume + ": " + json);
    }

    /** The width of {@code region} in the layout's JSON. */
    private static double width(String json, String region) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + region
                + "\": \\{[^}]*\"width\": ([0-9.]+)").matcher(json);
        assertTrue(m.find(), region + " in " + json);
        return Double.parseDouble(m.group(1));
    }

    @Test
    void aLessonFileThatDoesNotOpenIsOneLineAndNoPicture() throws Exception {
        Path lesson = dir.resolve("broken" + LessonFile.EXTENSION);
        Files.writeString(lesson, "not a lesson");
        Path png = dir.resolve("s.png");
        CliRun run = CliRun.of("snapshot", "--lesson", lesson.toString(), "--out", png.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("error: " + lesson), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertFalse(Files.exists(png));
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
