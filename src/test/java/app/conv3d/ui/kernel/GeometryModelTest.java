package app.conv3d.ui.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.core.Axis3;
import app.conv3d.core.ConvSpec;
import app.conv3d.core.KernelPreset;
import app.conv3d.core.Padding;
import app.conv3d.ui.lesson.Lesson;
import org.junit.jupiter.api.Test;

/** The lab's geometry edits, without a toolkit. */
class GeometryModelTest {
    private static final Axis3 CUBE = TinyLab.CUBE;
    private final TinyLab tiny = new TinyLab();
    private final Lesson lesson = tiny.lesson;
    private final KernelLabModel lab = tiny.lab;

    @Test
    void aSizeThatLeavesNoOutputIsRefusedWithTheReasonAndChangesNothing() {
        assertTrue(lab.geometry().setDilation(0, 1));
        assertFalse(lab.geometry().setDilation(0, 2), "5 frames dilated by 2 span 9, the tiny clip has 8");
        assertTrue(lab.geometry().refusalProperty().get().contains("the output would be empty"),
                lab.geometry().refusalProperty().get());
        assertEquals(ConvSpec.VALID, lesson.specProperty().get());

        assertTrue(lab.geometry().setKernelSize(0, 3));
        assertNull(lab.geometry().refusalProperty().get(), "a working change clears the reason");
        assertEquals(KernelPreset.BLUR.build(new Axis3(3, 5, 5), 3), tiny.lessonKernel(0), "presets are rebuilt at the new size");
        assertTrue(lab.geometry().setDilation(0, 2));
        assertFalse(lab.geometry().setKernelSize(0, 5));
        assertEquals(new Axis3(3, 5, 5), lesson.bankProperty().get().size());
        assertNull(lesson.errorMessageProperty().get());
    }

    @Test
    void sameAndStridesExcludeEachOther() {
        assertTrue(lab.geometry().setPaddingMode(Padding.Mode.SAME));
        assertFalse(lab.geometry().setStride(1, 2));
        assertTrue(lab.geometry().refusalProperty().get().contains("'same'"));
        assertTrue(lab.geometry().setPaddingMode(Padding.Mode.CUSTOM));
        assertEquals(Padding.of(2, 2, 2), lesson.specProperty().get().padding(), "custom starts from what 'same' added");
        assertTrue(lab.geometry().setStride(1, 2));
        assertFalse(lab.geometry().setPaddingMode(Padding.Mode.SAME));
        assertTrue(lab.geometry().setCustomPadding(2, 0));
        assertEquals(new ConvSpec(new Axis3(1, 2, 1), Padding.of(2, 2, 0), Axis3.all(1), false),
                lesson.specProperty().get());
        assertEquals(new Axis3(8, 6, 8), lesson.computedProperty().get().features().size());
        lab.geometry().setRelu(true);
        assertTrue(lesson.specProperty().get().relu());
    }
}
