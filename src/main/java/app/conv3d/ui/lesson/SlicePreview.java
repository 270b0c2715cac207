package app.conv3d.ui.lesson;

import app.conv3d.core.FeatureDisplay;
import app.conv3d.core.FeatureVolume;
import app.conv3d.core.KernelBank;
import app.conv3d.core.ValueRange;

/**
 * The output slice on screen, computed first for kernels whose whole result is still on its way: a kernel edit
 * shows its features where the class is looking one convolution of a slice after the change, not of the volume.
 * It belongs to the result on screen ({@code shown}: the same clip, geometry and output shape, only the kernels
 * differ), so it never mixes a clip with features of another.
 *
 * @param shown the result on screen when the kernels changed
 * @param bank the new kernels
 * @param slice which output slice
 * @param features that slice for every kernel of {@code bank}: kernels x 1 x H' x W'
 */
public record SlicePreview(Computed shown, KernelBank bank, int slice, FeatureVolume features) {

    /**
     * The colour scale's ends for kernel {@code n}, over this slice alone: for a view with no scale on screen yet,
     * since the volume's own range is known only when the whole result arrives.
     */
    public ValueRange displayRange(FeatureDisplay display, int n) {
        return display.displayRange(features, n);
    }
}
