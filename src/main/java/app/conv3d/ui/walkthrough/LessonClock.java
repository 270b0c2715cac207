package app.conv3d.ui.walkthrough;

import app.conv3d.ui.lesson.Lesson;
import javafx.animation.AnimationTimer;

/**
 * The beat of both animations: every pulse hands the walkthrough the frame's time (the lesson's pacer decides how
 * far that moves it), and the slice player steps at a fixed pace. A speed change takes effect on the next frame.
 */
public final class LessonClock extends AnimationTimer {
    static final long SLICE_MILLIS = 400;

    private final Lesson lesson;
    private long lastSlice;

    public LessonClock(Lesson lesson) {
        this.lesson = lesson;
    }

    @Override
    public void handle(long now) {
        lesson.frame(now);
        if (lesson.slicesPlayingProperty().get()) {
            if (now - lastSlice >= SLICE_MILLIS * 1_000_000L) {
                lastSlice = now;
                lesson.tickSlice();
            }
        } else {
            lastSlice = 0;
        }
    }
}
