package app.conv3d.ui.app;

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
            hint("lessonSizeChoice", "Lesson size",
                    "How big the clip is for this lesson: tiny lets you follow every multiplication, full is the real clip."),
            hint("kernelChoice", "Kernel", "Which kernel of the bank the arithmetic and the feature view show."),
            hint("showAll", "Show all features",
                    "Show the whole feature volume at once instead of only what the kernel has computed so far."),
            hint("normalizationChoice", "Feature scale",
                    "How feature values are mapped onto the ends of the colour scale."),
            hint("colormapChoice", "Colours", "The colours used to draw feature values, from low to high."),
            hint("sliceSlider", "Feature slice",
                    "Which output time step, one slice of the feature volume, to show."),
            hint("slicePlay", "Play slices", "Plays through the feature volume's slices, one time step after another."),
            hint("speedChoice", "Speed", "How fast the kernel moves while playing."),
            hint("stepSizeChoice", "Step size",
                    "How far one step moves the kernel: one output position, one row, or one whole slice."),
            hint("scrubber", "Kernel position", "Drag to put the kernel at any output position."),
            hint("mathFrameSelector", "Kernel frame",
                    "Which frame of the kernel the grids show: each kernel frame reads a different input frame."),
            hint("mathChannelSelector", "Colour channel",
                    "Which colour channel the grids show: the kernel has its own weights for red, green and blue."),
            hint("volume-explode", "Pull frames apart",
                    "Pulls the clip's frames apart so the volume reads as a stack of images in time."),
            hint("errorBanner", "Problem", "What went wrong with the last change; nothing else changed."));

    private ControlHints() {
    }

    private static Map.Entry<String, String[]> hint(String id, String name, String tooltip) {
        return Map.entry(id, new String[] {name, tooltip});
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
