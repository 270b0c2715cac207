package app.conv3d.ui.lesson;

import app.conv3d.core.Axis3;
import app.conv3d.ui.i18n.Messages;

/** How big the clip is for a lesson: the real thing, or small enough to follow every multiplication. */
public enum LessonSize {
    FULL(new Axis3(16, 256, 256)),
    MEDIUM(new Axis3(16, 64, 64)),
    TINY(new Axis3(8, 12, 12));

    private final Axis3 size;

    LessonSize(Axis3 size) {
        this.size = size;
    }

    /** Frames x rows x columns of the lesson's clip. */
    public Axis3 size() {
        return size;
    }

    @Override
    public String toString() {
        return Messages.text("lessonSize." + name(), size);
    }
}
