package app.conv3d.core;

/**
 * The geometry of a convolution, independent of the data: stride, zero padding and dilation per axis
 * (time, height, width), and whether a ReLU follows. Biases belong to the kernels, as in PyTorch.
 */
public record ConvSpec(Axis3 stride, Padding padding, Axis3 dilation, boolean relu) {

    public static final int MAX_STRIDE = 64;
    public static final int MAX_DILATION = 64;

    public static final ConvSpec VALID = new ConvSpec(Axis3.all(1), Padding.VALID, Axis3.all(1), false);

    public ConvSpec {
        for (int axis = 0; axis < 3; axis++) {
            int s = stride.get(axis);
            if (s < 1 || s > MAX_STRIDE) {
                throw new InvalidSpecException(CoreTexts.text("spec.stride", CoreTexts.axis(axis), MAX_STRIDE, s));
            }
            int d = dilation.get(axis);
            if (d < 1 || d > MAX_DILATION) {
                throw new InvalidSpecException(CoreTexts.text("spec.dilation", CoreTexts.axis(axis), MAX_DILATION, d));
            }
        }
        if (padding.mode() == Padding.Mode.SAME && !stride.equals(Axis3.all(1))) {
            throw new InvalidSpecException(CoreTexts.text("spec.sameStride", stride));
        }
    }

    public ConvSpec withStride(Axis3 s) {
        return new ConvSpec(s, padding, dilation, relu);
    }

    public ConvSpec withPadding(Padding p) {
        return new ConvSpec(stride, p, dilation, relu);
    }

    public ConvSpec withDilation(Axis3 d) {
        return new ConvSpec(stride, padding, d, relu);
    }

    public ConvSpec withRelu(boolean r) {
        return new ConvSpec(stride, padding, dilation, r);
    }

    /**
     * The concrete shape of this convolution over an input of {@code input} frames/rows/columns with a
     * kernel of {@code kernel}; rejects an empty output naming the axis and why.
     */
    public ConvShape shape(Axis3 input, Axis3 kernel) {
        Axis3 pad = padding.resolve(kernel, dilation);
        int[] out = new int[3];
        for (int axis = 0; axis < 3; axis++) {
            int in = input.get(axis);
            int k = kernel.get(axis);
            int p = pad.get(axis);
            int d = dilation.get(axis);
            int s = stride.get(axis);
            long span = (long) d * (k - 1) + 1;
            long padded = in + 2L * p;
            if (span > padded) {
                throw new InvalidSpecException(CoreTexts.text(
                        "spec.empty" + (d > 1 ? ".dilated" : "") + (p > 0 ? ".padded" : ""),
                        CoreTexts.axis(axis), span, padded, k, d));
            }
            if (p >= span) {
                throw new InvalidSpecException(CoreTexts.text("spec.padding", CoreTexts.axis(axis), p, span));
            }
            out[axis] = (int) ((padded - span) / s + 1);
        }
        return new ConvShape(input, kernel, stride, pad, dilation, new Axis3(out[0], out[1], out[2]));
    }
}
