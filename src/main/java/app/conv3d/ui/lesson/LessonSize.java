package app.conv3d.ui.lesson;

import app.conv3d.core.Axis3;

/** How big the clip is for a lesson: the real thing, or small enough to follow every multiplication. */
public enum LessonSize {
    FULL("full", new Axis3(16, 256, 256)),
    MEDIUM("medium", new Axis3(16, 64, 64)),
    TINY("tiny", new Axis3(8, 12, 12));

    private final String label;
    private final Axis3 size;

    LessonSize(String label, Axis3 size) {
        this.label = label;
        this.size = size;
    }

    /** Frames x rows x columns of the lesson's clip. */
    public Axis3 size() {
        return size;
    }

    @Override
    public String toString() {
        return label + " " + size;
    }
}
