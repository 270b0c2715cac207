package app.conv3d.core;

/** The span of values a display maps onto its colours, lowest to highest. */
public record ValueRange(float low, float high) {

    public ValueRange {
        if (!(low <= high) || !Float.isFinite(low) || !Float.isFinite(high)) {
            throw new IllegalArgumentException("a value range needs finite low <= high, got " + low + ".." + high);
        }
    }

    /** The smallest and largest of {@code values[from, to)}; non-finite values are ignored. */
    public static ValueRange of(float[] values, int from, int to) {
        float lo = Float.POSITIVE_INFINITY;
        float hi = Float.NEGATIVE_INFINITY;
        for (int i = from; i < to; i++) {
            float v = values[i];
            if (v < lo) {
                lo = v;
            }
            if (v > hi) {
                hi = v;
            }
        }
        return lo <= hi ? new ValueRange(lo, hi) : new ValueRange(0f, 0f);
    }

    public static ValueRange of(float[] values) {
        return of(values, 0, values.length);
    }
}
