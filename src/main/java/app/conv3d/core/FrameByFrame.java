package app.conv3d.core;

/**
 * The 2D counterpart of a 3D kernel: a depth-1 kernel applied to each frame on its own, to set beside the true
 * 3D kernel and show what looking across time adds.
 *
 * <p>It is the kernel's sum over time, not its middle slice. The sum is the one choice for which both kernels
 * agree wherever the clip stands still, so every difference between their outputs is the 3D kernel's response to
 * change. It also keeps each preset's scale: a blur stays a blur of the same brightness, an edge filter the same
 * edge filter, while the temporal difference and the motion detectors, whose frames cancel, flatten to zero: a
 * kernel that sees one frame at a time cannot see motion.
 */
public final class FrameByFrame {
    private FrameByFrame() {
    }

    /** {@code K2[0,b,d,c] = sum over a of K[a,b,d,c]}, same height, width, channels and bias. */
    public static Kernel flatten(Kernel kernel) {
        int plane = kernel.height() * kernel.width() * kernel.channels();
        float[] w = kernel.weights();
        double[] sum = new double[plane];
        for (int a = 0; a < kernel.depth(); a++) {
            for (int i = 0; i < plane; i++) {
                sum[i] += w[a * plane + i];
            }
        }
        float[] flat = new float[plane];
        for (int i = 0; i < plane; i++) {
            flat[i] = (float) sum[i];
        }
        return new Kernel(1, kernel.height(), kernel.width(), kernel.channels(), flat, kernel.bias());
    }
}
