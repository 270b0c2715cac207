package app.conv3d.core;

/**
 * Turns feature values into pixels: one normalisation over a whole kernel's volume, one colormap.
 * Everything a view or exporter shows of features goes through here, so they all agree.
 */
public record FeatureDisplay(Normalization normalization, Colormap colormap) {

    public static final FeatureDisplay DEFAULT = new FeatureDisplay(Normalization.MINMAX, Colormap.GRAY);

    /** The values that map to the two ends of the colour scale, for kernel {@code n} of {@code features}. */
    public ValueRange displayRange(FeatureVolume features, int n) {
        int size = features.frames() * features.height() * features.width();
        return normalization.displayRange(ValueRange.of(features.data(), n * size, (n + 1) * size));
    }

    /** Palette levels (0..255), one per pixel of slice (n, t), row-major. */
    public byte[] levels(FeatureVolume features, int n, int t, ValueRange display) {
        int size = features.height() * features.width();
        int start = features.index(n, t, 0, 0);
        float[] data = features.data();
        byte[] out = new byte[size];
        for (int i = 0; i < size; i++) {
            out[i] = (byte) Colormap.level(normalization.unit(data[start + i], display));
        }
        return out;
    }

    /** Opaque ARGB pixels of slice (n, t), row-major. */
    public int[] argb(FeatureVolume features, int n, int t, ValueRange display) {
        byte[] levels = levels(features, n, t, display);
        int[] out = new int[levels.length];
        for (int i = 0; i < levels.length; i++) {
            out[i] = colormap.argb(levels[i] & 0xFF);
        }
        return out;
    }
}
