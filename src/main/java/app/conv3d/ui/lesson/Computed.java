package app.conv3d.ui.lesson;

import app.conv3d.core.ConvShape;
import app.conv3d.core.ConvSpec;
import app.conv3d.core.FeatureVolume;
import app.conv3d.core.KernelBank;
import app.conv3d.core.Volume;

/**
 * One consistent result: the lesson's clip, the kernels and geometry it was convolved with, and the
 * features. Views read these together, so a picture never mixes an old clip with new features.
 */
public record Computed(Volume volume, KernelBank bank, ConvSpec spec, ConvShape shape, FeatureVolume features,
        long millis) {
}
