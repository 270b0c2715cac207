package app.conv3d.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CaptureCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            CommandLine cl = Commands.commandLine();
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            return cl.execute(args);
        });
    }

    @Test
    void recordsTheVirtualCameraIntoNumberedPngs() throws IOException {
        Path clip = dir.resolve("clip");
        int code = run("capture", "--out", clip.toString(), "--camera", "test-pattern", "--frames", "5",
                "--interval-ms", "20", "--countdown", "0");
        assertEquals(0, code, err.toString());
        for (int i = 1; i <= 5; i++) {
            BufferedImage image = ImageIO.read(clip.resolve("frame" + i + ".png").toFile());
            assertNotNull(image, "frame" + i + ".png is a readable PNG");
            assertEquals(320, image.getWidth());
        }
        try (Stream<Path> files = Files.list(clip)) {
            assertEquals(5, files.count(), "five frames and no temporary files");
        }
        assertTrue(out.toString().contains("wrote 5 frames"), out.toString());
    }

    @Test
    void anUnknownCameraExitsTwoNamingTheCamerasFound() {
        int code = run("capture", "--out", dir.toString(), "--driver", "test-pattern", "--camera", "Logitech");
        assertEquals(2, code);
        List<String> lines = err.toString().lines().toList();
        assertEquals(1, lines.size(), err.toString());
        assertTrue(lines.get(0).contains("'Logitech'") && lines.get(0).contains("'test-pattern'"), lines.get(0));
    }

    @Test
    void anUnknownDriverExitsTwoListingTheChoices() {
        int code = run("capture", "--out", dir.toString(), "--driver", "magic");
        assertEquals(2, code);
        assertTrue(err.toString().contains("auto, default, native, test-pattern"), err.toString());
    }

    @Test
    void zeroFramesIsAUserError() {
        assertEquals(2, run("capture", "--out", dir.toString(), "--camera", "test-pattern", "--frames", "0"));
        assertTrue(err.toString().startsWith("error: frames must be"), err.toString());
    }
}
