package app.conv3d.core;

/**
 * How feature values become display intensities in 0..1. The range is taken over a whole kernel's
 * feature volume, so every slice of an animation uses the same scale.
 */
public enum Normalization {
    /** Divide by the maximum, as the original 2019 script did: negative responses turn black. */
    MAX("max", "value / max: negatives turn black, as in the original script"),
    /** Stretch the smallest value to 0 and the largest to 1. */
    MINMAX("minmax", "(value - min) / (max - min): uses the full range"),
    /** Zero in the middle, the largest magnitude at the ends: for signed responses. */
    SYMMETRIC("symmetric", "zero in the middle, +-max|value| at the ends: for signed responses");

    private final String id;
    private final String explanation;

    Normalization(String id, String explanation) {
        this.id = id;
        this.explanation = explanation;
    }

    public String id() {
        return id;
    }

    public String explanation() {
        return explanation;
    }

    public static Normalization parse(String text) {
        for (Normalization n : values()) {
            if (n.id.equalsIgnoreCase(text.trim())) {
                return n;
            }
        }
        throw new InvalidSpecException(CoreTexts.text("normalization.unknown", text));
    }

    /** The values that map to 0 and to 1, given the data's own range. */
    public ValueRange displayRange(ValueRange data) {
        return switch (this) {
            case MAX -> new ValueRange(0f, Math.max(data.high(), 0f));
            case MINMAX -> data;
            case SYMMETRIC -> {
                float m = Math.max(Math.abs(data.low()), Math.abs(data.high()));
                yield new ValueRange(-m, m);
            }
        };
    }

    /** {@code value} mapped into 0..1 over {@code display} (a range from {@link #displayRange}); clamped. */
    public double unit(float value, ValueRange display) {
        float span = display.high() - display.low();
        if (!(span > 0f)) {
            // A flat output: zero sits in the middle of a symmetric map, elsewhere flat is dark.
            return this == SYMMETRIC ? 0.5 : (value > display.low() ? 1.0 : 0.0);
        }
        double u = (value - display.low()) / (double) span;
        return u < 0 ? 0 : (u > 1 ? 1 : u);
    }
}
