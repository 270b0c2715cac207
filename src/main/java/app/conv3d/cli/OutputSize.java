package app.conv3d.cli;

import app.conv3d.core.ConvShape;
import app.conv3d.core.InvalidSpecException;
import java.util.Locale;

/**
 * Whether a convolution's output can be held at all, asked before computing it: the feature volume is one
 * float array, so it holds at most {@link #MAX_VALUES} values, and it must fit in this JVM's heap. The
 * answer states the size it would need.
 */
final class OutputSize {
    /** The largest Java array. */
    static final long MAX_VALUES = Integer.MAX_VALUE - 8;

    private OutputSize() {
    }

    static void check(ConvShape shape, int kernels) {
        check(shape, kernels, Runtime.getRuntime().maxMemory());
    }

    static void check(ConvShape shape, int kernels, long maxHeapBytes) {
        long values = kernels * shape.output().product();
        long bytes = values * Float.BYTES;
        String size = String.format(Locale.ROOT, "%d kernel(s) x %d x %d x %d = %d values (%s of float32)",
                kernels, shape.output().t(), shape.output().h(), shape.output().w(), values, bytes(bytes));
        if (values > MAX_VALUES) {
            throw new InvalidSpecException("the output would hold " + size + ", more than the " + MAX_VALUES
                    + " one array can: use fewer kernels, a smaller --size or a --stride");
        }
        if (bytes > maxHeapBytes) {
            throw new InvalidSpecException("the output would hold " + size + " but this Java may use "
                    + bytes(maxHeapBytes) + " (-Xmx): use fewer kernels, a smaller --size or a --stride");
        }
    }

    private static String bytes(long b) {
        return b >= 1L << 30 ? String.format(Locale.ROOT, "%.1f GiB", b / (double) (1L << 30))
                : String.format(Locale.ROOT, "%.0f MiB", b / (double) (1L << 20));
    }
}
