package app.conv3d.core;

import java.util.Arrays;

/** The result of a convolution: kernels x frames x height x width floats, C order. Immutable by convention. */
public final class FeatureVolume {
    private final int kernels;
    private final int frames;
    private final int height;
    private final int width;
    private final float[] data;

    /** Takes ownership of {@code data}, laid out as [n][t][y][x]. */
    public FeatureVolume(int kernels, int frames, int height, int width, float[] data) {
        if (kernels < 1 || frames < 1 || height < 1 || width < 1) {
            throw new InvalidSpecException(CoreTexts.text("features.empty",
                    kernels + "x" + frames + "x" + height + "x" + width));
        }
        if (data.length != (long) kernels * frames * height * width) {
            throw new InvalidSpecException(CoreTexts.text("features.values",
                    kernels + "x" + frames + "x" + height + "x" + width, (long) kernels * frames * height * width,
                    data.length));
        }
        this.kernels = kernels;
        this.frames = frames;
        this.height = height;
        this.width = width;
        this.data = data;
    }

    public int kernels() {
        return kernels;
    }

    public int frames() {
        return frames;
    }

    public int height() {
        return height;
    }

    public int width() {
        return width;
    }

    /** Frames, height, width of each kernel's output. */
    public Axis3 size() {
        return new Axis3(frames, height, width);
    }

    public float get(int n, int t, int y, int x) {
        return data[index(n, t, y, x)];
    }

    public int index(int n, int t, int y, int x) {
        return ((n * frames + t) * height + y) * width + x;
    }

    /** The values, [n][t][y][x]. Callers must not modify the array. */
    public float[] data() {
        return data;
    }

    /** A copy of one output slice, [y][x]. */
    public float[] slice(int n, int t) {
        int start = index(n, t, 0, 0);
        return Arrays.copyOfRange(data, start, start + height * width);
    }

    /** One kernel's output as its own feature volume. */
    public FeatureVolume kernel(int n) {
        int size = frames * height * width;
        return new FeatureVolume(1, frames, height, width, Arrays.copyOfRange(data, n * size, (n + 1) * size));
    }

    @Override
    public String toString() {
        return "FeatureVolume " + kernels + "x" + frames + "x" + height + "x" + width;
    }
}
