package app.conv3d.ui.math;

import java.util.Locale;

/** How the math panel writes numbers: the same everywhere, so students can check the sums. */
public final class Numbers {
    private Numbers() {
    }

    /**
     * Three significant digits but at least two and at most six decimals, as the kernel lab writes weights:
     * 117.39, 0.527, a normalised blur's 0.00267 (two decimals would show a misleading 0.00 and hide a Sobel
     * pattern); "0" for an exact zero. A true minus sign; thousands unseparated (they confuse with decimal commas).
     */
    public static String value(float v) {
        return significant(v, 3);
    }

    /** {@code v} with {@code digits} significant digits, at least two and at most six decimals; "0" for zero. */
    public static String significant(float v, int digits) {
        if (v == 0) {
            return "0";
        }
        int decimals = (int) Math.max(2, Math.min(6, digits - 1 - Math.floor(Math.log10(Math.abs(v)))));
        return minus(String.format(Locale.ROOT, "%." + decimals + "f", v));
    }

    /** Inputs are pixel values: whole numbers as read from the clip, one decimal where resizing averaged them. */
    public static String input(float v) {
        if (v == Math.rint(v)) {
            return minus(String.format(Locale.ROOT, "%.0f", v));
        }
        return minus(String.format(Locale.ROOT, "%.1f", v));
    }

    private static String minus(String s) {
        // "-0.00" reads as a mistake on a projector; U+2212 is wider and clearer than a hyphen.
        if (s.matches("-?0\\.0+")) {
            return "0";
        }
        return s.startsWith("-") ? "\u2212" + s.substring(1) : s;
    }

    /** Channel names for RGB clips, numbers otherwise. */
    public static String channel(int c, int channels) {
        if (channels == 3) {
            return switch (c) {
                case 0 -> "R";
                case 1 -> "G";
                default -> "B";
            };
        }
        return "c" + c;
    }
}
