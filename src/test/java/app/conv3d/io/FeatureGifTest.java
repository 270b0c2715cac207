package app.conv3d.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.core.Colormap;
import app.conv3d.core.FeatureDisplay;
import app.conv3d.core.FeatureVolume;
import app.conv3d.core.InvalidSpecException;
import app.conv3d.core.Normalization;
import app.conv3d.core.ValueRange;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeatureGifTest {
    @TempDir
    Path dir;

    /** Two kernels, 3 frames of 5x7, values spanning negatives and positives. */
    static FeatureVolume features() {
        float[] v = new float[2 * 3 * 5 * 7];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (Math.sin(i * 0.37) * 40 + (i % 11) - 5);
        }
        return new FeatureVolume(2, 3, 5, 7, v);
    }

    @Test
    void everyPixelHasExactlyTheColormapColour() throws IOException {
        FeatureVolume f = features();
        for (Colormap map : Colormap.values()) {
            FeatureDisplay display = new FeatureDisplay(Normalization.SYMMETRIC, map);
            Path p = dir.resolve(map.id() + ".gif");
            FeatureGif.write(p, f, 1, display, 80);
            GifInspector g = GifInspector.read(p);
            assertEquals(3, g.frames().size());
            assertEquals(Collections.nCopies(3, 8), g.delays());
            assertTrue(g.loopsForever());
            ValueRange range = display.displayRange(f, 1);
            for (int t = 0; t < 3; t++) {
                BufferedImage img = g.frames().get(t);
                assertEquals(7, img.getWidth());
                assertEquals(5, img.getHeight());
                int[] expected = display.argb(f, 1, t, range);
                for (int y = 0; y < 5; y++) {
                    for (int x = 0; x < 7; x++) {
                        assertEquals(expected[y * 7 + x] & 0xFFFFFF, img.getRGB(x, y) & 0xFFFFFF,
                                map + " t=" + t + " at " + x + "," + y);
                    }
                }
            }
        }
    }

    @Test
    void scaledGifRepeatsEachValueAsABlock() throws IOException {
        FeatureVolume f = features();
        Path p = dir.resolve("s.gif");
        FeatureGif.write(p, f, 0, FeatureDisplay.DEFAULT, 100, 3);
        BufferedImage img = GifInspector.read(p).frames().get(2);
        assertEquals(21, img.getWidth());
        assertEquals(15, img.getHeight());
        int[] expected = FeatureDisplay.DEFAULT.argb(f, 0, 2, FeatureDisplay.DEFAULT.displayRange(f, 0));
        for (int y = 0; y < 15; y++) {
            for (int x = 0; x < 21; x++) {
                assertEquals(expected[(y / 3) * 7 + x / 3] & 0xFFFFFF, img.getRGB(x, y) & 0xFFFFFF);
            }
        }
    }

    @Test
    void unknownKernelIsRefused() {
        assertThrows(InvalidSpecException.class,
                () -> FeatureGif.write(dir.resolve("x.gif"), features(), 2, FeatureDisplay.DEFAULT, 100));
    }
}
