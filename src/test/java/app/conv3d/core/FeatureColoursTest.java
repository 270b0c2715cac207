package app.conv3d.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/**
 * How feature values become colours, with every expected pixel worked out by hand from the rules (normalise over
 * the kernel's whole volume, round to one of 256 levels, look the level up), not taken from the code's own argb().
 * One kernel, one 1x4 slice: -2, 0, 1, 2.
 */
class FeatureColoursTest {
    private static final FeatureVolume FEATURES = new FeatureVolume(1, 1, 1, 4, new float[] {-2, 0, 1, 2});

    private static int[] pixels(Normalization n, Colormap c) {
        FeatureDisplay display = new FeatureDisplay(n, c);
        return display.argb(FEATURES, 0, 0, display.displayRange(FEATURES, 0));
    }

    @Test
    void minmaxGray() {
        // range -2..2: units 0, 0.5, 0.75, 1 -> levels 0, round(127.5) = 128, round(191.25) = 191, 255
        assertArrayEquals(new int[] {0xFF000000, 0xFF808080, 0xFFBFBFBF, 0xFFFFFFFF}, pixels(Normalization.MINMAX, Colormap.GRAY));
    }

    @Test
    void maxGrayTurnsNegativesBlack() {
        // range 0..2: -2 and 0 -> 0 (black), 1 -> 0.5 -> level 128, 2 -> 255
        assertArrayEquals(new int[] {0xFF000000, 0xFF000000, 0xFF808080, 0xFFFFFFFF}, pixels(Normalization.MAX, Colormap.GRAY));
    }

    @Test
    void symmetricDiverging() {
        // range -2..2, so units as minmax: levels 0, 128, 191, 255.
        // Level 0 is the blue end (33,102,172) = 0xFF2166AC; level 255 the red end (178,24,43) = 0xFFB2182B.
        // Level 128: u = 128/255, f = |u - 0.5| * 2 = 1/255, so each channel moves 1/255 of the way from white to
        //   red: 255 - 77/255 = 254.70 -> 255, 255 - 231/255 = 254.09 -> 254, 255 - 212/255 = 254.17 -> 254: FFFEFE.
        // Level 191: u = 191/255, f = 127/255 = 0.49804: 255 - 77f = 216.65 -> 217 (D9), 255 - 231f = 139.95 -> 140
        //   (8C), 255 - 212f = 149.41 -> 149 (95).
        assertArrayEquals(new int[] {0xFF2166AC, 0xFFFFFEFE, 0xFFD98C95, 0xFFB2182B},
                pixels(Normalization.SYMMETRIC, Colormap.DIVERGING));
    }

    @Test
    void aFlatVolumeIsDarkExceptSymmetricWhichIsTheMiddle() {
        FeatureVolume flat = new FeatureVolume(1, 1, 1, 2, new float[] {3, 3});
        FeatureDisplay gray = new FeatureDisplay(Normalization.MINMAX, Colormap.GRAY);
        assertArrayEquals(new int[] {0xFF000000, 0xFF000000}, gray.argb(flat, 0, 0, gray.displayRange(flat, 0)));
        FeatureDisplay diverging = new FeatureDisplay(Normalization.SYMMETRIC, Colormap.DIVERGING);
        // range -3..3: 3 -> unit 1 -> the red end
        assertArrayEquals(new int[] {0xFFB2182B, 0xFFB2182B}, diverging.argb(flat, 0, 0, diverging.displayRange(flat, 0)));
    }
}
