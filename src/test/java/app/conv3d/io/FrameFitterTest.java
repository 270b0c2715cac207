package app.conv3d.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class FrameFitterTest {
    private static RgbFrame frame(int h, int w, PixelFn fn) {
        float[] rgb = new float[h * w * 3];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                for (int c = 0; c < 3; c++) {
                    rgb[(y * w + x) * 3 + c] = fn.value(y, x, c);
                }
            }
        }
        return new RgbFrame(h, w, rgb);
    }

    interface PixelFn {
        float value(int y, int x, int c);
    }

    private static float at(RgbFrame f, int y, int x, int c) {
        return f.rgb()[(y * f.width() + x) * 3 + c];
    }

    @Test
    void sameSizeIsUntouched() {
        RgbFrame f = frame(5, 7, (y, x, c) -> (y * 31 + x * 7 + c * 101) % 256);
        assertSame(f, FrameFitter.fit(f, 5, 7));
    }

    @Test
    void halvingAveragesEachTwoByTwoBlock() {
        RgbFrame f = frame(4, 4, (y, x, c) -> y * 40 + x * 10 + c);
        RgbFrame half = FrameFitter.fit(f, 2, 2);
        for (int y = 0; y < 2; y++) {
            for (int x = 0; x < 2; x++) {
                for (int c = 0; c < 3; c++) {
                    float mean = (at(f, 2 * y, 2 * x, c) + at(f, 2 * y, 2 * x + 1, c) + at(f, 2 * y + 1, 2 * x, c)
                            + at(f, 2 * y + 1, 2 * x + 1, c)) / 4;
                    assertEquals(mean, at(half, y, x, c), 1e-4);
                }
            }
        }
    }

    @Test
    void downscalingDoesNotAliasAFineCheckerboard() {
        // Nearest-neighbour would pick all-black or all-white; area averaging gives the true mean.
        RgbFrame checker = frame(30, 30, (y, x, c) -> (x + y) % 2 == 0 ? 255 : 0);
        RgbFrame small = FrameFitter.fit(checker, 10, 10);
        for (float v : small.rgb()) {
            assertEquals(127.5, v, 255.0 / 9 + 1e-3);
        }
    }

    @Test
    void wideFrameIsCentreCroppedToSquare() {
        // 4 rows x 8 columns: the middle 4 columns (2..5) are white, the sides black.
        RgbFrame wide = frame(4, 8, (y, x, c) -> x >= 2 && x <= 5 ? 255 : 0);
        RgbFrame square = FrameFitter.fit(wide, 4, 4);
        for (float v : square.rgb()) {
            assertEquals(255f, v);
        }
    }

    @Test
    void tallFrameIsCentreCroppedToWide() {
        // 8 rows x 4 columns to 2x4: keep rows 3..4 (value = row).
        RgbFrame tall = frame(8, 4, (y, x, c) -> y * 10);
        RgbFrame wide = FrameFitter.fit(tall, 2, 4);
        assertEquals(30f, at(wide, 0, 0, 0), 1e-4);
        assertEquals(40f, at(wide, 1, 3, 2), 1e-4);
    }

    @Test
    void upscalingIsSmoothAndKeepsFlatAreasFlat() {
        RgbFrame flat = frame(3, 3, (y, x, c) -> 77);
        for (float v : FrameFitter.fit(flat, 9, 9).rgb()) {
            assertEquals(77f, v, 1e-3);
        }
        RgbFrame ramp = frame(1, 4, (y, x, c) -> x * 60);
        RgbFrame big = FrameFitter.fit(ramp, 2, 8);
        float[] row = new float[8];
        for (int x = 0; x < 8; x++) {
            row[x] = at(big, 0, x, 0);
        }
        for (int x = 1; x < 8; x++) {
            assertEquals(true, row[x] >= row[x - 1], "monotone ramp " + java.util.Arrays.toString(row));
        }
        // Not nearest-neighbour: neighbours inside the ramp differ.
        assertEquals(true, row[3] != row[4] && row[2] != row[3]);
    }

    @Test
    void upscaledValuesStayInByteRange() {
        RgbFrame edge = frame(4, 4, (y, x, c) -> x < 2 ? 0 : 255);
        for (float v : FrameFitter.fit(edge, 16, 16).rgb()) {
            assertEquals(true, v >= 0 && v <= 255, "value " + v);
        }
    }

    @Test
    void integerDownscaleOfSolidKeepsExactValue() {
        RgbFrame solid = frame(12, 9, (y, x, c) -> c == 0 ? 200 : 13);
        RgbFrame out = FrameFitter.fit(solid, 5, 5);
        float[] expected = new float[75];
        for (int i = 0; i < 75; i++) {
            expected[i] = i % 3 == 0 ? 200 : 13;
        }
        assertArrayEquals(expected, out.rgb(), 1e-3f);
    }
}
