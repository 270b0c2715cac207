package app.conv3d.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.core.Axis3;
import app.conv3d.core.Colormap;
import app.conv3d.core.FeatureDisplay;
import app.conv3d.core.FeatureVolume;
import app.conv3d.core.InvalidSpecException;
import app.conv3d.core.Normalization;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bank grid says which kernel is which: a caption above every tile, the tiles' colours untouched. */
class BankGridCaptionTest {
    @TempDir
    Path dir;

    @Test
    void everyTileHasItsCaptionInInkAboveIt() throws IOException {
        FeatureVolume f = ExportFixtures.features(3, new Axis3(2, 10, 24));
        FeatureDisplay display = new FeatureDisplay(Normalization.SYMMETRIC, Colormap.DIVERGING);
        int scale = 4;
        int gap = 6;
        Path p = dir.resolve("bank.gif");
        List<String> captions = List.of("0  blur", "1  sobel x", "2  edited");
        BankGridGif.write(p, f, display, 100, scale, 0, gap, captions, ExportProgress.NONE);

        GifInspector g = GifInspector.read(p);
        int tileW = 24 * scale;
        int tileH = 10 * scale;
        int cap = TileCaption.HEIGHT;
        assertEquals(2 * tileW + gap, g.screenWidth());
        assertEquals(2 * (cap + tileH) + gap, g.screenHeight());
        int ink = display.colormap().argb(TileCaption.darkest(display.colormap().palette()));
        BufferedImage img = g.frames().get(1);
        String[] strips = new String[3];
        for (int k = 0; k < 3; k++) {
            int left = (k % 2) * (tileW + gap);
            int top = (k / 2) * (cap + tileH + gap);
            StringBuilder strip = new StringBuilder();
            int inked = 0;
            for (int y = 0; y < cap; y++) {
                for (int x = 0; x < tileW; x++) {
                    boolean isInk = img.getRGB(left + x, top + y) == ink;
                    inked += isInk ? 1 : 0;
                    strip.append(isInk ? '#' : '.');
                }
            }
            assertTrue(inked > 20, "caption " + k + " is written");
            strips[k] = strip.toString();
            int[] expected = display.argb(f, k, 1, display.displayRange(f, k));
            for (int y = 0; y < tileH; y++) {
                for (int x = 0; x < tileW; x++) {
                    assertEquals(expected[(y / scale) * 24 + x / scale], img.getRGB(left + x, top + cap + y),
                            "kernel " + k + " at " + x + "," + y);
                }
            }
        }
        assertNotEquals(strips[0], strips[1]);
        assertNotEquals(strips[1], strips[2]);
    }

    @Test
    void aCaptionPerKernelOrNone() {
        FeatureVolume f = ExportFixtures.features(3, new Axis3(2, 4, 4));
        FeatureDisplay d = new FeatureDisplay(Normalization.MAX, Colormap.GRAY);
        assertThrows(InvalidSpecException.class, () -> BankGridGif.write(dir.resolve("a.gif"), f, d, 100, 1, 0, 0,
                List.of("0", "1"), ExportProgress.NONE));
    }
}
