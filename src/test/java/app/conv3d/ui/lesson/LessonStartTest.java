package app.conv3d.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import app.conv3d.core.Axis3;
import app.conv3d.core.ConvSpec;
import app.conv3d.core.Volume;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** Starting a lesson from a result worked out ahead, and what the window says until it has a picture. */
class LessonStartTest {

    @Test
    void aResultComputedAheadIsShownWithoutComputingAgain() {
        List<Runnable> jobs = new ArrayList<>();
        Executor queued = jobs::add; // nothing runs unless the test says so
        Lesson lesson = new Lesson(queued, Runnable::run);
        lesson.setLessonSize(LessonSize.TINY);
        jobs.clear();
        Volume clip = LessonTest.clip(16, 48, 64);
        Computed ahead = Lesson.compute(clip, LessonSize.TINY, LessonTest.kernels(1), ConvSpec.VALID);
        lesson.load(clip, ahead);
        assertEquals(0, jobs.size(), "no convolution queued");
        assertSame(ahead, lesson.computedProperty().get());
        assertSame(clip, lesson.sourceClipProperty().get());
        assertEquals(new Axis3(4, 8, 8), lesson.positions().output());
        assertEquals(ahead.features().get(0, 0, 0, 0), lesson.walkthroughProperty().get().value(), 1e-3f);
        assertFalse(lesson.computingProperty().get());
    }

    @Test
    void aResultThatNoLongerFitsIsComputedAgain() {
        Lesson lesson = new Lesson(Runnable::run, Runnable::run);
        Volume clip = LessonTest.clip(16, 48, 64);
        Computed ahead = Lesson.compute(clip, LessonSize.TINY, LessonTest.kernels(1), ConvSpec.VALID);
        lesson.setLessonSize(LessonSize.MEDIUM); // the teacher changed the size meanwhile
        lesson.load(clip, ahead);
        assertNotSame(ahead, lesson.computedProperty().get());
        assertEquals(LessonSize.MEDIUM.size(), lesson.computedProperty().get().volume().size());
    }

    @Test
    void untilThereIsAPictureTheWindowSaysWhatItIsDoing() {
        List<Runnable> jobs = new ArrayList<>();
        Lesson lesson = new Lesson(jobs::add, Runnable::run);
        assertEquals(Lesson.noClip(), lesson.placeholderProperty().get());
        lesson.announce("Loading the built-in clip\u2026");
        assertEquals("Loading the built-in clip\u2026", lesson.placeholderProperty().get());
        lesson.setLessonSize(LessonSize.TINY);
        lesson.load(LessonTest.clip(16, 48, 64), LessonTest.kernels(1));
        assertEquals(Lesson.computingNote(), lesson.placeholderProperty().get());
        jobs.forEach(Runnable::run);
        lesson.announce("Loading the built-in clip\u2026");
        assertEquals(Lesson.computingNote(), lesson.placeholderProperty().get(), "once there is a picture, no more news");
    }
}
