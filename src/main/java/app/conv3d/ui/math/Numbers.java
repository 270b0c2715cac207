package app.conv3d.ui.math;

import java.util.Locale;

/** How the math panel writes numbers: the same everywhere, so students can check the sums. */
public final class Numbers {
    private Numbers() {
    }

    /** Two decimals, a true minus sign, thousands unseparated (they confuse with decimal commas). */
    public static String value(float v) {
        return minus(String.format(Locale.ROOT, "%.2f", v));
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
        if (s.matches("-0\\.0+")) {
            return s.substring(1);
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
