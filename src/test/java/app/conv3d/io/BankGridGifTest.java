package app.conv3d.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.core.Axis3;
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

class BankGridGifTest {
    @TempDir
    Path dir;

    @Test
    void fiveKernelsTileIntoThreeByTwoWithExactColoursAndWhiteGaps() throws IOException {
        FeatureVolume f = ExportFixtures.features(5, new Axis3(4, 6, 7));
        FeatureDisplay display = new FeatureDisplay(Normalization.MINMAX, Colormap.GRAY);
        int scale = 2;
        int gap = 3;
        Path p = dir.resolve("bank.gif");
        BankGridGif.write(p, f, display, 120, scale, 0, gap, ExportProgress.NONE);

        GifInspector g = GifInspector.read(p);
        int tileW = 7 * scale;
        int tileH = 6 * scale;
        assertEquals(4, g.frames().size());
        assertEquals(Collections.nCopies(4, 12), g.delays());
        assertTrue(g.loopsForever());
        assertEquals(3 * tileW + 2 * gap, g.screenWidth());
        assertEquals(2 * tileH + gap, g.screenHeight());
        int gapColour = display.colormap().argb(BankGridGif.lightest(display.colormap().palette()));
        assertNearWhite(gapColour);
        for (int t = 0; t < 4; t++) {
            BufferedImage img = g.frames().get(t);
            for (int k = 0; k < 5; k++) {
                ValueRange range = display.displayRange(f, k);
                int[] expected = display.argb(f, k, t, range);
                int left = (k % 3) * (tileW + gap);
                int top = (k / 3) * (tileH + gap);
                for (int y = 0; y < tileH; y++) {
                    for (int x = 0; x < tileW; x++) {
                        assertEquals(expected[(y / scale) * 7 + x / scale], img.getRGB(left + x, top + y),
                                "kernel " + k + " t " + t + " at " + x + "," + y);
                    }
                }
            }
            assertEquals(gapColour, img.getRGB(tileW + 1, 0), "gap between columns");
            assertEquals(gapColour, img.getRGB(0, tileH + 1), "gap between rows");
            assertEquals(gapColour, img.getRGB(2 * (tileW + gap) + 1, tileH + gap + 1), "empty sixth cell");
        }
    }

    @Test
    void columnsAreNearSquareUnlessGiven() {
        assertEquals(1, BankGridGif.columns(1, 0));
        assertEquals(2, BankGridGif.columns(4, 0));
        assertEquals(3, BankGridGif.columns(5, 0));
        assertEquals(4, BankGridGif.columns(16, 0));
        assertEquals(5, BankGridGif.columns(5, 8));
        assertEquals(2, BankGridGif.columns(5, 2));
    }

    @Test
    void everyColormapsGapIsWhiteOrNearly() {
        for (Colormap map : Colormap.values()) {
            assertNearWhite(map.argb(BankGridGif.lightest(map.palette())));
        }
    }

    private static void assertNearWhite(int c) {
        assertTrue((c >> 16 & 0xFF) >= 254 && (c >> 8 & 0xFF) >= 254 && (c & 0xFF) >= 254, Integer.toHexString(c));
    }

    @Test
    void refusesBadLayoutAndHugeOutput() {
        FeatureVolume f = ExportFixtures.features(4, new Axis3(2, 300, 300));
        FeatureDisplay d = FeatureDisplay.DEFAULT;
        assertThrows(InvalidSpecException.class,
                () -> BankGridGif.write(dir.resolve("a.gif"), f, d, 100, 1, -1, 0, ExportProgress.NONE));
        assertThrows(InvalidSpecException.class,
                () -> BankGridGif.write(dir.resolve("a.gif"), f, d, 100, 1, 0, 65, ExportProgress.NONE));
        InvalidSpecException e = assertThrows(InvalidSpecException.class,
                () -> BankGridGif.write(dir.resolve("a.gif"), f, d, 100, 32, 0, 0, ExportProgress.NONE));
        assertTrue(e.getMessage().contains("19200x19200"), e.getMessage());
    }
}
