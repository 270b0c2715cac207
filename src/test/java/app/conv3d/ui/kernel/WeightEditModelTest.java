package app.conv3d.ui.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.core.Axis3;
import app.conv3d.core.Kernel;
import app.conv3d.core.KernelPreset;
import app.conv3d.ui.lesson.Lesson;
import org.junit.jupiter.api.Test;

/** Editing weights in the lab, without a toolkit. */
class WeightEditModelTest {
    private static final Axis3 CUBE = TinyLab.CUBE;
    private final TinyLab tiny = new TinyLab();
    private final Lesson lesson = tiny.lesson;
    private final KernelLabModel lab = tiny.lab;

    @Test
    void weightEditsReachTheLessonAndItRecomputes() {
        var before = lesson.computedProperty().get();
        assertTrue(lab.weights().setWeightText(1, 2, 3, 0, "\u22120.5"));
        assertEquals(-0.5f, tiny.lessonKernel(0).get(1, 2, 3, 0));
        assertSame(lesson.bankProperty().get(), lesson.computedProperty().get().bank());
        assertTrue(before != lesson.computedProperty().get());
        assertEquals("edited", lab.slotsProperty().get().slot(0).label());
        assertNull(lab.presets().presetProperty().get(), "a hand-made kernel is no preset");

        Kernel k = tiny.lessonKernel(0);
        lab.weights().negate();
        assertEquals(WeightEdits.negate(k), tiny.lessonKernel(0));
        lab.weights().flipTime();
        assertEquals(WeightEdits.flipTime(WeightEdits.negate(k)), tiny.lessonKernel(0));
        lab.weights().normalise();
        assertEquals(WeightEdits.normalise(WeightEdits.flipTime(WeightEdits.negate(k))), tiny.lessonKernel(0));
        assertTrue(lab.weights().setBiasText("3"));
        assertEquals(3f, tiny.lessonKernel(0).bias());

        assertFalse(lab.weights().setWeightText(0, 0, 0, 0, "lots"));
        assertTrue(lab.messageProperty().get().text().contains("\"lots\" is not a number"));
        assertTrue(lab.geometry().setStride(0, 2));
        assertNull(lab.messageProperty().get(), "a change that works clears the last problem");

        lab.presets().choosePreset(KernelPreset.BLUR);
        assertEquals(KernelPreset.BLUR.build(CUBE, 3), tiny.lessonKernel(0), "the preset it started from comes back");
        assertEquals(3f - 3f, tiny.lessonKernel(0).bias());
    }

    @Test
    void draggingMovesOneWeightInStepsFixedWhenTheDragBegan() {
        // Blur weights are 1/375: steps of 0.0001, one per PIXELS_PER_STEP pixels.
        float start = tiny.lessonKernel(0).get(1, 2, 3, 2);
        lab.weights().beginDrag(1, 2, 3, 2);
        assertTrue(lab.weights().dragTo(-3 * WeightEdits.PIXELS_PER_STEP));
        assertEquals(start + 3e-4f, tiny.lessonKernel(0).get(1, 2, 3, 2), 1e-7f);
        assertFalse(lab.weights().dragTo(-3 * WeightEdits.PIXELS_PER_STEP - 1), "same step, nothing to recompute");
        assertTrue(lab.weights().dragTo(2 * WeightEdits.PIXELS_PER_STEP));
        assertEquals(start - 2e-4f, tiny.lessonKernel(0).get(1, 2, 3, 2), 1e-7f);
        lab.weights().endDrag();
        assertFalse(lab.weights().dragTo(-100));
        assertEquals(start - 2e-4f, tiny.lessonKernel(0).get(1, 2, 3, 2), 1e-7f);
    }
}
