package app.conv3d.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** {@code snapshot --layout}: the real window photographed, and where its regions were, as one JSON object. */
class SnapshotLayoutTest {
    private static final Pattern REGION = Pattern.compile(
            "\"(\\w+)\": \\{\"x\": (-?[\\d.]+), \"y\": (-?[\\d.]+), \"width\": ([\\d.]+), \"height\": ([\\d.]+)\\}");

    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        // Started the way the UI tests start it, so that they find it running after this class.
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void writesTheBoundsOfEveryRegionShowingWithTheKernelLabInTheArithmeticsPlace() throws Exception {
        Path png = dir.resolve("w.png");
        Path json = dir.resolve("w.json");
        CliRun run = CliRun.of("snapshot", "--out", png.toString(), "--layout", json.toString(),
                "--width", "1280", "--height", "720", "--kernel-lab");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.size(png) > 0);
        String text = Files.readString(json);
        assertTrue(text.strip().startsWith("{") && text.strip().endsWith("}"), text);
        for (String key : new String[] {"window", "volume", "features", "kernelLab", "kernel"}) {
            assertTrue(bounds(text, key) != null, key + " in " + text);
        }
        assertFalse(text.contains("\"arithmetic\""), "the lab took the arithmetic's place: " + text);
        double[] window = bounds(text, "window");
        assertEquals(1280, window[2], 0.5);
        assertTrue(bounds(text, "volume")[2] >= 0.30 * 1280, text);
        assertTrue(bounds(text, "features")[2] >= 0.30 * 1280, text);
        double[] volume = bounds(text, "volume");
        double[] kernel = bounds(text, "kernel");
        assertTrue(kernel[2] > 0 && kernel[3] > 0, "the kernel has a size: " + text);
        assertTrue(kernel[0] >= volume[0] && kernel[0] + kernel[2] <= volume[0] + volume[2]
                && kernel[1] >= volume[1] && kernel[1] + kernel[3] <= volume[1] + volume[3],
                "the kernel lies inside the volume view: " + text);
    }

    @Test
    void theBareWindowShowsTheArithmeticAndNoLab() throws Exception {
        Path json = dir.resolve("bare.json");
        CliRun run = CliRun.of("snapshot", "--out", dir.resolve("bare.png").toString(), "--layout", json.toString(),
                "--width", "1920", "--height", "1080");
        assertEquals(0, run.exitCode(), run.err());
        String text = Files.readString(json);
        assertTrue(bounds(text, "arithmetic") != null, text);
        assertFalse(text.contains("kernelLab"), text);
        assertTrue(bounds(text, "volume")[2] >= 0.35 * 1920, text);
        assertTrue(bounds(text, "features")[2] >= 0.35 * 1920, text);
    }

    @Test
    void aLayoutFileInAMissingFolderIsRefusedBeforeAnythingIsWritten() {
        Path png = dir.resolve("s.png");
        CliRun run = CliRun.of("snapshot", "--out", png.toString(), "--layout",
                dir.resolve("no-such-folder").resolve("s.json").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("error: ") && run.err().contains("no-such-folder"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertFalse(Files.exists(png), "no picture either");
    }

    /** {x, y, width, height} of the region {@code name} in the layout file's text, or null. */
    private static double[] bounds(String text, String name) {
        Matcher m = REGION.matcher(text);
        while (m.find()) {
            if (m.group(1).equals(name)) {
                return new double[] {Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)),
                    Double.parseDouble(m.group(4)), Double.parseDouble(m.group(5))};
            }
        }
        return null;
    }
}
