package app.conv3d.ui.app;

import app.conv3d.ui.i18n.Messages;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;

/**
 * One sentence per control of the teaching window saying which idea it stands for, as a tooltip and as
 * the text a screen reader speaks. Applied by id, and only where the view has not set its own, so the
 * views stay as their authors wrote them; an id that is not there is skipped.
 */
final class ControlHints {
    /** id -> (accessible name, tooltip). */
    static final Map<String, String[]> HINTS = Map.ofEntries(
            hint("lessonSizeChoice"),
            hint("kernelChoice"),
            hint("showAll"),
            hint("normalizationChoice"),
            hint("colormapChoice"),
            hint("sliceSlider"),
            hint("slicePlay"),
            hint("speedChoice"),
            hint("stepSizeChoice"),
            hint("scrubber"),
            hint("mathFrameSelector"),
            hint("mathChannelSelector"),
            hint("volume-explode"),
            hint("errorBanner"));

    private ControlHints() {
    }

    private static Map.Entry<String, String[]> hint(String id) {
        return Map.entry(id, new String[] {Messages.text("hint." + id), Messages.text("hint." + id + ".tip")});
    }

    /** Adds the hints under {@code root} that its views have not set themselves. */
    static void apply(Parent root) {
        HINTS.forEach((id, hint) -> {
            Node n = root.lookup("#" + id);
            if (n == null) {
                return;
            }
            if (n.getAccessibleText() == null) {
                n.setAccessibleText(hint[0]);
            }
            if (n instanceof Control c) {
                if (c.getTooltip() == null) {
                    c.setTooltip(new Tooltip(hint[1]));
                }
            } else if (n.getProperties().get("javafx.scene.control.Tooltip") == null) {
                Tooltip.install(n, new Tooltip(hint[1]));
            }
        });
    }
}
