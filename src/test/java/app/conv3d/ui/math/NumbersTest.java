package app.conv3d.ui.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import app.conv3d.core.Kernel;
import app.conv3d.core.KernelPreset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void smallWeightsKeepThreeSignificantDigits() {
        assertEquals("0.00267", Numbers.value(0.00267f));
        assertEquals("\u22120.0625", Numbers.value(-0.0625f));
        assertEquals("0.111", Numbers.value(1 / 9f));
        assertEquals("117.39", Numbers.value(117.39f), "large values keep two decimals, so sums still add up");
        assertEquals("\u2212127.81", Numbers.value(-127.81f));
        assertEquals("0", Numbers.value(0f));
    }

    /** Every weight of every preset, as the arithmetic writes it, reads back within 1 % of itself. */
    @Test
    void everyPresetWeightIsReadableInTheArithmetic() {
        for (KernelPreset preset : KernelPreset.values()) {
            Kernel k = preset.build(KernelPreset.DEFAULT_SIZE, 3);
            for (float w : k.weights()) {
                String shown = Numbers.value(w);
                if (w == 0) {
                    assertEquals("0", shown);
                    continue;
                }
                double read = Double.parseDouble(shown.replace('\u2212', '-'));
                assertEquals(w, read, 0.01 * Math.abs(w), preset.id() + " weight " + w + " shown as " + shown);
            }
        }
    }

    /** The Sobel pattern's different weights stay different on screen (two decimals merged them). */
    @Test
    void theSobelPatternStaysVisible() {
        Kernel sobel = KernelPreset.SOBEL_X.build(KernelPreset.DEFAULT_SIZE, 3);
        Map<String, Float> byText = new HashMap<>();
        for (float w : sobel.weights()) {
            Float earlier = byText.putIfAbsent(Numbers.value(w), w);
            if (earlier != null) {
                assertEquals(earlier, w, Math.abs(w) * 0.01, "two different weights shown as " + Numbers.value(w));
            }
        }
        assertNotEquals(1, byText.size());
    }
}
