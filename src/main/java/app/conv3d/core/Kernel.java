package app.conv3d.core;

import java.util.Arrays;

/** One 3D filter: depth (frames) x height x width x channels weights, plus its bias. Immutable. */
public final class Kernel {
    public static final int MAX_SIZE = 31;

    private final int depth;
    private final int height;
    private final int width;
    private final int channels;
    private final float[] weights;
    private final float bias;

    /** Copies {@code weights}, laid out as [a][b][d][c] (the NumPy order (kt,kh,kw,C)). */
    public Kernel(int depth, int height, int width, int channels, float[] weights, float bias) {
        if (depth < 1 || height < 1 || width < 1 || channels < 1) {
            throw new InvalidSpecException(CoreTexts.text("kernel.empty",
                    depth + "x" + height + "x" + width + "x" + channels));
        }
        if (depth > MAX_SIZE || height > MAX_SIZE || width > MAX_SIZE) {
            throw new InvalidSpecException(CoreTexts.text("kernel.tooLarge", depth, height, width, MAX_SIZE));
        }
        if (weights.length != depth * height * width * channels) {
            throw new InvalidSpecException(CoreTexts.text("kernel.values",
                    depth + "x" + height + "x" + width + "x" + channels, depth * height * width * channels,
                    weights.length));
        }
        for (float w : weights) {
            if (!Float.isFinite(w)) {
                throw new InvalidSpecException(CoreTexts.text("kernel.weight", w));
            }
        }
        if (!Float.isFinite(bias)) {
            throw new InvalidSpecException(CoreTexts.text("kernel.bias", bias));
        }
        this.depth = depth;
        this.height = height;
        this.width = width;
        this.channels = channels;
        this.weights = weights.clone();
        this.bias = bias;
    }

    public Kernel(int depth, int height, int width, int channels, float[] weights) {
        this(depth, height, width, channels, weights, 0f);
    }

    public int depth() {
        return depth;
    }

    public int height() {
        return height;
    }

    public int width() {
        return width;
    }

    public int channels() {
        return channels;
    }

    /** Depth, height, width. */
    public Axis3 size() {
        return new Axis3(depth, height, width);
    }

    public float bias() {
        return bias;
    }

    public int taps() {
        return depth * height * width * channels;
    }

    public float get(int a, int b, int d, int c) {
        return weights[index(a, b, d, c)];
    }

    public int index(int a, int b, int d, int c) {
        return ((a * height + b) * width + d) * channels + c;
    }

    /** A copy of the weights, [a][b][d][c]. */
    public float[] weights() {
        return weights.clone();
    }

    /** Read-only view for the engine: callers must not modify the array. */
    float[] weightsShared() {
        return weights;
    }

    public Kernel withBias(float newBias) {
        return new Kernel(depth, height, width, channels, weights, newBias);
    }

    public Kernel withWeights(float[] newWeights) {
        return new Kernel(depth, height, width, channels, newWeights, bias);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Kernel k && k.depth == depth && k.height == height && k.width == width
                && k.channels == channels && Float.compare(k.bias, bias) == 0 && Arrays.equals(k.weights, weights);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(weights) * 31 + Float.hashCode(bias);
    }

    @Override
    public String toString() {
        return "Kernel " + depth + "x" + height + "x" + width + "x" + channels;
    }
}
