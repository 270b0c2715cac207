package app.conv3d.ui.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.core.Axis3;
import app.conv3d.core.FrameByFrame;
import app.conv3d.core.Kernel;
import app.conv3d.core.KernelBank;
import app.conv3d.core.KernelPreset;
import app.conv3d.ui.lesson.Lesson;
import app.conv3d.ui.lesson.LessonSize;
import org.junit.jupiter.api.Test;

/** The lab's shared state and its bank on a lesson whose background and FX thread are both the calling thread: no toolkit. */
class KernelLabModelTest {
    private static final Axis3 CUBE = TinyLab.CUBE;
    private final TinyLab tiny = new TinyLab();
    private final Lesson lesson = tiny.lesson;
    private final KernelLabModel lab = tiny.lab;

    @Test
    void adoptsTheLessonsKernelsAndRecognisesPresets() {
        assertEquals(1, lab.slotsProperty().get().count());
        assertEquals("Space-time blur", lab.slotsProperty().get().slot(0).label());
        assertEquals(KernelPreset.BLUR, lab.presets().presetProperty().get());
        assertEquals(new Axis3(4, 8, 8), lab.rulesProperty().get().shape().orElseThrow().output());
    }

    @Test
    void theBankGrowsToEightAndSelectsWhatWasAdded() {
        lab.presets().choosePreset(KernelPreset.SOBEL_X);
        assertTrue(lab.addKernel());
        assertEquals(2, lesson.bankProperty().get().count());
        assertEquals(1, lesson.kernelIndexProperty().get());
        assertEquals(KernelPreset.SOBEL_X.build(CUBE, 3), tiny.lessonKernel(1));
        for (int n = 2; n < LabBank.MAX_KERNELS; n++) {
            assertTrue(lab.addKernel());
        }
        assertFalse(lab.addKernel());
        assertTrue(lab.messageProperty().get().text().contains("at most 8"));

        lab.select(3);
        assertEquals(3, lesson.kernelIndexProperty().get());
        lab.presets().choosePreset(KernelPreset.IDENTITY);
        assertEquals(KernelPreset.IDENTITY.build(CUBE, 3), tiny.lessonKernel(3));
        assertTrue(lab.removeKernel());
        assertEquals(7, lesson.bankProperty().get().count());
        assertEquals(KernelPreset.SOBEL_X.build(CUBE, 3), tiny.lessonKernel(3));
        assertEquals(3, lesson.kernelIndexProperty().get());
    }

    @Test
    void frameByFrameSendsTheKernelsSummedOverTimeAndBack() {
        lab.presets().choosePreset(KernelPreset.TEMPORAL_DIFFERENCE);
        Kernel threeD = tiny.lessonKernel(0);
        lab.setFrameByFrame(true);
        assertEquals(FrameByFrame.flatten(threeD), tiny.lessonKernel(0));
        assertEquals(new Axis3(8, 8, 8), lesson.computedProperty().get().features().size());
        assertEquals(1, lab.shownKernelProperty().get().depth());
        assertFalse(lab.weights().negate(), "the 2D kernel is derived, not edited");
        assertFalse(lab.geometry().setKernelSize(0, 3));
        assertFalse(lab.geometry().setDilation(0, 2), "fine for one frame, but 5 frames dilated by 2 need 9");
        assertTrue(lab.geometry().refusalProperty().get().contains("back in 3D"), lab.geometry().refusalProperty().get());
        lab.setFrameByFrame(false);
        assertEquals(threeD, tiny.lessonKernel(0));
    }

    @Test
    void backTo3dIsRefusedWhileTheLessonNoLongerFitsThe3dKernels() {
        lesson.setLessonSize(LessonSize.MEDIUM);
        lab.setFrameByFrame(true);
        assertTrue(lab.geometry().setDilation(0, 2), "16 frames hold 5 taps dilated by 2");
        lesson.setLessonSize(LessonSize.TINY);
        assertNull(lesson.errorMessageProperty().get(), "one frame still fits 8");
        lab.setFrameByFrame(false);
        assertTrue(lab.frameByFrameProperty().get());
        assertTrue(lab.geometry().refusalProperty().get().startsWith("the 3D kernels give no output"),
                lab.geometry().refusalProperty().get());
        assertEquals(1, tiny.lessonKernel(0).depth());
        assertTrue(lab.geometry().setDilation(0, 1));
        lab.setFrameByFrame(false);
        assertFalse(lab.frameByFrameProperty().get());
        assertEquals(5, tiny.lessonKernel(0).depth());
    }

    @Test
    void kernelsSetByOthersAreTakenAsTheyAre() {
        lab.setFrameByFrame(true);
        Kernel odd = new Kernel(3, 3, 3, 3, new float[81]);
        lesson.setKernelBank(KernelBank.of(odd));
        assertFalse(lab.frameByFrameProperty().get());
        assertEquals("edited", lab.slotsProperty().get().slot(0).label());
        assertEquals(new Axis3(3, 3, 3), lab.rulesProperty().get().kernel());
    }
}
