package app.conv3d.core;

/**
 * The taps of a bank grouped by kernel row, for engines that load each input row once and use it for
 * several output rows: one entry per (channel, kernel frame, kernel column) with its offset from the
 * window origin and the kernel's {@code kh} weights down that column. Needs stride and dilation 1 along
 * the height, so that input row {@code j} of a block of output rows feeds output row {@code i} with kernel
 * row {@code j - i}.
 */
final class RowTaps {
    final int entries;
    final int height;
    final int[] offsets;
    /** weights[(n * entries + e) * height + b]. */
    final float[] weights;

    RowTaps(ConvJob job) {
        KernelBank bank = job.bank;
        Axis3 k = job.shape.kernel();
        Axis3 dil = job.shape.dilation();
        int channels = bank.channels();
        this.height = k.h();
        this.entries = channels * k.t() * k.w();
        this.offsets = new int[entries];
        this.weights = new float[bank.count() * entries * height];
        int e = 0;
        for (int c = 0; c < channels; c++) {
            for (int a = 0; a < k.t(); a++) {
                for (int d = 0; d < k.w(); d++, e++) {
                    offsets[e] = c * job.channelStep + a * dil.t() * job.frameStep + d * dil.w();
                    for (int n = 0; n < bank.count(); n++) {
                        Kernel kernel = bank.get(n);
                        for (int b = 0; b < height; b++) {
                            weights[(n * entries + e) * height + b] = kernel.get(a, b, d, c);
                        }
                    }
                }
            }
        }
    }

    /** Whether this grouping applies to {@code job}: unit stride and dilation along the height. */
    static boolean fits(ConvJob job) {
        return job.strideH == 1 && job.shape.dilation().h() == 1;
    }
}
