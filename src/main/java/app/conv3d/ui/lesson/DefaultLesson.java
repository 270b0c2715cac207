package app.conv3d.ui.lesson;

import app.conv3d.capture.SampleClip;
import app.conv3d.core.KernelBank;
import app.conv3d.core.KernelPreset;
import app.conv3d.core.Volume;

/** What the window opens with: the built-in waving-hand clip and one 5x5x5x3 random kernel, as the original script. */
public final class DefaultLesson {
    private DefaultLesson() {
    }

    /** The built-in sample clip, 16 frames of 256x256 RGB. */
    public static Volume clip() {
        return SampleClip.generate();
    }

    /** One 5x5x5x3 kernel of 0.5 * standard normal weights from NumPy's seed 5, no bias. */
    public static KernelBank kernels() {
        return KernelBank.of(KernelPreset.randomGaussian(KernelPreset.DEFAULT_SIZE, 3, KernelPreset.DEFAULT_SEED,
                KernelPreset.DEFAULT_STD));
    }
}
