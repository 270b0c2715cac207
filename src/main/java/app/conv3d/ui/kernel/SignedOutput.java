package app.conv3d.ui.kernel;

import app.conv3d.core.Colormap;
import app.conv3d.core.FeatureDisplay;
import app.conv3d.core.Kernel;
import app.conv3d.core.Normalization;

/**
 * Kernels whose answer is a sign: positive and negative weights that cancel (temporal difference, Sobel, the
 * motion detectors). Anything uniform, such as a still scene, gives zero, and the sign says which way it
 * changed; only the symmetric scale with diverging colours shows that (zero white, blue and red either side).
 */
final class SignedOutput {
    /** The display that shows a signed answer as the user guide describes it. */
    static final FeatureDisplay DISPLAY = new FeatureDisplay(Normalization.SYMMETRIC, Colormap.DIVERGING);

    private SignedOutput() {
    }

    /** Whether {@code k} has negative weights and its weights sum to zero (to float rounding). */
    static boolean of(Kernel k) {
        double sum = 0;
        double magnitude = 0;
        boolean negative = false;
        for (float w : k.weights()) {
            sum += w;
            magnitude += Math.abs(w);
            negative |= w < 0;
        }
        return negative && Math.abs(sum) <= 1e-4 * magnitude;
    }
}
