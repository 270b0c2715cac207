package app.conv3d.core;

/**
 * A convolution's concrete geometry: input and kernel sizes, the resolved padding and the output size
 * per axis, from PyTorch's formula {@code floor((in + 2*pad - dil*(k-1) - 1) / stride) + 1}.
 */
public record ConvShape(Axis3 input, Axis3 kernel, Axis3 stride, Axis3 padding, Axis3 dilation, Axis3 output) {

    /** Multiply-adds for {@code channels} input channels and {@code kernels} output kernels. */
    public long multiplyAdds(int channels, int kernels) {
        return output.product() * kernel.product() * channels * kernels;
    }

    /** One axis's formula with numbers, as the app shows it: {@code floor((16 + 2*0 - 1*(5-1) - 1) / 1) + 1 = 12}. */
    public String formula(int axis) {
        return "floor((" + input.get(axis) + " + 2*" + padding.get(axis) + " - " + dilation.get(axis) + "*("
                + kernel.get(axis) + "-1) - 1) / " + stride.get(axis) + ") + 1 = " + output.get(axis);
    }
}
