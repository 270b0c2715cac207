package app.conv3d.core;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Random volumes and kernel banks for the engine tests. */
final class RandomConv {
    private RandomConv() {
    }

    /** Pixel-like values: integers 0..255, as read from 8-bit frames. */
    static Volume volume(SplittableRandom random, int frames, int height, int width, int channels) {
        float[] data = new float[frames * height * width * channels];
        for (int i = 0; i < data.length; i++) {
            data[i] = random.nextInt(256);
        }
        return new Volume(frames, height, width, channels, data);
    }

    /** Weights in [-1, 1), biases in [-50, 50) (or 0 when {@code bias} is false). */
    static KernelBank bank(SplittableRandom random, int count, Axis3 size, int channels, boolean bias) {
        List<Kernel> kernels = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            float[] w = new float[(int) size.product() * channels];
            for (int i = 0; i < w.length; i++) {
                w[i] = (float) (random.nextDouble() * 2 - 1);
            }
            float b = bias ? (float) (random.nextDouble() * 100 - 50) : 0f;
            kernels.add(new Kernel(size.t(), size.h(), size.w(), channels, w, b));
        }
        return new KernelBank(kernels);
    }
}
