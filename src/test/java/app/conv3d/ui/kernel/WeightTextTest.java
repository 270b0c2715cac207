package app.conv3d.ui.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WeightTextTest {

    @Test
    void threeSignificantDigitsWithinTwoToSixDecimals() {
        assertEquals("1.27", WeightText.format(1.2734f));
        assertEquals("\u22120.527", WeightText.format(-0.5271f));
        assertEquals("0.00267", WeightText.format(1f / 375));
        assertEquals("0.000972", WeightText.format(1f / 1029));
        assertEquals("0", WeightText.format(0f));
        assertEquals("0", WeightText.format(-1e-9f), "no minus zero on a projector");
        assertEquals("12.50", WeightText.format(12.5f));
        assertEquals("2.00", WeightText.format(2f));
        assertEquals("0.0027", WeightText.format(1f / 375, 2), "two digits for a wide grid");
        assertEquals("\u22120.051", WeightText.format(-0.0505f, 2));
        assertEquals("\u22120.76", WeightText.format(-0.756f, 2));
    }

    @Test
    void parsesWhatATeacherTypes() {
        assertEquals(-0.5, WeightText.parse("-0.5").orElseThrow());
        assertEquals(-0.5, WeightText.parse(" \u22120.5 ").orElseThrow());
        assertEquals(0.5, WeightText.parse("0,5").orElseThrow());
        assertEquals(0.25, WeightText.parse(".25").orElseThrow());
        assertEquals(3, WeightText.parse("3.").orElseThrow());
        assertEquals(1e-3, WeightText.parse("1e-3").orElseThrow());
        for (String bad : new String[] {"", "abc", "NaN", "Infinity", "1e400", "0x10", "1..2", null}) {
            assertTrue(WeightText.parse(bad).isEmpty(), String.valueOf(bad));
        }
    }
}
