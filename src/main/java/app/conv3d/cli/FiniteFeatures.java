package app.conv3d.cli;

import app.conv3d.core.FeatureVolume;
import app.conv3d.core.InvalidSpecException;
import app.conv3d.core.Kernel;
import app.conv3d.core.KernelBank;

/**
 * Features that overflow float32 (weights near 3e38 make Inf, and Inf - Inf makes NaN) are no picture and
 * no data: refused before anything is written, naming the kernel that made them.
 */
final class FiniteFeatures {
    private FiniteFeatures() {
    }

    static void check(FeatureVolume features, KernelBank bank, String kernelOption) {
        float[] data = features.data();
        int perKernel = features.frames() * features.height() * features.width();
        for (int n = 0; n < features.kernels(); n++) {
            for (int i = n * perKernel, end = i + perKernel; i < end; i++) {
                if (!Float.isFinite(data[i])) {
                    throw new InvalidSpecException("--kernel " + kernelOption + ": kernel " + n
                            + " makes features that overflow float32 (" + data[i] + "); its largest weight is "
                            + largest(bank.kernels().get(n)) + ": scale the weights down");
                }
            }
        }
    }

    private static float largest(Kernel k) {
        float max = 0;
        for (float w : k.weights()) {
            max = Math.max(max, Math.abs(w));
        }
        return max;
    }
}
