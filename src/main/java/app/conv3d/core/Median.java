package app.conv3d.core;

import java.util.Arrays;

/** The median every benchmark reports: the middle value, or the mean of the middle two. */
public final class Median {
    private Median() {
    }

    /** The median of {@code values}, which are left as they are. */
    public static double of(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
