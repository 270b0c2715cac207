package app.conv3d.core;

/** A clip's pixels as opaque ARGB colours: one channel as gray, three as RGB (values 0..255, rounded and clamped). */
public final class ClipPixels {
    private ClipPixels() {
    }

    /** The colour of the pixel whose first channel is {@code data[p]} in a clip of {@code channels} channels. */
    public static int argb(float[] data, int p, int channels) {
        int r = clamp(data[p]);
        int g = channels >= 3 ? clamp(data[p + 1]) : r;
        int b = channels >= 3 ? clamp(data[p + 2]) : r;
        return 0xFF000000 | r << 16 | g << 8 | b;
    }

    private static int clamp(float v) {
        int i = Math.round(v);
        return i < 0 ? 0 : (i > 255 ? 255 : i);
    }
}
