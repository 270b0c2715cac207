package app.conv3d.bench;

/** Refuses to time a peer whose output differs from ours: a benchmark of a wrong model is worthless. */
final class OutputCheck {
    /** Allowed difference, relative to the largest magnitude in the reference output. */
    static final double RELATIVE_TOLERANCE = 1e-3;

    private OutputCheck() {
    }

    static void requireSame(String peer, float[] expected, float[] actual) {
        if (expected.length != actual.length) {
            throw new IllegalStateException(peer + " gave " + actual.length + " values, our engine " + expected.length);
        }
        double scale = 0;
        for (float v : expected) {
            scale = Math.max(scale, Math.abs(v));
        }
        double allowed = RELATIVE_TOLERANCE * Math.max(scale, 1e-30);
        double worst = 0;
        int worstAt = -1;
        for (int i = 0; i < expected.length; i++) {
            double diff = Math.abs((double) expected[i] - actual[i]);
            if (!(diff <= worst)) {
                worst = diff;
                worstAt = i;
            }
        }
        if (!(worst <= allowed)) {
            throw new IllegalStateException(peer + " differs from our engine at index " + worstAt + ": "
                    + actual[worstAt] + " vs " + expected[worstAt] + " (allowed " + allowed + ")");
        }
    }
}
