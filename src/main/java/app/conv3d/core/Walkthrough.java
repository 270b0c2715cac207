package app.conv3d.core;

/**
 * The convolution explained at one output position of one kernel: every tap's input value (0 where the
 * kernel reaches into the zero padding), weight and product, partial sums per frame and per channel,
 * the total, the bias and the ReLU. Same arithmetic and summation order as {@link Conv3d}, so
 * {@link #value()} is the engine's output at that position.
 *
 * <p>Taps are indexed [a][b][d][c]: kernel frame, kernel row, kernel column, channel.
 */
public final class Walkthrough {
    private final ConvShape shape;
    private final int kernel;
    private final Axis3 position;
    private final ReceptiveField field;
    private final int channels;
    private final float[] inputs;
    private final float[] weights;
    private final float[] products;
    private final boolean[] padded;
    private final float sum;
    private final float bias;
    private final boolean relu;

    private Walkthrough(ConvShape shape, int kernel, Axis3 position, ReceptiveField field, int channels,
            float[] inputs, float[] weights, float[] products, boolean[] padded, float sum, float bias,
            boolean relu) {
        this.shape = shape;
        this.kernel = kernel;
        this.position = position;
        this.field = field;
        this.channels = channels;
        this.inputs = inputs;
        this.weights = weights;
        this.products = products;
        this.padded = padded;
        this.sum = sum;
        this.bias = bias;
        this.relu = relu;
    }

    /** Kernel {@code n} of {@code bank} over {@code volume} at output position (t, y, x). */
    public static Walkthrough at(Volume volume, KernelBank bank, int n, ConvSpec spec, int t, int y, int x) {
        ConvShape shape = Conv3d.shape(volume, bank, spec);
        if (n < 0 || n >= bank.count()) {
            throw new IndexOutOfBoundsException("kernel " + n + " is outside 0.." + (bank.count() - 1));
        }
        new OutputPositions(shape.output()).index(t, y, x); // validates the position
        Kernel k = bank.get(n);
        int channels = volume.channels();
        ReceptiveField field = ReceptiveField.at(shape, t, y, x);
        float[] weights = k.weights();
        float[] inputs = new float[weights.length];
        float[] products = new float[weights.length];
        boolean[] padded = new boolean[k.depth() * k.height() * k.width()];
        Axis3 o = field.origin();
        Axis3 step = field.step();
        float sum = 0;
        int i = 0;
        int tap = 0;
        for (int a = 0; a < k.depth(); a++) {
            int vt = o.t() + a * step.t();
            for (int b = 0; b < k.height(); b++) {
                int vy = o.h() + b * step.h();
                for (int d = 0; d < k.width(); d++, tap++) {
                    int vx = o.w() + d * step.w();
                    boolean outside = vt < 0 || vt >= volume.frames() || vy < 0 || vy >= volume.height()
                            || vx < 0 || vx >= volume.width();
                    padded[tap] = outside;
                    for (int c = 0; c < channels; c++, i++) {
                        if (!outside) {
                            inputs[i] = volume.get(vt, vy, vx, c);
                            products[i] = weights[i] * inputs[i];
                            sum += products[i];
                        }
                    }
                }
            }
        }
        return new Walkthrough(shape, n, new Axis3(t, y, x), field, channels, inputs, weights, products, padded,
                sum, k.bias(), spec.relu());
    }

    public ConvShape shape() {
        return shape;
    }

    /** Which kernel of the bank this explains. */
    public int kernelIndex() {
        return kernel;
    }

    /** The output position: frame t, row h, column w. */
    public Axis3 position() {
        return position;
    }

    public ReceptiveField field() {
        return field;
    }

    public Axis3 kernelSize() {
        return shape.kernel();
    }

    public int channels() {
        return channels;
    }

    /** The input value under tap (a, b, d, c); 0 where the tap lies in the zero padding. */
    public float input(int a, int b, int d, int c) {
        return inputs[index(a, b, d, c)];
    }

    /** Whether tap (a, b, d) lies in the zero padding, outside the clip. */
    public boolean inPadding(int a, int b, int d) {
        return padded[(a * shape.kernel().h() + b) * shape.kernel().w() + d];
    }

    public float weight(int a, int b, int d, int c) {
        return weights[index(a, b, d, c)];
    }

    public float product(int a, int b, int d, int c) {
        return products[index(a, b, d, c)];
    }

    /** The sum of the products of kernel frame {@code a} and channel {@code c}: one grid of the math panel. */
    public float gridSum(int a, int c) {
        float s = 0;
        for (int b = 0; b < shape.kernel().h(); b++) {
            for (int d = 0; d < shape.kernel().w(); d++) {
                s += products[index(a, b, d, c)];
            }
        }
        return s;
    }

    /** The sum of the products of kernel frame {@code a}, all rows, columns and channels. */
    public float frameSum(int a) {
        float s = 0;
        for (int c = 0; c < channels; c++) {
            s += gridSum(a, c);
        }
        return s;
    }

    /** The sum of the products of channel {@code c}, all kernel frames, rows and columns. */
    public float channelSum(int c) {
        float s = 0;
        for (int a = 0; a < shape.kernel().t(); a++) {
            s += gridSum(a, c);
        }
        return s;
    }

    /** The sum of all products, before the bias. */
    public float sum() {
        return sum;
    }

    public float bias() {
        return bias;
    }

    public boolean relu() {
        return relu;
    }

    /** Sum plus bias: the value before the ReLU. */
    public float preActivation() {
        return sum + bias;
    }

    /** The output value: sum plus bias, through the ReLU when it is on. */
    public float value() {
        float v = sum + bias;
        return relu ? Math.max(0f, v) : v;
    }

    private int index(int a, int b, int d, int c) {
        Axis3 k = shape.kernel();
        return ((a * k.h() + b) * k.w() + d) * channels + c;
    }
}
