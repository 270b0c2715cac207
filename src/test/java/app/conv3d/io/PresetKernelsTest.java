package app.conv3d.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.core.Axis3;
import app.conv3d.core.Kernel;
import app.conv3d.core.KernelPreset;
import app.conv3d.core.NumpyRandom;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The presets the app ships are assets/presets' files: each reads, is its recipe at its size, and has the weights its
 * name promises, checked here from the file's numbers and the definition, not from the code that wrote them.
 */
class PresetKernelsTest {
    private static final PresetKernels SHIPPED = PresetKernels.shipped();
    private static final Axis3 SIZE = KernelPreset.DEFAULT_SIZE;

    private static Kernel file(KernelPreset p) {
        return SHIPPED.file(p).orElseThrow(() -> new AssertionError(p.id() + " did not read: " + SHIPPED.problems()));
    }

    @Test
    void everyShippedFileReads() {
        assertEquals(List.of(), SHIPPED.problems());
        for (KernelPreset p : KernelPreset.values()) {
            assertEquals(SIZE, file(p).size(), p.id());
            assertEquals(PresetFiles.CHANNELS, file(p).channels(), p.id());
        }
    }

    @Test
    void atTheFilesSizeTheLabGetsTheFilesKernelElseTheRecipe() {
        for (KernelPreset p : KernelPreset.values()) {
            assertSame(file(p), SHIPPED.build(p, SIZE, 3), p.id() + " comes from its file");
            assertEquals(p.build(SIZE, 3), file(p), p.id() + " file and recipe agree");
            assertEquals(p.build(Axis3.all(3), 1), SHIPPED.build(p, Axis3.all(3), 1), p.id() + " at another size");
        }
    }

    @Test
    void aBrokenFileIsNamedAndItsRecipeStandsInForIt() throws Exception {
        String blur = PresetKernels.fileName(KernelPreset.BLUR);
        PresetKernels read = PresetKernels.read(name -> name.equals(blur) ? "{\"format\": "
                : name.equals(PresetKernels.fileName(KernelPreset.IDENTITY)) ? null
                : Files.readString(PresetFiles.FOLDER.resolve(name), StandardCharsets.UTF_8));
        assertEquals(2, read.problems().size(), read.problems().toString());
        assertTrue(read.problems().get(0).startsWith(blur + ": "), read.problems().get(0));
        assertTrue(read.problems().get(1).startsWith("identity.json: "), read.problems().get(1));
        assertEquals(KernelPreset.BLUR.build(SIZE, 3), read.build(KernelPreset.BLUR, SIZE, 3));
        assertEquals(KernelPreset.IDENTITY.build(SIZE, 3), read.build(KernelPreset.IDENTITY, SIZE, 3));
        assertTrue(read.file(KernelPreset.SOBEL_X).isPresent(), "the others still read");
    }

    // ---- what each file's weights must be, by definition ----

    private static double sum(Kernel k) {
        double s = 0;
        for (float w : k.weights()) {
            s += w;
        }
        return s;
    }

    @Test
    void blurAveragesTheWholeBox() {
        Kernel k = file(KernelPreset.BLUR);
        for (float w : k.weights()) {
            assertEquals(1.0 / (125 * 3), w, 1e-7);
        }
    }

    /** What a 5x5x5 preset's tap (frame a, row b, column d) must hold, the same in every channel. */
    private interface Taps {
        double at(int a, int b, int d);
    }

    private static void assertTaps(Kernel k, Taps expected, double tolerance) {
        for (int a = 0; a < 5; a++) {
            for (int b = 0; b < 5; b++) {
                for (int d = 0; d < 5; d++) {
                    for (int c = 0; c < 3; c++) {
                        assertEquals(expected.at(a, b, d), k.get(a, b, d, c), tolerance,
                                "tap " + a + "," + b + "," + d + "," + c);
                    }
                }
            }
        }
    }

    @Test
    void identityIsOneCentreTapSharedByTheChannels() {
        assertTaps(file(KernelPreset.IDENTITY), (a, b, d) -> a == 2 && b == 2 && d == 2 ? 1.0 / 3 : 0, 1e-7);
    }

    @Test
    void temporalAverageWeighsTheCentrePixelEquallyInEveryFrame() {
        assertTaps(file(KernelPreset.TEMPORAL_AVERAGE), (a, b, d) -> b == 2 && d == 2 ? 1.0 / 15 : 0, 1e-7);
    }

    @Test
    void temporalDifferenceIsTheLaterHalfMinusTheEarlierHalf() {
        double weight = 1.0 / (2 * 25 * 3);
        assertTaps(file(KernelPreset.TEMPORAL_DIFFERENCE), (a, b, d) -> a < 2 ? -weight : a > 2 ? weight : 0, 1e-7);
    }

    @Test
    void sobelIsTheBinomialTimesTheDerivativeOnEveryFrameAndItsTwoDirectionsAreTransposes() {
        double[] smooth = {1, 4, 6, 4, 1};
        double[] derivative = {-1, -2, 0, 2, 1};
        double scale = 1.0 / (16 * 3 * 5 * 3); // a sharp 0-to-255 edge held over the window reads 255
        Kernel x = file(KernelPreset.SOBEL_X);
        Kernel y = file(KernelPreset.SOBEL_Y);
        assertTaps(x, (a, b, d) -> smooth[b] * derivative[d] * scale, 1e-7);
        assertTaps(y, (a, b, d) -> x.get(a, d, b, 0), 0);
        assertEquals(0, sum(x), 1e-6);
    }

    @Test
    void leftwardMotionIsRightwardMirroredAndStillScenesGiveZero() {
        Kernel left = file(KernelPreset.MOTION_LEFT);
        Kernel right = file(KernelPreset.MOTION_RIGHT);
        assertTaps(left, (a, b, d) -> right.get(a, b, 4 - d, 0), 0);
        assertEquals(0, sum(right), 1e-6, "a uniform still clip gives 0");
    }

    @Test
    void randomIsNumpysSeedFiveTimesHalf() {
        double[] g = new NumpyRandom(5).gaussians(375, 0.5);
        float[] w = file(KernelPreset.RANDOM).weights();
        for (int i = 0; i < w.length; i++) {
            assertEquals((float) g[i], w[i], 0f, "weight " + i);
        }
    }
}
