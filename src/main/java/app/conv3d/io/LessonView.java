package app.conv3d.io;

import app.conv3d.core.StepSize;
import java.util.Objects;

/**
 * How the window was looking at a saved lesson, beyond the display mapping: "Show all", the walkthrough's
 * step size and speed (by the window's name for it, e.g. {@code normal}), the kernel frame and channel the
 * arithmetic shows, and the output slice the feature view shows. A lesson file without them (saved before
 * they were kept) opens with {@link #DEFAULT}.
 */
public record LessonView(boolean showAll, StepSize stepSize, String speed, int mathFrame, int mathChannel,
        int slice) {
    /** As the window starts. */
    public static final LessonView DEFAULT = new LessonView(false, StepSize.POSITION, "normal", 0, 0, 0);

    public LessonView {
        Objects.requireNonNull(stepSize, "stepSize");
        Objects.requireNonNull(speed, "speed");
        if (!speed.matches("[a-z]{1,20}")) { // a word: written into lesson.json as it is
            throw new IllegalArgumentException("a speed is one lower-case word, got \"" + speed + "\"");
        }
        if (mathFrame < 0 || mathChannel < 0 || slice < 0) {
            throw new IllegalArgumentException("view indices must not be negative");
        }
    }
}
