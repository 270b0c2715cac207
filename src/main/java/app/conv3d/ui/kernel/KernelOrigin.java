package app.conv3d.ui.kernel;

import app.conv3d.core.Axis3;
import app.conv3d.core.Kernel;
import app.conv3d.core.KernelPreset;
import app.conv3d.io.PresetKernels;
import app.conv3d.ui.i18n.CoreNames;
import app.conv3d.ui.i18n.Messages;
import java.util.Optional;

/**
 * Which preset (and, for random, which seed and std) a kernel of the bank was built from, so it can be rebuilt at
 * another size. A kernel that was edited or loaded from a file has no origin.
 */
public record KernelOrigin(KernelPreset preset, long seed, double std) {

    public static KernelOrigin of(KernelPreset preset) {
        return new KernelOrigin(preset, KernelPreset.DEFAULT_SEED, KernelPreset.DEFAULT_STD);
    }

    /** The kernel at {@code size}: the shipped preset file's at its own size (assets/presets), the recipe's else. */
    public Kernel build(Axis3 size, int channels) {
        return preset == KernelPreset.RANDOM && (seed != KernelPreset.DEFAULT_SEED || std != KernelPreset.DEFAULT_STD)
                ? KernelPreset.randomGaussian(size, channels, seed, std)
                : PresetKernels.shipped().build(preset, size, channels);
    }

    /** "Blur", or "Random (Gaussian) seed 7, std 0.25" when not the defaults. */
    public String label() {
        if (preset == KernelPreset.RANDOM && (seed != KernelPreset.DEFAULT_SEED || std != KernelPreset.DEFAULT_STD)) {
            return Messages.text("preset.random.label", seed, std);
        }
        return CoreNames.preset(preset);
    }

    /** Two or three words for a thumbnail: the preset's id in words ("motion right"), and a random kernel's seed. */
    public String shortLabel() {
        String words = preset.id().replace('-', ' ');
        return preset == KernelPreset.RANDOM && seed != KernelPreset.DEFAULT_SEED ? words + " #" + seed : words;
    }

    /** The preset (with default seed and std) that builds exactly {@code k}, if one does. */
    public static Optional<KernelOrigin> recognise(Kernel k) {
        for (KernelPreset p : KernelPreset.values()) {
            KernelOrigin o = of(p);
            if (o.build(k.size(), k.channels()).equals(k)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }
}
