package app.conv3d.core;

/**
 * A kernel as the command line names it: a preset, its window size, and for {@link KernelPreset#RANDOM} the
 * NumPy seed and standard deviation (ignored by the other presets). The channel count comes from the clip.
 */
public record KernelSpec(KernelPreset preset, Axis3 size, long seed, double std) {

    public KernelSpec {
        for (int axis = 0; axis < 3; axis++) {
            int k = size.get(axis);
            if (k < 1 || k > Kernel.MAX_SIZE) {
                throw new InvalidSpecException(CoreTexts.text("kernel.size", CoreTexts.axis(axis), Kernel.MAX_SIZE, k));
            }
        }
        if (seed < 0 || seed > NumpyRandom.MAX_SEED) {
            throw new InvalidSpecException(CoreTexts.text("kernel.seed", NumpyRandom.MAX_SEED, seed));
        }
        if (!Double.isFinite(std) || std <= 0) {
            throw new InvalidSpecException(CoreTexts.text("kernel.std", std));
        }
    }

    /** The preset at the default size (5x5x5) and, for the random kernel, seed 5 and std 0.5. */
    public static KernelSpec of(KernelPreset preset) {
        return new KernelSpec(preset, KernelPreset.DEFAULT_SIZE, KernelPreset.DEFAULT_SEED, KernelPreset.DEFAULT_STD);
    }

    public KernelSpec withSize(Axis3 newSize) {
        return new KernelSpec(preset, newSize, seed, std);
    }

    public Kernel build(int channels) {
        return preset == KernelPreset.RANDOM
                ? KernelPreset.randomGaussian(size, channels, seed, std)
                : preset.build(size, channels);
    }

    /** The full spec in the command line's syntax, e.g. {@code random:seed=5,std=0.5,size=5x5x5}. */
    @Override
    public String toString() {
        String sizeText = "size=" + size.t() + "x" + size.h() + "x" + size.w();
        return preset == KernelPreset.RANDOM
                ? preset.id() + ":seed=" + seed + ",std=" + std + "," + sizeText
                : preset.id() + ":" + sizeText;
    }
}
