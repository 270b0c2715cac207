package app.conv3d.core;

/**
 * NumPy's legacy random generator ({@code numpy.random.seed} / {@code RandomState}), reproduced bit for bit so a
 * kernel made by a Python script with {@code np.random.seed(S); X * np.random.randn(...)} can be rebuilt here
 * value for value.
 *
 * <p>Three pieces must match NumPy exactly: the seeding (an integer seed goes to MT19937's {@code init_genrand},
 * not {@code init_by_array}), the 53-bit double made from two 32-bit draws, and the legacy polar Box-Muller
 * {@code legacy_gauss} that makes two normals per accepted pair and caches the second one. Not thread-safe.
 */
public final class NumpyRandom {
    public static final long MAX_SEED = 0xFFFF_FFFFL;

    private static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908B0DF;
    private static final int UPPER_MASK = 0x8000_0000;
    private static final int LOWER_MASK = 0x7FFF_FFFF;

    private final int[] key = new int[N];
    private int pos;
    private boolean hasGauss;
    private double gauss;

    /** As {@code numpy.random.RandomState(seed)}; the seed must be 0..2^32-1, as NumPy demands. */
    public NumpyRandom(long seed) {
        seed(seed);
    }

    /** As {@code numpy.random.seed(seed)}: restarts the stream and forgets a cached Gaussian. */
    public void seed(long seed) {
        if (seed < 0 || seed > MAX_SEED) {
            throw new InvalidSpecException(CoreTexts.text("numpy.seed", MAX_SEED, seed));
        }
        key[0] = (int) seed;
        for (int i = 1; i < N; i++) {
            key[i] = 1812433253 * (key[i - 1] ^ (key[i - 1] >>> 30)) + i;
        }
        pos = N;
        hasGauss = false;
        gauss = 0;
    }

    /** The next raw 32-bit output of MT19937, as an unsigned value. */
    public long nextUint32() {
        return Integer.toUnsignedLong(next());
    }

    private int next() {
        if (pos == N) {
            twist();
        }
        int y = key[pos++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9D2C5680;
        y ^= (y << 15) & 0xEFC60000;
        y ^= y >>> 18;
        return y;
    }

    private void twist() {
        for (int i = 0; i < N; i++) {
            int y = (key[i] & UPPER_MASK) | (key[(i + 1) % N] & LOWER_MASK);
            key[i] = key[(i + M) % N] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
        }
        pos = 0;
    }

    /** As {@code random_sample()}: uniform in [0, 1) with 53 random bits. */
    public double nextDouble() {
        long a = Integer.toUnsignedLong(next()) >>> 5;
        long b = Integer.toUnsignedLong(next()) >>> 6;
        return (a * 67108864.0 + b) / 9007199254740992.0;
    }

    /** As one element of {@code randn()}: NumPy's legacy polar method, caching the pair's second value. */
    public double nextGaussian() {
        if (hasGauss) {
            hasGauss = false;
            double cached = gauss;
            gauss = 0;
            return cached;
        }
        double x1;
        double x2;
        double r2;
        do {
            x1 = 2.0 * nextDouble() - 1.0;
            x2 = 2.0 * nextDouble() - 1.0;
            r2 = x1 * x1 + x2 * x2;
        } while (r2 >= 1.0 || r2 == 0.0);
        // StrictMath: fdlibm's log, so the result does not depend on the JVM's intrinsics.
        double f = StrictMath.sqrt(-2.0 * StrictMath.log(r2) / r2);
        gauss = f * x1;
        hasGauss = true;
        return f * x2;
    }

    /** As {@code std * randn(count)}: {@code count} normals scaled by {@code std}, in generation (C) order. */
    public double[] gaussians(int count, double std) {
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            out[i] = std * nextGaussian();
        }
        return out;
    }
}
