package app.conv3d.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NearestColorTest {
    @Test
    void agreesWithTheFullSearchEverywhere() {
        SplittableRandom random = new SplittableRandom(7);
        for (int trial = 0; trial < 4; trial++) {
            int[] palette = new int[trial == 0 ? 1 : 1 + random.nextInt(256)];
            for (int i = 0; i < palette.length; i++) {
                // clustered palettes (as median cut gives) and duplicate entries, to exercise ties
                palette[i] = i % 7 == 3 ? palette[i / 2] : random.nextInt(1 << 24) & (trial == 2 ? 0xF0F0F0 : 0xFFFFFF);
            }
            NearestColor nearest = new NearestColor(palette);
            for (int k = 0; k < 200_000; k++) {
                float r = k % 5 == 0 ? random.nextInt(256) : (float) random.nextDouble(0, 255);
                float g = k % 7 == 0 ? 255f : (float) random.nextDouble(0, 255);
                float b = (float) random.nextDouble(0, 255);
                assertEquals(fullSearch(palette, r, g, b), nearest.index(r, g, b),
                        "trial " + trial + " colour " + r + "," + g + "," + b);
            }
        }
    }

    /** Every entry compared: the plain definition the lookup must agree with. */
    private static int fullSearch(int[] palette, float r, float g, float b) {
        int best = 0;
        float bestDistance = Float.MAX_VALUE;
        for (int i = 0; i < palette.length; i++) {
            int c = palette[i];
            float dr = r - (c >> 16 & 0xFF);
            float dg = g - (c >> 8 & 0xFF);
            float db = b - (c & 0xFF);
            float d = dr * dr + dg * dg + db * db;
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }
}
