package app.conv3d.core;

import java.util.Random;

/** Tiny synthetic clips whose content is known, for checking what a kernel responds to. */
final class TestClips {
    private TestClips() {
    }

    interface Pixel {
        float value(int t, int y, int x, int c);
    }

    static Volume of(int frames, int height, int width, int channels, Pixel pixel) {
        float[] data = new float[frames * height * width * channels];
        int i = 0;
        for (int t = 0; t < frames; t++) {
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    for (int c = 0; c < channels; c++) {
                        data[i++] = pixel.value(t, y, x, c);
                    }
                }
            }
        }
        return new Volume(frames, height, width, channels, data);
    }

    static Volume constant(int frames, int height, int width, int channels, float value) {
        return of(frames, height, width, channels, (t, y, x, c) -> value);
    }

    /** The same random 0..255 picture in every frame (different per channel). */
    static Volume still(int frames, int height, int width, int channels, long seed) {
        float[] picture = new float[height * width * channels];
        Random random = new Random(seed);
        for (int i = 0; i < picture.length; i++) {
            picture[i] = random.nextInt(256);
        }
        return of(frames, height, width, channels, (t, y, x, c) -> picture[(y * width + x) * channels + c]);
    }

    /** A one-column bright (255) vertical bar on black at column start + speed * t; speed may be negative or 0. */
    static Volume movingBar(int frames, int height, int width, int channels, int start, int speed) {
        return of(frames, height, width, channels, (t, y, x, c) -> x == start + speed * t ? 255f : 0f);
    }

    /** Black left of column {@code edge}, white (255) from it on: a vertical edge. */
    static Volume verticalEdge(int frames, int height, int width, int channels, int edge) {
        return of(frames, height, width, channels, (t, y, x, c) -> x >= edge ? 255f : 0f);
    }

    /** Black above row {@code edge}, white (255) from it on: a horizontal edge. */
    static Volume horizontalEdge(int frames, int height, int width, int channels, int edge) {
        return of(frames, height, width, channels, (t, y, x, c) -> y >= edge ? 255f : 0f);
    }

    static FeatureVolume apply(Volume clip, Kernel kernel, Padding padding) {
        return Conv3d.apply(clip, KernelBank.of(kernel), ConvSpec.VALID.withPadding(padding));
    }

    static float max(FeatureVolume f) {
        float m = Float.NEGATIVE_INFINITY;
        for (float v : f.data()) {
            m = Math.max(m, v);
        }
        return m;
    }

    static float min(FeatureVolume f) {
        float m = Float.POSITIVE_INFINITY;
        for (float v : f.data()) {
            m = Math.min(m, v);
        }
        return m;
    }

    static float maxAbs(FeatureVolume f) {
        return Math.max(Math.abs(max(f)), Math.abs(min(f)));
    }
}
