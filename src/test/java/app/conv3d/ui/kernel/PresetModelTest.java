package app.conv3d.ui.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.core.Axis3;
import app.conv3d.core.KernelPreset;
import app.conv3d.ui.lesson.Lesson;
import org.junit.jupiter.api.Test;

/** The lab's presets, without a toolkit. */
class PresetModelTest {
    private static final Axis3 CUBE = TinyLab.CUBE;
    private final TinyLab tiny = new TinyLab();
    private final Lesson lesson = tiny.lesson;
    private final KernelLabModel lab = tiny.lab;

    @Test
    void choosingAPresetReplacesTheSelectedKernel() {
        lab.presets().choosePreset(KernelPreset.MOTION_RIGHT);
        assertEquals(KernelPreset.MOTION_RIGHT.build(CUBE, 3), tiny.lessonKernel(0));
        assertEquals(KernelPreset.MOTION_RIGHT.build(CUBE, 3), lesson.computedProperty().get().bank().get(0));

        assertTrue(lab.presets().setSeedText("7"));
        assertTrue(lab.presets().setStdText("0.25"));
        lab.presets().choosePreset(KernelPreset.RANDOM);
        assertEquals(KernelPreset.randomGaussian(CUBE, 3, 7, 0.25), tiny.lessonKernel(0));
        assertTrue(lab.presets().setSeedText("8"));
        assertEquals(KernelPreset.randomGaussian(CUBE, 3, 8, 0.25), tiny.lessonKernel(0), "a new seed rebuilds at once");
        assertEquals("Random, seed 8, std 0.25", lab.slotsProperty().get().slot(0).label());

        assertFalse(lab.presets().setSeedText("-1"));
        assertFalse(lab.presets().setStdText("0"));
        assertFalse(lab.presets().setStdText(null));
        assertFalse(lab.presets().setSeedText("4294967296"), "NumPy's seeds end at 2^32-1");
        assertTrue(lab.messageProperty().get().error());
        assertEquals(KernelPreset.randomGaussian(CUBE, 3, 8, 0.25), tiny.lessonKernel(0));
    }
}
