package app.conv3d.capture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.core.InvalidSpecException;
import app.conv3d.core.Volume;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SampleClipTest {

    @Test
    void defaultClipIsSixteenRgbFramesOf256() {
        Volume clip = SampleClip.generate();
        assertEquals(16, clip.frames());
        assertEquals(256, clip.height());
        assertEquals(256, clip.width());
        assertEquals(3, clip.channels());
    }

    @Test
    void sameArgumentsGiveTheSameNumbers() {
        assertArrayEquals(SampleClip.generate(4, 64, 96).data(), SampleClip.generate(4, 64, 96).data());
    }

    @Test
    void valuesAreWholeEightBitLevels() {
        for (float v : SampleClip.generate(2, 64, 64).data()) {
            assertTrue(v >= 0 && v <= 255 && v == Math.rint(v), "value " + v);
        }
    }

    @Test
    void aFrameAtAnyPhaseMatchesTheClipAtWholeFrames() {
        Volume clip = SampleClip.generate(16, 48, 64);
        assertArrayEquals(clip.frames(5, 1).data(), SampleClip.frame(5 / 16.0, 48, 64).data());
    }

    @Test
    void everyFrameDiffersFromTheNext() {
        Volume clip = SampleClip.generate(16, 96, 96);
        for (int t = 0; t + 1 < clip.frames(); t++) {
            assertFalse(Arrays.equals(clip.frames(t, 1).data(), clip.frames(t + 1, 1).data()), "frames " + t + " and " + (t + 1));
        }
    }

    @Test
    void theWaveComesBackAfterSixteenFrames() {
        assertArrayEquals(SampleClip.frame(0, 64, 64).data(), SampleClip.frame(1, 64, 64).data());
    }

    @Test
    void theHandCoversAPlausiblePartOfEveryFrameAndTheWallHasNoSkin() {
        Volume clip = SampleClip.generate(16, 128, 128);
        for (int t = 0; t < clip.frames(); t++) {
            double skin = skinFraction(clip.frames(t, 1).data());
            assertTrue(skin > 0.08 && skin < 0.35, "frame " + t + " skin fraction " + skin);
        }
        assertTrue(skinFraction(SampleClip.background(128, 128)) < 0.005);
    }

    @Test
    void theHandSwingsToOneSideThenTheOther() {
        double quarter = skinCentroidX(SampleClip.frame(0.25, 128, 128).data(), 128);
        double threeQuarters = skinCentroidX(SampleClip.frame(0.75, 128, 128).data(), 128);
        assertTrue(Math.abs(quarter - threeQuarters) > 0.1 * 128,
                "hand centre at " + quarter + " and " + threeQuarters + " pixels");
    }

    @Test
    void frameArgbIsTheSameFrameAsPixels() {
        float[] rgb = SampleClip.frame(0.4, 32, 40).data();
        int[] argb = SampleClip.frameArgb(0.4, 32, 40);
        for (int i = 0; i < argb.length; i++) {
            assertEquals(0xFF000000 | ((int) rgb[3 * i] << 16) | ((int) rgb[3 * i + 1] << 8) | (int) rgb[3 * i + 2], argb[i]);
        }
    }

    @Test
    void rejectsSizesItCannotDraw() {
        assertThrows(InvalidSpecException.class, () -> SampleClip.generate(0, 64, 64));
        assertThrows(InvalidSpecException.class, () -> SampleClip.frame(0, 4, 64));
    }

    /** Skin: reddish with green and blue in a skin tone's proportions (wood is browner, the wall greyer). */
    private static boolean isSkin(float r, float g, float b) {
        return r > 90 && g / r > 0.70 && g / r < 0.83 && b / r > 0.52 && b / r < 0.70;
    }

    private static double skinFraction(float[] rgb) {
        int skin = 0;
        for (int i = 0; i < rgb.length; i += 3) {
            if (isSkin(rgb[i], rgb[i + 1], rgb[i + 2])) {
                skin++;
            }
        }
        return skin / (rgb.length / 3.0);
    }

    private static double skinCentroidX(float[] rgb, int width) {
        double sum = 0;
        int n = 0;
        for (int i = 0, p = 0; i < rgb.length; i += 3, p++) {
            if (isSkin(rgb[i], rgb[i + 1], rgb[i + 2])) {
                sum += p % width;
                n++;
            }
        }
        return sum / n;
    }
}
