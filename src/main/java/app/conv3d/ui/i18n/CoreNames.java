package app.conv3d.ui.i18n;

import app.conv3d.core.Axis3;
import app.conv3d.core.Colormap;
import app.conv3d.core.KernelPreset;
import app.conv3d.core.Normalization;
import app.conv3d.core.Padding;
import app.conv3d.core.StepSize;
import app.conv3d.ui.i18n.Messages;
import java.util.Locale;

/**
 * What the window calls core's things in the language in use. {@code core} knows no languages (it imports the JDK
 * only), so its enums keep their English names for the command line and the docs, and the window asks here.
 */
public final class CoreNames {
    private CoreNames() {
    }

    /** "time", "height", "width" in the language in use. */
    public static String axis(int axis) {
        return Messages.text("axis." + Axis3.name(axis));
    }

    /** "Space-time blur". */
    public static String preset(KernelPreset preset) {
        return Messages.text("preset." + preset.id() + ".name");
    }

    /** The sentence a teacher reads aloud about the preset. */
    public static String explanation(KernelPreset preset) {
        return Messages.text("preset." + preset.id() + ".explanation");
    }

    /** "one position", "one row", "one slice". */
    public static String stepSize(StepSize size) {
        return Messages.text("stepSize." + size.name());
    }

    /** "max: value / max: negatives turn black, as in the original script": its name, and what it does. */
    public static String normalization(Normalization n) {
        return normalizationName(n) + ": " + Messages.text("normalization." + n.id());
    }

    /** The scale's short name as the scale choice shows it: "max" in English (the files' id), "máximo" in Spanish. */
    public static String normalizationName(Normalization n) {
        return Messages.text("normalization." + n.id() + ".name");
    }

    /** "gray: black = low, white = high": its name, and what it shows. */
    public static String colormap(Colormap c) {
        return colormapName(c) + ": " + Messages.text("colormap." + c.id());
    }

    /** The colour map's short name as the colour choice shows it: "gray" in English, "grises" in Spanish. */
    public static String colormapName(Colormap c) {
        return Messages.text("colormap." + c.id() + ".name");
    }

    /** "valid", "same", "custom" as the padding buttons say it. */
    public static String padding(Padding.Mode mode) {
        return Messages.text("padding." + mode.name().toLowerCase(Locale.ROOT));
    }
}
