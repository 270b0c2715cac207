package app.conv3d.ui.math;

import app.conv3d.core.Axis3;
import app.conv3d.core.ConvShape;
import app.conv3d.core.KernelBank;

/** The lesson's convolution as the PyTorch line a student would write, with the shapes it produces. */
public final class TorchSnippet {
    private TorchSnippet() {
    }

    /** E.g. {@code torch.nn.Conv3d(3, 1, kernel_size=(5, 5, 5), stride=1, padding=0, bias=False)}. */
    public static String layer(ConvShape shape, int channels, KernelBank bank, boolean relu) {
        StringBuilder s = new StringBuilder("torch.nn.Conv3d(").append(channels).append(", ").append(bank.count())
                .append(", kernel_size=").append(tuple(shape.kernel()))
                .append(", stride=").append(compact(shape.stride()))
                .append(", padding=").append(compact(shape.padding()));
        if (!shape.dilation().equals(Axis3.all(1))) {
            s.append(", dilation=").append(compact(shape.dilation()));
        }
        s.append(", bias=").append(hasBias(bank) ? "True" : "False").append(')');
        if (relu) {
            s.append("  # then torch.relu");
        }
        return s.toString();
    }

    /** Input and output tensor shapes in PyTorch's (batch, channels, T, H, W) order. */
    public static String shapes(ConvShape shape, int channels, int kernels) {
        return "# input (1, " + channels + ", " + join(shape.input()) + ")  ->  output (1, " + kernels + ", "
                + join(shape.output()) + ")";
    }

    private static boolean hasBias(KernelBank bank) {
        return bank.kernels().stream().anyMatch(k -> k.bias() != 0f);
    }

    private static String compact(Axis3 a) {
        return a.t() == a.h() && a.h() == a.w() ? Integer.toString(a.t()) : tuple(a);
    }

    private static String tuple(Axis3 a) {
        return "(" + join(a) + ")";
    }

    private static String join(Axis3 a) {
        return a.t() + ", " + a.h() + ", " + a.w();
    }
}
