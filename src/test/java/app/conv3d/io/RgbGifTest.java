package app.conv3d.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.core.Volume;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RgbGifTest {
    @TempDir
    Path dir;

    @Test
    void fewColoursSurviveExactly() throws IOException {
        List<BufferedImage> frames = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            BufferedImage img = new BufferedImage(9, 6, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < 6; y++) {
                for (int x = 0; x < 9; x++) {
                    img.setRGB(x, y, (x + t) % 3 == 0 ? 0x123456 : (y % 2 == 0 ? 0xFEDCBA : 0x00FF7F));
                }
            }
            frames.add(img);
        }
        Path p = dir.resolve("few.gif");
        RgbGif.write(p, frames, 50);
        GifInspector g = GifInspector.read(p);
        assertEquals(4, g.frames().size());
        assertEquals(List.of(5, 5, 5, 5), g.delays());
        assertTrue(g.loopsForever());
        for (int t = 0; t < 4; t++) {
            assertArrayEquals(frames.get(t).getRGB(0, 0, 9, 6, null, 0, 9),
                    g.frames().get(t).getRGB(0, 0, 9, 6, null, 0, 9));
        }
    }

    @Test
    void gradientClipKeepsItsColoursClose() throws IOException {
        int w = 64;
        int h = 48;
        float[] data = new float[3 * h * w * 3];
        for (int t = 0, i = 0; t < 3; t++) {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    data[i++] = x * 4;
                    data[i++] = y * 5;
                    data[i++] = (t * 80 + x + y) % 256;
                }
            }
        }
        Volume clip = new Volume(3, h, w, 3, data);
        Path p = dir.resolve("grad.gif");
        RgbGif.write(p, clip, 100);
        GifInspector g = GifInspector.read(p);
        assertEquals(3, g.frames().size());
        double error = 0;
        for (int t = 0; t < 3; t++) {
            BufferedImage img = g.frames().get(t);
            assertEquals(w, img.getWidth());
            // Dithering trades per-pixel error for a correct local average: compare 4x4 block means.
            for (int by = 0; by < h; by += 4) {
                for (int bx = 0; bx < w; bx += 4) {
                    for (int c = 0; c < 3; c++) {
                        double got = 0;
                        double want = 0;
                        for (int y = by; y < by + 4; y++) {
                            for (int x = bx; x < bx + 4; x++) {
                                got += img.getRGB(x, y) >> (16 - 8 * c) & 0xFF;
                                want += clip.get(t, y, x, c);
                            }
                        }
                        error += Math.abs(got - want) / 16;
                    }
                }
            }
        }
        double meanError = error / (3 * (h / 4) * (w / 4) * 3);
        assertTrue(meanError < 4, "mean block error " + meanError);
    }

    @Test
    void medianCutKeepsFewColoursExactly() {
        int[] palette = MedianCutPalette.of(List.of(new int[] {0xFF0000, 0x00FF00, 0xFF0000}, new int[] {0x0000FF}), 256);
        assertArrayEquals(new int[] {0x0000FF, 0x00FF00, 0xFF0000}, palette);
    }

    @Test
    void medianCutSplitsTwoClustersIntoTheirMeans() {
        int[] pixels = {0x000000, 0x020202, 0x000000, 0x020202, 0xFAFAFA, 0xFCFCFC};
        int[] palette = MedianCutPalette.of(List.of(pixels), 2);
        assertEquals(2, palette.length);
        assertTrue(contains(palette, 0x010101), "dark mean");
        assertTrue(contains(palette, 0xFBFBFB), "light mean");
    }

    @Test
    void medianCutNeverExceedsTheLimit() {
        int[] pixels = new int[1 << 16];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = i * 2654435761L > 0 ? (int) (i * 2654435761L) & 0xFFFFFF : i;
        }
        assertEquals(256, MedianCutPalette.of(List.of(pixels), 256).length);
    }

    @Test
    void floydSteinbergKeepsTheAverageOfAFlatGray() {
        int[] gray = new int[32 * 32];
        java.util.Arrays.fill(gray, 0x404040); // 64 of 255: about a quarter white
        byte[] idx = FloydSteinberg.dither(gray, 32, 32, new int[] {0x000000, 0xFFFFFF});
        int white = 0;
        for (byte b : idx) {
            white += b;
        }
        assertEquals(64 / 255.0, white / 1024.0, 0.02);
    }

    private static boolean contains(int[] a, int v) {
        for (int x : a) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }

    @Test
    void scaleDrawsEachDitheredPixelAsABlock() throws IOException {
        Volume clip = ExportFixtures.clip(3);
        Path p = dir.resolve("big.gif");
        RgbGif.write(p, clip, 40, 3, ExportProgress.NONE);
        GifInspector g = GifInspector.read(p);
        assertEquals(3, g.frames().size());
        assertEquals(List.of(4, 4, 4), g.delays());
        assertEquals(clip.width() * 3, g.screenWidth());
        assertEquals(clip.height() * 3, g.screenHeight());
        BufferedImage f = g.frames().get(1);
        for (int y = 0; y < clip.height() * 3; y++) {
            for (int x = 0; x < clip.width() * 3; x++) {
                assertEquals(f.getRGB(x / 3 * 3, y / 3 * 3), f.getRGB(x, y), "block at " + x + "," + y);
            }
        }
    }
}
