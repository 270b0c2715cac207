package app.conv3d.core;

import static app.conv3d.core.TestClips.apply;
import static app.conv3d.core.TestClips.max;
import static app.conv3d.core.TestClips.maxAbs;
import static app.conv3d.core.TestClips.min;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KernelPresetTest {

    @Test
    void everyPresetBuildsEverySizeFromOneToSevenForGrayAndColour() {
        for (KernelPreset preset : KernelPreset.values()) {
            for (int t = 1; t <= 7; t++) {
                for (int h = 1; h <= 7; h++) {
                    for (int w = 1; w <= 7; w++) {
                        for (int c : new int[] {1, 3}) {
                            Kernel k = preset.build(new Axis3(t, h, w), c);
                            assertEquals(new Axis3(t, h, w), k.size(), preset.id());
                            assertEquals(c, k.channels(), preset.id());
                            assertEquals(0f, k.bias(), preset.id());
                        }
                    }
                }
            }
        }
    }

    @Test
    void impossibleSizesAreRefusedInOneLine() {
        for (KernelPreset preset : KernelPreset.values()) {
            assertTrue(assertThrows(InvalidSpecException.class, () -> preset.build(new Axis3(0, 3, 3), 3))
                    .getMessage().contains("time must be 1..31, got 0"));
            assertTrue(assertThrows(InvalidSpecException.class, () -> preset.build(new Axis3(3, 32, 3), 3))
                    .getMessage().contains("height must be 1..31, got 32"));
            assertTrue(assertThrows(InvalidSpecException.class, () -> preset.build(Axis3.all(3), 0))
                    .getMessage().contains("at least one channel"));
        }
        assertThrows(InvalidSpecException.class, () -> KernelPreset.randomGaussian(Axis3.all(3), 1, 5, 0));
        assertThrows(InvalidSpecException.class, () -> KernelPreset.randomGaussian(Axis3.all(3), 1, 5, Double.NaN));
    }

    @Test
    void idsAreUniqueAndExplanationsAreOneSentence() {
        Set<String> ids = new HashSet<>();
        for (KernelPreset preset : KernelPreset.values()) {
            assertTrue(ids.add(preset.id()), preset.id());
            assertTrue(preset.id().matches("[a-z]+(-[a-z]+)*"), preset.id());
            assertEquals(preset, KernelPreset.byId(preset.id().toUpperCase()).orElseThrow());
            String e = preset.explanation();
            assertTrue(e.endsWith(".") && !e.substring(0, e.length() - 1).contains(". ") && !e.contains("\n"), e);
            assertTrue(KernelPreset.describeAll().contains(preset.id() + " - " + preset.displayName() + ": " + e));
        }
        assertTrue(KernelPreset.byId("sobel").isEmpty());
    }

    @ParameterizedTest
    @CsvSource({"5,5,5", "4,3,3", "2,1,1", "7,2,6"})
    void temporalDifferenceIgnoresAStillClipAndSeesMotion(int kt, int kh, int kw) {
        Kernel k = KernelPreset.TEMPORAL_DIFFERENCE.build(new Axis3(kt, kh, kw), 3);
        double sum = 0;
        for (float v : k.weights()) {
            sum += v;
        }
        assertEquals(0.0, sum, 0.0);
        assertTrue(k.get(0, 0, 0, 0) < 0 && k.get(kt - 1, kh - 1, kw - 1, 2) > 0, "earlier minus, later plus");
        assertTrue(maxAbs(apply(TestClips.still(9, 10, 12, 3, 1), k, Padding.VALID)) < 1e-2f);
        assertTrue(maxAbs(apply(TestClips.movingBar(9, 10, 12, 3, 1, 1), k, Padding.VALID)) > 10f);
    }

    @Test
    void temporalDifferenceReadsAFullFlashAs255AndSeesNothingInOneFrame() {
        Volume flash = TestClips.of(2, 3, 3, 3, (t, y, x, c) -> t == 1 ? 255f : 0f);
        Kernel k = KernelPreset.TEMPORAL_DIFFERENCE.build(new Axis3(2, 3, 3), 3);
        assertEquals(255f, apply(flash, k, Padding.VALID).get(0, 0, 0, 0), 1e-3f);
        for (float v : KernelPreset.TEMPORAL_DIFFERENCE.build(new Axis3(1, 3, 3), 3).weights()) {
            assertEquals(0f, v);
        }
    }

    @ParameterizedTest
    @CsvSource({"3,3,3", "5,5,5", "2,4,4", "1,7,7"})
    void sobelXSeesVerticalEdgesOnlyAndSobelYHorizontalOnes(int kt, int kh, int kw) {
        Axis3 size = new Axis3(kt, kh, kw);
        Kernel sx = KernelPreset.SOBEL_X.build(size, 3);
        Kernel sy = KernelPreset.SOBEL_Y.build(size, 3);
        Volume vertical = TestClips.verticalEdge(8, 16, 16, 3, 8);
        Volume horizontal = TestClips.horizontalEdge(8, 16, 16, 3, 8);
        assertEquals(255f, max(apply(vertical, sx, Padding.VALID)), 1e-2f, "a full dark-to-bright edge reads 255");
        assertTrue(maxAbs(apply(horizontal, sx, Padding.VALID)) < 1e-2f);
        assertEquals(255f, max(apply(horizontal, sy, Padding.VALID)), 1e-2f);
        assertTrue(maxAbs(apply(vertical, sy, Padding.VALID)) < 1e-2f);
    }

    @Test
    void sobelThreeByThreeIsTheTextbookFilterOnEveryFrame() {
        Kernel k = KernelPreset.SOBEL_X.build(new Axis3(2, 3, 3), 1);
        float[] textbook = {-1, 0, 1, -2, 0, 2, -1, 0, 1};
        for (int a = 0; a < 2; a++) {
            for (int i = 0; i < 9; i++) {
                assertEquals(textbook[i] / 8f, k.get(a, i / 3, i % 3, 0), 1e-7f);
            }
        }
        assertArrayEquals(new double[] {-1, -2, 0, 2, 1}, PresetWeights.derivative(5));
        assertArrayEquals(new double[] {1, 4, 6, 4, 1}, PresetWeights.binomial(5));
    }

    @ParameterizedTest
    @CsvSource({"5,5,5", "2,4,3", "7,7,7", "1,1,1"})
    void blurOfAConstantClipIsTheConstant(int kt, int kh, int kw) {
        Kernel k = KernelPreset.BLUR.build(new Axis3(kt, kh, kw), 3);
        FeatureVolume out = apply(TestClips.constant(8, 9, 9, 3, 200f), k, Padding.VALID);
        assertEquals(200f, min(out), 1e-2f);
        assertEquals(200f, max(out), 1e-2f);
    }

    @ParameterizedTest
    @CsvSource({"5,5,5,1", "3,3,5,2", "4,2,4,1", "7,5,7,1"})
    void rightwardDetectorPrefersRightwardMotionAndLeftwardTheMirror(int kt, int kh, int kw, int speed) {
        Axis3 size = new Axis3(kt, kh, kw);
        Kernel right = KernelPreset.MOTION_RIGHT.build(size, 3);
        Kernel left = KernelPreset.MOTION_LEFT.build(size, 3);
        int frames = kt + 4;
        int width = 2 * kw + speed * frames + 4;
        Volume rightward = TestClips.movingBar(frames, 8, width, 3, 2, speed);
        Volume leftward = TestClips.movingBar(frames, 8, width, 3, width - 3, -speed);
        Volume still = TestClips.movingBar(frames, 8, width, 3, width / 2, 0);

        float rightOnRight = max(apply(rightward, right, Padding.VALID));
        float rightOnLeft = max(apply(leftward, right, Padding.VALID));
        assertTrue(rightOnRight > 1.5f * rightOnLeft, rightOnRight + " vs " + rightOnLeft);
        assertTrue(rightOnRight > 100f, "a matched bar reads a large fraction of 255: " + rightOnRight);
        assertTrue(min(apply(leftward, right, Padding.VALID)) < -100f, "opponent: leftward reads negative");

        float leftOnLeft = max(apply(leftward, left, Padding.VALID));
        float leftOnRight = max(apply(rightward, left, Padding.VALID));
        assertTrue(leftOnLeft > 1.5f * leftOnRight, leftOnLeft + " vs " + leftOnRight);

        assertTrue(maxAbs(apply(still, right, Padding.VALID)) < 1e-2f, "a still bar gives nothing");
        assertTrue(maxAbs(apply(TestClips.still(frames, 8, width, 3, 3), left, Padding.VALID)) < 1e-2f);
    }

    @Test
    void matchedBarReadsFourFifthsOfFullScaleOnTheFiveCubeDetector() {
        // The bar lies on the rightward path in all 5 frames and crosses the leftward one once: (5 - 1) / 5 * 255.
        Kernel right = KernelPreset.MOTION_RIGHT.build(Axis3.all(5), 1);
        assertEquals(204f, max(apply(TestClips.movingBar(9, 6, 20, 1, 2, 1), right, Padding.VALID)), 1e-3f);
    }

    @Test
    void temporalAverageKeepsStillThingsAndSmearsMovingOnes() {
        Kernel k = KernelPreset.TEMPORAL_AVERAGE.build(new Axis3(4, 3, 3), 3);
        Volume still = TestClips.still(6, 7, 7, 3, 2);
        FeatureVolume out = apply(still, k, Padding.of(0, 1, 1));
        for (int t = 0; t < out.frames(); t++) {
            for (int y = 0; y < 7; y++) {
                for (int x = 0; x < 7; x++) {
                    assertEquals(gray(still, 0, y, x), out.get(0, t, y, x), 1e-3f);
                }
            }
        }
        FeatureVolume trail = apply(TestClips.movingBar(6, 5, 12, 3, 1, 1), k, Padding.of(0, 1, 1));
        for (int x = 0; x < 12; x++) {
            float expected = x >= 1 && x <= 4 ? 255f / 4 : 0f;
            assertEquals(expected, trail.get(0, 0, 2, x), 1e-3f, "column " + x);
        }
    }

    @ParameterizedTest
    @CsvSource({"5,5,5", "4,4,4", "2,3,6", "1,1,1", "7,7,7"})
    void identityWithSamePaddingReproducesTheGrayInput(int kt, int kh, int kw) {
        Random random = new Random(kt * 100 + kh * 10 + kw);
        float[] values = new float[9 * 8 * 10 * 3];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextInt(256);
        }
        Volume colour = new Volume(9, 8, 10, 3, values);
        Volume gray = TestClips.of(9, 8, 10, 1, (t, y, x, c) -> values[((t * 8 + y) * 10 + x) * 3]);
        Axis3 size = new Axis3(kt, kh, kw);
        FeatureVolume fromColour = apply(colour, KernelPreset.IDENTITY.build(size, 3), Padding.SAME);
        FeatureVolume fromGray = apply(gray, KernelPreset.IDENTITY.build(size, 1), Padding.SAME);
        // "same" pads (k-1)/2 on both sides, so an even kernel's output is one shorter; it starts at the input's start.
        Axis3 expected = new Axis3(9 - (kt + 1) % 2, 8 - (kh + 1) % 2, 10 - (kw + 1) % 2);
        assertEquals(expected, fromColour.size());
        for (int t = 0; t < expected.t(); t++) {
            for (int y = 0; y < expected.h(); y++) {
                for (int x = 0; x < expected.w(); x++) {
                    assertEquals(gray(colour, t, y, x), fromColour.get(0, t, y, x), 1e-3f);
                    assertEquals(gray.get(t, y, x, 0), fromGray.get(0, t, y, x));
                }
            }
        }
    }

    private static float gray(Volume v, int t, int y, int x) {
        float sum = 0;
        for (int c = 0; c < v.channels(); c++) {
            sum += v.get(t, y, x, c);
        }
        return sum / v.channels();
    }

    @Test
    void randomPresetIsTheSeedFiveNumpyFilter() {
        Kernel k = KernelPreset.RANDOM.build(Axis3.all(5), 3);
        assertArrayEquals(NumpyRandomTest.SEED5_STD05_5X5X5X3, k.weights());
        assertEquals(k, KernelPreset.randomGaussian(Axis3.all(5), 3, 5, 0.5));
        assertTrue(!k.equals(KernelPreset.randomGaussian(Axis3.all(5), 3, 6, 0.5)));
    }
}
