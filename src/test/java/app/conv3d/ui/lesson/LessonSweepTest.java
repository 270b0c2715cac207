package app.conv3d.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.core.Axis3;
import app.conv3d.core.ConvSpec;
import app.conv3d.core.ReceptiveField;
import app.conv3d.core.StepSize;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Playing the walkthrough frame by frame on a fake clock, without a toolkit. */
class LessonSweepTest {
    private static final long MS = 1_000_000L;
    private static final long HZ60 = 16_666_667L;

    private Lesson lesson;

    @BeforeEach
    void tinyLesson() {
        lesson = new Lesson(Runnable::run, Runnable::run);
        lesson.setLessonSize(LessonSize.TINY); // output 4x8x8: 256 positions
        lesson.load(LessonTest.clip(16, 48, 64), LessonTest.kernels(1));
    }

    private Axis3 here() {
        return lesson.positions().at(lesson.positionProperty().get());
    }

    @Test
    void aTimedSweepCrossesTheWholeVolumeInItsTimeAndStopsAtTheEnd() {
        lesson.setSpeed(Speed.VOLUME_10_S);
        lesson.play();
        long t = 0;
        while (lesson.playingProperty().get() && t < 20_000 * MS) {
            lesson.frame(t);
            t += HZ60;
        }
        assertFalse(lesson.playingProperty().get(), "stops at the last position");
        assertEquals(255, lesson.positionProperty().get());
        assertEquals(10_000, (t - HZ60) / MS, 40, "255 steps at 25.6 a second: 9.96 s, within a frame or two");
        assertEquals(KernelGlide.NONE, lesson.glideProperty().get(), "at rest once stopped");
        lesson.play();
        assertEquals(0, lesson.positionProperty().get(), "Play after the end starts over");
    }

    @Test
    void aTimedSweepIgnoresTheStepSize() {
        lesson.setStepSize(StepSize.SLICE);
        lesson.setSpeed(Speed.SLICE_10_S); // one 8x8 slice in 10 s: 6.4 positions a second
        lesson.play();
        lesson.frame(0);
        lesson.frame(1000 * MS);
        assertEquals(6, lesson.positionProperty().get());
    }

    @Test
    void theKernelGlidesAlongARowAndJumpsAtItsEnd() {
        lesson.setSpeed(Speed.VOLUME_10_S); // 25.6 positions a second
        lesson.play();
        lesson.frame(0);
        lesson.frame(20 * MS); // 0.512 of a position
        assertEquals(0, lesson.positionProperty().get());
        KernelGlide g = lesson.glideProperty().get();
        assertEquals(0.512, g.x(), 1e-6, "in input columns: stride 1");
        assertEquals(0, g.y());
        assertEquals(0, g.t());
        lesson.pause();
        lesson.moveTo(0, 0, 7); // the row's last column: the next position starts the next row
        lesson.play();
        lesson.frame(0);
        lesson.frame(20 * MS);
        assertEquals(7, here().w());
        assertEquals(KernelGlide.NONE, lesson.glideProperty().get(), "no glide back across the row");
    }

    @Test
    void theGlideIsMeasuredInInputVoxelsSoItFollowsTheStride() {
        lesson.setSpec(ConvSpec.VALID.withStride(new Axis3(1, 1, 2)));
        lesson.setSpeed(Speed.SLOW);
        lesson.setStepSize(StepSize.ROW);
        lesson.play();
        lesson.frame(0);
        lesson.frame(125 * MS); // half the glide: eased to 0.5
        assertEquals(0.5, lesson.glideProperty().get().y(), 1e-9, "a row down, stride 1 down the height");
        lesson.setStepSize(StepSize.POSITION);
        lesson.setSpeed(Speed.NORMAL);
        lesson.frame(200 * MS);
        lesson.frame(200 * MS + 60 * MS); // normal's glide is 120 ms: half way
        assertEquals(1.0, lesson.glideProperty().get().x(), 1e-9, "half a step of two columns");
    }

    @Test
    void theFieldFollowsEveryFrameAndTheArithmeticAtMostFiveTimesASecond() {
        lesson.setSpeed(Speed.VOLUME_10_S);
        lesson.play();
        int arithmeticChanges = 0;
        var last = lesson.walkthroughProperty().get();
        for (long t = 0; t < 1000 * MS; t += HZ60) {
            lesson.frame(t);
            Axis3 p = here();
            ReceptiveField expected = ReceptiveField.at(lesson.computedProperty().get().shape(), p.t(), p.h(), p.w());
            assertEquals(expected, lesson.fieldProperty().get(), "the kernel's box is where the position is");
            if (lesson.walkthroughProperty().get() != last) {
                last = lesson.walkthroughProperty().get();
                arithmeticChanges++;
            }
        }
        assertTrue(arithmeticChanges >= 4 && arithmeticChanges <= 6, "about 5, got " + arithmeticChanges);
        assertNotEquals(here(), lesson.walkthroughProperty().get().position(), "lagging a little while it plays");
        lesson.pause();
        assertEquals(here(), lesson.walkthroughProperty().get().position(), "caught up once paused");
    }

    @Test
    void steppedSpeedsKeepTheArithmeticAtEveryStep() {
        lesson.setSpeed(Speed.FAST);
        lesson.play();
        for (long t = 0; t < 500 * MS; t += HZ60) {
            lesson.frame(t);
            assertEquals(here(), lesson.walkthroughProperty().get().position());
        }
        assertEquals(12, lesson.positionProperty().get(), 1);
    }
}
