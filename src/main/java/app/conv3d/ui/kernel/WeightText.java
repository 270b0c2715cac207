package app.conv3d.ui.kernel;

import app.conv3d.ui.math.Numbers;
import java.util.OptionalDouble;

/** Weights as the editor writes and reads them: few digits, a true minus sign, and forgiving input. */
public final class WeightText {
    private WeightText() {
    }

    /**
     * {@code v} with three significant digits but at least two and at most six decimals: 1.27, 0.527, a blur's
     * 0.00267 (which two decimals would show as a misleading 0.00), 12.50; "0" for an exact zero.
     */
    public static String format(float v) {
        return format(v, 3);
    }

    /** {@code v} with {@code digits} significant digits, at least two and at most six decimals. */
    public static String format(float v, int digits) {
        return Numbers.significant(v, digits); // one way of writing numbers, in the lab and the arithmetic
    }

    /** Parses what a teacher types: "-0.5", "\u22120.5", "0,5", " .25 "; empty for anything else or a non-finite value. */
    public static OptionalDouble parse(String text) {
        if (text == null) {
            return OptionalDouble.empty();
        }
        String s = text.trim().replace('\u2212', '-').replace(',', '.');
        if (s.isEmpty() || !s.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            return OptionalDouble.empty();
        }
        double v = Double.parseDouble(s);
        return Double.isFinite(v) && Math.abs(v) <= Float.MAX_VALUE ? OptionalDouble.of(v) : OptionalDouble.empty();
    }
}
