package app.conv3d.ui.i18n;

import app.conv3d.core.Axis3;
import app.conv3d.core.KernelPreset;
import app.conv3d.core.Padding;
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

    /** "valid", "same", "custom" as the padding buttons say it. */
    public static String padding(Padding.Mode mode) {
        return Messages.text("padding." + mode.name().toLowerCase(Locale.ROOT));
    }
}
