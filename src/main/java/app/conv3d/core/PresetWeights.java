package app.conv3d.core;

/**
 * The weight recipes behind {@link KernelPreset}, for any size and channel count. Scales are chosen so that on a
 * 0..255 clip each output reads in the same units as the input: a blur or copy stays in 0..255, a difference or an
 * edge lies in -255..255 with a full-contrast change reaching about 255.
 */
final class PresetWeights {
    private PresetWeights() {
    }

    /** A checked-size weight array, [a][b][d][c]. */
    private static float[] allocate(Axis3 size, int channels) {
        for (int axis = 0; axis < 3; axis++) {
            int k = size.get(axis);
            if (k < 1 || k > Kernel.MAX_SIZE) {
                throw new InvalidSpecException(CoreTexts.text("kernel.size", CoreTexts.axis(axis), Kernel.MAX_SIZE, k));
            }
        }
        if (channels < 1) {
            throw new InvalidSpecException(CoreTexts.text("kernel.channels", channels));
        }
        if (size.product() * channels > Integer.MAX_VALUE - 8) {
            throw new InvalidSpecException(CoreTexts.text("kernel.tooManyWeights", size, channels));
        }
        return new float[(int) (size.product() * channels)];
    }

    /** Every channel of tap (a, b, d) gets {@code value}: the kernel sees the channels' sum. */
    private static void setTap(float[] w, Axis3 size, int channels, int a, int b, int d, double value) {
        int i = ((a * size.h() + b) * size.w() + d) * channels;
        for (int c = 0; c < channels; c++) {
            w[i + c] = (float) value;
        }
    }

    static Kernel box(Axis3 size, int channels) {
        float[] w = allocate(size, channels);
        java.util.Arrays.fill(w, (float) (1.0 / (size.product() * channels)));
        return new Kernel(size.t(), size.h(), size.w(), channels, w);
    }

    /**
     * Mean of the later half of the frames minus mean of the earlier half, over the whole window; the middle frame
     * of an odd depth counts for neither. One frame has no before and after, so depth 1 gives all zeros.
     */
    static Kernel temporalDifference(Axis3 size, int channels) {
        float[] w = allocate(size, channels);
        int half = size.t() / 2;
        if (half > 0) {
            double weight = 1.0 / ((double) half * size.h() * size.w() * channels);
            for (int a = 0; a < size.t(); a++) {
                double sign = a < half ? -1 : a >= size.t() - half ? 1 : 0;
                for (int b = 0; b < size.h(); b++) {
                    for (int d = 0; d < size.w(); d++) {
                        setTap(w, size, channels, a, b, d, sign * weight);
                    }
                }
            }
        }
        return new Kernel(size.t(), size.h(), size.w(), channels, w);
    }

    /**
     * Sobel generalised to any size as OpenCV does: binomial smoothing across the edge direction times a binomial
     * derivative along it ([-1,0,1] for 3, [-1,-2,0,2,1] for 5), the same on every frame. Divided by the largest
     * possible step response, frames and channels, so a sharp 0-to-255 edge held over the window gives 255.
     */
    static Kernel sobel(Axis3 size, int channels, boolean alongWidth) {
        float[] w = allocate(size, channels);
        double[] smooth = binomial(alongWidth ? size.h() : size.w());
        double[] derivative = derivative(alongWidth ? size.w() : size.h());
        double stepResponse = 0;
        for (double v : derivative) {
            stepResponse += Math.max(0, v);
        }
        if (stepResponse > 0) {
            double scale = 1.0 / (sum(smooth) * stepResponse * size.t() * channels);
            for (int a = 0; a < size.t(); a++) {
                for (int b = 0; b < size.h(); b++) {
                    for (int d = 0; d < size.w(); d++) {
                        double v = alongWidth ? smooth[b] * derivative[d] : derivative[b] * smooth[d];
                        setTap(w, size, channels, a, b, d, v * scale);
                    }
                }
            }
        }
        return new Kernel(size.t(), size.h(), size.w(), channels, w);
    }

    /** Row n-1 of Pascal's triangle: 1 / 1 1 / 1 2 1 / 1 4 6 4 1. */
    static double[] binomial(int n) {
        double[] row = new double[n];
        row[0] = 1;
        for (int i = 1; i < n; i++) {
            for (int j = i; j > 0; j--) {
                row[j] += row[j - 1];
            }
        }
        return row;
    }

    /** Binomial of n-1 convolved with [-1, 1]; a single tap cannot see a difference, so it is [0]. */
    static double[] derivative(int n) {
        double[] d = new double[n];
        if (n == 1) {
            return d;
        }
        double[] b = binomial(n - 1);
        for (int i = 0; i < n; i++) {
            d[i] = (i > 0 ? b[i - 1] : 0) - (i < n - 1 ? b[i] : 0);
        }
        return d;
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }

    /**
     * Opponent space-time filter: +1 along the path x = (W-1) * a / (T-1) that something moving right traces
     * through the window (one side at the first frame, the other at the last; split between two columns when it
     * falls between them), -1 along the mirrored leftward path, the same on every row. Still and uniform scenes
     * give 0; a bright bar moving at the matched speed gives about +-255 (minus where the paths cross).
     * One frame or one column cannot tell the directions apart, so those sizes give all zeros.
     */
    static Kernel motion(Axis3 size, int channels, boolean rightward) {
        float[] w = allocate(size, channels);
        double[][] right = path(size, false);
        double[][] left = path(size, true);
        double scale = 1.0 / ((double) size.t() * size.h() * channels);
        for (int a = 0; a < size.t(); a++) {
            for (int d = 0; d < size.w(); d++) {
                double v = (rightward ? right[a][d] - left[a][d] : left[a][d] - right[a][d]) * scale;
                for (int b = 0; b < size.h(); b++) {
                    setTap(w, size, channels, a, b, d, v);
                }
            }
        }
        return new Kernel(size.t(), size.h(), size.w(), channels, w);
    }

    /** Per frame, the column weights (summing to 1) of a straight path across the window. */
    private static double[][] path(Axis3 size, boolean mirrored) {
        double[][] p = new double[size.t()][size.w()];
        int last = size.w() - 1;
        for (int a = 0; a < size.t(); a++) {
            double x = size.t() == 1 ? last / 2.0 : (double) last * a / (size.t() - 1);
            if (mirrored) {
                x = last - x;
            }
            int lo = (int) Math.floor(x);
            double frac = x - lo;
            p[a][lo] += 1 - frac;
            if (frac > 0) {
                p[a][lo + 1] += frac;
            }
        }
        return p;
    }

    /**
     * The centre tap of every frame, averaged over frames and channels. Even sizes use the lower middle,
     * (k-1)/2, the tap that "same" padding lines up with the output position.
     */
    static Kernel temporalAverage(Axis3 size, int channels) {
        float[] w = allocate(size, channels);
        for (int a = 0; a < size.t(); a++) {
            setTap(w, size, channels, a, (size.h() - 1) / 2, (size.w() - 1) / 2, 1.0 / ((double) size.t() * channels));
        }
        return new Kernel(size.t(), size.h(), size.w(), channels, w);
    }

    /** The centre tap of the centre frame, 1/C per channel: with "same" padding the output is the gray input. */
    static Kernel identity(Axis3 size, int channels) {
        float[] w = allocate(size, channels);
        setTap(w, size, channels, (size.t() - 1) / 2, (size.h() - 1) / 2, (size.w() - 1) / 2, 1.0 / channels);
        return new Kernel(size.t(), size.h(), size.w(), channels, w);
    }

    /** {@code std * numpy.random.randn(kt, kh, kw, C)} after {@code numpy.random.seed(seed)}, cast to float32. */
    static Kernel randomGaussian(Axis3 size, int channels, long seed, double std) {
        if (!Double.isFinite(std) || std <= 0) {
            throw new InvalidSpecException(CoreTexts.text("preset.std", std));
        }
        float[] w = allocate(size, channels);
        double[] g = new NumpyRandom(seed).gaussians(w.length, std);
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) g[i];
        }
        return new Kernel(size.t(), size.h(), size.w(), channels, w);
    }
}
