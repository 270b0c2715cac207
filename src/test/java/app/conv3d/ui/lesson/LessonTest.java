package app.conv3d.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.core.Axis3;
import app.conv3d.core.Colormap;
import app.conv3d.core.ConvSpec;
import app.conv3d.core.Kernel;
import app.conv3d.core.KernelBank;
import app.conv3d.core.Normalization;
import app.conv3d.core.StepSize;
import app.conv3d.core.Volume;
import app.conv3d.core.Walkthrough;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The model without a toolkit: background and FX thread are both the calling thread here. */
class LessonTest {
    private Lesson lesson;

    static Volume clip(int t, int h, int w) {
        Random rnd = new Random(11);
        float[] data = new float[t * h * w * 3];
        for (int i = 0; i < data.length; i++) {
            data[i] = rnd.nextInt(256);
        }
        return new Volume(t, h, w, 3, data);
    }

    static KernelBank kernels(int count) {
        Random rnd = new Random(5);
        Kernel[] ks = new Kernel[count];
        for (int n = 0; n < count; n++) {
            float[] weights = new float[5 * 5 * 5 * 3];
            for (int i = 0; i < weights.length; i++) {
                weights[i] = (float) (0.5 * rnd.nextGaussian());
            }
            ks[n] = new Kernel(5, 5, 5, 3, weights, n * 3f);
        }
        return KernelBank.of(ks);
    }

    @BeforeEach
    void tinyLesson() {
        lesson = new Lesson(Runnable::run, Runnable::run);
        lesson.setLessonSize(LessonSize.TINY);
        lesson.load(clip(16, 48, 64), kernels(2));
    }

    @Test
    void theSourceClipKeepsItsResolutionAndTheLessonVolumeIsDerived() {
        assertEquals(new Axis3(16, 48, 64), lesson.sourceClipProperty().get().size());
        assertEquals(new Axis3(8, 12, 12), lesson.computedProperty().get().volume().size());
        assertEquals(new Axis3(4, 8, 8), lesson.computedProperty().get().features().size());
        assertEquals(4 * 8 * 8, lesson.positionCountProperty().get());
        assertTrue(lesson.lastRecomputeMillisProperty().get() >= 0);
        assertFalse(lesson.computingProperty().get());
    }

    @Test
    void smallLessonSizesGiveTheirOutputAndAWorkingWalkthrough() {
        for (LessonSize size : new LessonSize[] {LessonSize.MEDIUM, LessonSize.TINY}) {
            lesson.setLessonSize(size);
            Axis3 in = size.size();
            Axis3 expected = new Axis3(in.t() - 4, in.h() - 4, in.w() - 4);
            assertEquals(expected, lesson.computedProperty().get().features().size(), size.name());
            lesson.end();
            assertWalkthroughMatchesEngine();
        }
        assertEquals(new Axis3(12, 252, 252), ConvSpec.VALID.shape(LessonSize.FULL.size(), Axis3.all(5)).output());
    }

    @Test
    void theWalkthroughValueIsTheEngineValueWhereverTheKernelGoes() {
        lesson.selectKernel(1);
        for (int i = 0; i < 40; i++) {
            lesson.step(1);
            assertWalkthroughMatchesEngine();
        }
        lesson.setStepSize(StepSize.SLICE);
        lesson.step(1);
        assertWalkthroughMatchesEngine();
    }

    private void assertWalkthroughMatchesEngine() {
        Walkthrough w = lesson.walkthroughProperty().get();
        Axis3 p = w.position();
        assertEquals(lesson.positions().index(p), lesson.positionProperty().get());
        float engine = lesson.computedProperty().get().features().get(lesson.kernelIndexProperty().get(),
                p.t(), p.h(), p.w());
        assertEquals(engine, w.value(), 1e-3 * Math.max(1, Math.abs(engine)));
    }

    @Test
    void stepsMoveByPositionRowOrSliceAndStopAtTheEnds() {
        lesson.step(1);
        assertEquals(1, lesson.positionProperty().get());
        lesson.setStepSize(StepSize.ROW);
        lesson.step(1);
        assertEquals(9, lesson.positionProperty().get());
        lesson.setStepSize(StepSize.SLICE);
        lesson.step(1);
        assertEquals(73, lesson.positionProperty().get());
        assertEquals(1, lesson.viewSliceProperty().get(), "the feature view follows the kernel's slice");
        lesson.step(-1);
        lesson.step(-1);
        assertEquals(0, lesson.positionProperty().get());
        lesson.end();
        assertEquals(255, lesson.positionProperty().get());
        lesson.home();
        assertEquals(0, lesson.positionProperty().get());
    }

    @Test
    void playingTicksForwardAndStopsAtTheLastPosition() {
        long ms = 1_000_000L;
        lesson.frame(0);
        assertEquals(0, lesson.positionProperty().get(), "a paused walkthrough ignores the clock");
        lesson.play(); // normal: 300 ms a step, the first after one glide (120 ms)
        lesson.frame(0);
        lesson.frame(120 * ms);
        lesson.frame(420 * ms);
        assertEquals(2, lesson.positionProperty().get());
        lesson.setStepSize(StepSize.SLICE);
        for (int i = 1; i <= 10; i++) {
            lesson.frame((420 + 300 * i) * ms);
        }
        assertEquals(255, lesson.positionProperty().get());
        assertFalse(lesson.playingProperty().get());
        lesson.play();
        assertEquals(0, lesson.positionProperty().get(), "play at the end starts over");
        lesson.step(1);
        assertFalse(lesson.playingProperty().get(), "stepping pauses");
    }

    @Test
    void scrubbingAndClickingMoveTheKernelAnywhere() {
        lesson.moveTo(200);
        assertEquals(new Axis3(3, 1, 0), lesson.walkthroughProperty().get().position());
        lesson.moveTo(2, 7, 5);
        assertEquals(2 * 64 + 7 * 8 + 5, lesson.positionProperty().get());
        lesson.moveTo(99, 99, 99);
        assertEquals(255, lesson.positionProperty().get(), "clamped into the output");
        lesson.reset();
        assertEquals(0, lesson.positionProperty().get());
    }

    @Test
    void pixelsAppearInRasterOrderAsTheKernelSweeps() {
        lesson.moveTo(1, 2, 3);
        assertEquals(64, lesson.revealedPixels(0));
        assertEquals(2 * 8 + 3 + 1, lesson.revealedPixels(1));
        assertEquals(0, lesson.revealedPixels(2));
        lesson.setShowAll(true);
        assertEquals(64, lesson.revealedPixels(3));
    }

    @Test
    void aGeometryThatDoesNotFitIsAReadableErrorAndKeepsThePicture() {
        var before = lesson.computedProperty().get();
        lesson.setSpec(ConvSpec.VALID.withDilation(new Axis3(3, 1, 1)));
        assertSame(before, lesson.computedProperty().get());
        String message = lesson.errorMessageProperty().get();
        assertNotNull(message);
        assertTrue(message.startsWith("time:"), message);
        assertFalse(message.contains("Exception"), message);
        lesson.setSpec(ConvSpec.VALID.withRelu(true));
        assertNull(lesson.errorMessageProperty().get());
        assertTrue(lesson.walkthroughProperty().get().relu());
    }

    @Test
    void anUnexpectedFailureIsOneReadableLine() {
        lesson.report(new IllegalStateException("slab mesh has no faces"));
        assertEquals("something went wrong in the window (IllegalStateException: slab mesh has no faces)",
                lesson.errorMessageProperty().get());
        lesson.dismissError();
        assertNull(lesson.errorMessageProperty().get());
    }

    @Test
    void theVolumeAndFeaturesAreThoseOfTheLatestResult() {
        assertSame(lesson.computedProperty().get().volume(), lesson.volumeProperty().get());
        assertSame(lesson.computedProperty().get().features(), lesson.featuresProperty().get());
    }

    @Test
    void thePositionStaysPutWhenTheSizeChanges() {
        lesson.moveTo(2, 3, 4);
        lesson.setLessonSize(LessonSize.MEDIUM);
        assertEquals(new Axis3(2, 3, 4), lesson.walkthroughProperty().get().position());
    }

    @Test
    void theDisplayRangeFollowsNormalisationAndKernel() {
        lesson.setNormalization(Normalization.SYMMETRIC);
        var range = lesson.displayRangeProperty().get();
        assertEquals(-range.low(), range.high());
        lesson.setColormap(Colormap.DIVERGING);
        assertEquals(Normalization.SYMMETRIC, lesson.displayProperty().get().normalization());
        lesson.setNormalization(Normalization.MAX);
        assertEquals(0f, lesson.displayRangeProperty().get().low());
    }

    @Test
    void theSliceAnimationWrapsAroundWithoutMovingTheKernel() {
        lesson.showSlice(3);
        lesson.toggleSlicePlay();
        lesson.tickSlice();
        assertEquals(0, lesson.viewSliceProperty().get());
        assertEquals(0, lesson.positionProperty().get());
        lesson.stopSlices();
        lesson.tickSlice();
        assertEquals(0, lesson.viewSliceProperty().get());
    }
}
