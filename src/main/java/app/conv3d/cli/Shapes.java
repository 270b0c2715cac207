package app.conv3d.cli;

import app.conv3d.core.ConvShape;
import app.conv3d.core.KernelBank;
import app.conv3d.core.Volume;
import java.io.PrintWriter;

/** The shapes of a convolution, as render and info print them. */
final class Shapes {
    private Shapes() {
    }

    static void print(PrintWriter out, Volume volume, KernelBank bank, ConvShape shape) {
        out.printf("input   %d x %d x %d x %d (frames x height x width x channels)%n",
                volume.frames(), volume.height(), volume.width(), volume.channels());
        out.printf("kernel  %d x %d x %d x %d x %d (kernels x frames x height x width x channels)%n",
                bank.count(), shape.kernel().t(), shape.kernel().h(), shape.kernel().w(), bank.channels());
        out.printf("padding %s  stride %s  dilation %s%n", shape.padding(), shape.stride(), shape.dilation());
        out.printf("output  %d x %d x %d x %d (kernels x frames x height x width)%n",
                bank.count(), shape.output().t(), shape.output().h(), shape.output().w());
        for (int axis = 0; axis < 3; axis++) {
            out.printf("        %-6s %s%n", app.conv3d.core.Axis3.name(axis), shape.formula(axis));
        }
        out.printf("multiply-adds %,d%n", shape.multiplyAdds(volume.channels(), bank.count()));
    }
}
