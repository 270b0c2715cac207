package app.conv3d.core;

/** Colour scales for feature values: a 256-entry palette each, so images and GIFs share exact colours. */
public enum Colormap {
    /** Black to white. */
    GRAY("gray", "black = low, white = high"),
    /** Blue through white to red: for signed values, white is the middle. */
    DIVERGING("diverging", "blue = negative, white = zero (with symmetric), red = positive");

    private final String id;
    private final String explanation;
    private final int[] palette;

    Colormap(String id, String explanation) {
        this.id = id;
        this.explanation = explanation;
        this.palette = new int[256];
        for (int i = 0; i < 256; i++) {
            palette[i] = compute(i / 255.0);
        }
    }

    public String id() {
        return id;
    }

    public String explanation() {
        return explanation;
    }

    public static Colormap parse(String text) {
        for (Colormap c : values()) {
            if (c.id.equalsIgnoreCase(text.trim())) {
                return c;
            }
        }
        throw new InvalidSpecException(CoreTexts.text("colormap.unknown", text));
    }

    /** The palette index (0..255) for an intensity in 0..1. */
    public static int level(double unit) {
        int i = (int) Math.round(unit * 255.0);
        return i < 0 ? 0 : (i > 255 ? 255 : i);
    }

    /** Opaque ARGB of palette entry {@code level}. */
    public int argb(int level) {
        return palette[level];
    }

    /** A copy of the 256 opaque ARGB colours. */
    public int[] palette() {
        return palette.clone();
    }

    private int compute(double u) {
        // Not "this == GRAY": the constant is still null while its own constructor runs.
        if (id.equals("gray")) {
            int g = (int) Math.round(u * 255);
            return 0xFF000000 | g << 16 | g << 8 | g;
        }
        // Blue (33,102,172) -> white -> red (178,24,43): ColorBrewer RdBu ends, readable on a projector.
        double[] lowEnd = {33, 102, 172};
        double[] highEnd = {178, 24, 43};
        double[] end = u < 0.5 ? lowEnd : highEnd;
        double f = Math.abs(u - 0.5) * 2; // 0 at the centre, 1 at either end
        int r = (int) Math.round(255 + (end[0] - 255) * f);
        int g = (int) Math.round(255 + (end[1] - 255) * f);
        int b = (int) Math.round(255 + (end[2] - 255) * f);
        return 0xFF000000 | r << 16 | g << 8 | b;
    }
}
