package app.conv3d.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.core.ConvSpec;
import app.conv3d.core.FeatureDisplay;
import app.conv3d.core.FeatureVolume;
import app.conv3d.core.KernelBank;
import app.conv3d.core.Volume;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A kernel edit shows the slice on screen first and then the whole result, which is exactly the one-step result;
 * nothing else is shown ahead. Without a toolkit: the test runs the compute thread's work when it chooses.
 */
class LessonSliceFirstTest {
    private final Queue<Runnable> background = new ArrayDeque<>();
    private final Volume clip = LessonTest.clip(16, 48, 64);
    private Lesson lesson;

    @BeforeEach
    void lessonOnScreen() {
        lesson = new Lesson(background::add, Runnable::run);
        lesson.setLessonSize(LessonSize.TINY);
        lesson.load(clip, LessonTest.kernels(2));
        runBackground();
        lesson.showSlice(2);
    }

    private void runBackground() {
        for (Runnable r; (r = background.poll()) != null; ) {
            r.run();
        }
    }

    private static KernelBank edited() {
        KernelBank k = LessonTest.kernels(2);
        float[] w = k.get(1).weights().clone();
        for (int i = 0; i < w.length; i++) {
            w[i] = -0.7f * w[i] + 0.01f * i;
        }
        return KernelBank.of(k.get(0), new app.conv3d.core.Kernel(5, 5, 5, 3, w, 2f));
    }

    @Test
    void aKernelEditShowsTheSliceOnScreenFirstThenTheOneStepResult() {
        Computed before = lesson.computedProperty().get();
        List<Object> seen = new ArrayList<>();
        lesson.previewProperty().addListener((obs, old, now) -> seen.add(now == null ? "no preview" : now));
        lesson.computedProperty().addListener((obs, old, now) -> seen.add(now));
        KernelBank kernels = edited();
        lesson.setKernelBank(kernels);
        Computed oneStep = Lesson.compute(clip, LessonSize.TINY, kernels, ConvSpec.VALID);
        background.poll().run(); // both steps: the first answer is delivered between them

        assertEquals(3, seen.size(), "preview, result, preview gone: " + seen);
        SlicePreview preview = (SlicePreview) seen.get(0);
        assertSame(before, preview.shown(), "the clip and geometry on screen");
        assertSame(kernels, preview.bank());
        assertEquals(2, preview.slice());
        FeatureVolume whole = oneStep.features();
        for (int n = 0; n < 2; n++) {
            assertArrayEquals(whole.slice(n, 2), preview.features().slice(n, 0), "kernel " + n + "'s slice, exactly");
        }
        Computed after = (Computed) seen.get(1);
        assertSame(before.volume(), after.volume());
        assertArrayEquals(whole.data(), after.features().data(), "the whole result is the one-step result");
        assertEquals("no preview", seen.get(2));
        assertNull(lesson.previewProperty().get());
    }

    @Test
    void thePreviewsColoursAreNormalisedOverItsSliceAndTheResultsOverTheVolume() {
        lesson.setKernelBank(edited());
        FeatureDisplay display = lesson.displayProperty().get();
        SlicePreview[] ahead = new SlicePreview[1];
        lesson.previewProperty().addListener((obs, old, now) -> {
            if (now != null) {
                ahead[0] = now;
                assertEquals(display.displayRange(ahead[0].features(), 1), now.displayRange(display, 1));
            }
        });
        runBackground();
        assertNotNull(ahead[0]);
        lesson.selectKernel(1);
        assertEquals(display.displayRange(lesson.computedProperty().get().features(), 1),
                lesson.displayRangeProperty().get());
    }

    @Test
    void aNewClipSizeOrGeometryIsComputedInOneStep() {
        List<SlicePreview> previews = new ArrayList<>();
        lesson.previewProperty().addListener((obs, old, now) -> {
            if (now != null) {
                previews.add(now);
            }
        });
        lesson.setLessonSize(LessonSize.MEDIUM);
        runBackground();
        lesson.setSpec(ConvSpec.VALID.withRelu(true));
        runBackground();
        lesson.useClip(LessonTest.clip(16, 48, 64));
        runBackground();
        KernelBank three = LessonTest.kernels(3);
        lesson.setKernelBank(three); // another count of kernels: another kernel selector
        runBackground();
        assertTrue(previews.isEmpty(), "nothing shown ahead: " + previews);
        assertSame(three, lesson.computedProperty().get().bank());
    }
}
