package app.conv3d.bench;

import app.conv3d.core.ConvSpec;
import app.conv3d.core.Kernel;
import app.conv3d.core.KernelBank;
import app.conv3d.core.Volume;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The measured convolutions: one 16x256x256 RGB clip of random 8-bit values, valid padding, stride 1,
 * with kernels of N(0, 0.5^2) weights and no bias. Seeded, so every fork and both engines see the same numbers.
 */
public enum Workload {
    /** The seed workload: one 5x5x5x3 kernel, 286 M multiply-adds. */
    seed(1, 5),
    /** One small 3x3x3x3 kernel. */
    small(1, 3),
    /** A bank of sixteen 5x5x5x3 kernels, as a conv layer with 16 output channels. */
    bank16(16, 5);

    public static final int FRAMES = 16;
    public static final int HEIGHT = 256;
    public static final int WIDTH = 256;
    public static final int CHANNELS = 3;
    private static final long SEED = 20_251_125L;

    private final int kernels;
    private final int size;

    Workload(int kernels, int size) {
        this.kernels = kernels;
        this.size = size;
    }

    public ConvSpec spec() {
        return ConvSpec.VALID;
    }

    public Volume volume() {
        Random random = new Random(SEED);
        float[] data = new float[FRAMES * HEIGHT * WIDTH * CHANNELS];
        for (int i = 0; i < data.length; i++) {
            data[i] = random.nextInt(256);
        }
        return new Volume(FRAMES, HEIGHT, WIDTH, CHANNELS, data);
    }

    public KernelBank bank() {
        Random random = new Random(SEED + ordinal() + 1);
        List<Kernel> list = new ArrayList<>();
        for (int n = 0; n < kernels; n++) {
            float[] w = new float[size * size * size * CHANNELS];
            for (int i = 0; i < w.length; i++) {
                w[i] = (float) (0.5 * random.nextGaussian());
            }
            list.add(new Kernel(size, size, size, CHANNELS, w));
        }
        return new KernelBank(list);
    }

    /** How the table names it, e.g. "1 x 5x5x5x3". */
    public String describe() {
        return kernels + " x " + size + "x" + size + "x" + size + "x" + CHANNELS;
    }

    public long multiplyAdds() {
        long out = (long) (FRAMES - size + 1) * (HEIGHT - size + 1) * (WIDTH - size + 1);
        return out * size * size * size * CHANNELS * kernels;
    }
}
