package app.conv3d.ui.kernel;

import java.util.Locale;

/**
 * The colour behind a weight: blue for negative, red for positive, stronger the larger the weight is against the
 * kernel's largest, never so strong that the digits on top (dark on the light themes, light on the dark one)
 * stop being legible. Translucent, so the same tint works over either theme's panel.
 */
public final class WeightColors {
    /** Zero has no tint: the panel shows through, light or dark with the theme. */
    private static final String ZERO = "transparent";

    private WeightColors() {
    }

    /** A CSS colour for {@code v} in a kernel whose largest absolute weight is {@code maxAbs}. */
    public static String background(float v, float maxAbs) {
        if (v == 0 || maxAbs <= 0) {
            return ZERO;
        }
        double strength = 0.12 + 0.5 * Math.min(1, Math.abs(v) / maxAbs);
        return v > 0
                ? String.format(Locale.ROOT, "rgba(214, 69, 47, %.2f)", strength)
                : String.format(Locale.ROOT, "rgba(47, 111, 214, %.2f)", strength);
    }
}
