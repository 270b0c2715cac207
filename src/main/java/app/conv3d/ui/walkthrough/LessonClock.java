package app.conv3d.ui.walkthrough;

import app.conv3d.ui.lesson.Lesson;
import javafx.animation.AnimationTimer;

/**
 * The beat of both animations: the walkthrough steps at the lesson's speed, the slice player at a
 * fixed pace. Runs on the pulse, so a speed change takes effect on the next frame.
 */
public final class LessonClock extends AnimationTimer {
    static final long SLICE_MILLIS = 400;

    private final Lesson lesson;
    private long lastStep;
    private long lastSlice;

    public LessonClock(Lesson lesson) {
        this.lesson = lesson;
    }

    @Override
    public void handle(long now) {
        if (lesson.playingProperty().get()) {
            if (now - lastStep >= lesson.speedProperty().get().millisPerStep() * 1_000_000L) {
                lastStep = now;
                lesson.tick();
            }
        } else {
            lastStep = 0;
        }
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
