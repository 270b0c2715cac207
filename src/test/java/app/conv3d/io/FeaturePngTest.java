package app.conv3d.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.conv3d.core.Colormap;
import app.conv3d.core.FeatureDisplay;
import app.conv3d.core.FeatureVolume;
import app.conv3d.core.Normalization;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeaturePngTest {
    @TempDir
    Path dir;

    private final FeatureDisplay display = new FeatureDisplay(Normalization.SYMMETRIC, Colormap.DIVERGING);

    @Test
    void sliceHasTheDisplaysColours() throws IOException {
        FeatureVolume f = FeatureGifTest.features();
        Path p = dir.resolve("s.png");
        FeaturePng.writeSlice(p, f, 1, 2, display, 2);
        BufferedImage img = ImageIO.read(p.toFile());
        assertEquals(14, img.getWidth());
        assertEquals(10, img.getHeight());
        int[] expected = display.argb(f, 1, 2, display.displayRange(f, 1));
        for (int y = 0; y < 10; y++) {
            for (int x = 0; x < 14; x++) {
                assertEquals(expected[(y / 2) * 7 + x / 2] & 0xFFFFFF, img.getRGB(x, y) & 0xFFFFFF);
            }
        }
    }

    @Test
    void montagePlacesEveryStepInTheGrid() throws IOException {
        FeatureVolume f = FeatureGifTest.features(); // 3 steps of 5x7
        Path p = dir.resolve("m.png");
        FeaturePng.writeMontage(p, f, 0, display, 1, 2, 3);
        BufferedImage img = ImageIO.read(p.toFile());
        assertEquals(7 * 2 + 3, img.getWidth());
        assertEquals(5 * 2 + 3, img.getHeight());
        var range = display.displayRange(f, 0);
        int[] step2 = display.argb(f, 0, 2, range);
        assertEquals(step2[4 * 7 + 6] & 0xFFFFFF, img.getRGB(6, 5 + 3 + 4) & 0xFFFFFF);
        int[] step1 = display.argb(f, 0, 1, range);
        assertEquals(step1[0] & 0xFFFFFF, img.getRGB(7 + 3, 0) & 0xFFFFFF);
        assertEquals(0xFFFFFF, img.getRGB(8, 0) & 0xFFFFFF); // gap
        assertEquals(0xFFFFFF, img.getRGB(15, 12) & 0xFFFFFF); // empty fourth cell
    }
}
