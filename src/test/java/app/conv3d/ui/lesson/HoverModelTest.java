package app.conv3d.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.core.Axis3;
import app.conv3d.core.ConvSpec;
import app.conv3d.core.ReceptiveField;
import app.conv3d.core.Walkthrough;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The hovered output value without a toolkit: background and FX thread are the calling thread. */
class HoverModelTest {
    private Lesson lesson;
    private HoverModel hover;

    @BeforeEach
    void tinyLesson() {
        lesson = new Lesson(Runnable::run, Runnable::run);
        lesson.setLessonSize(LessonSize.TINY);
        lesson.load(LessonTest.clip(16, 48, 64), LessonTest.kernels(2)); // 8x12x12 in, 4x8x8 out
        hover = lesson.hover();
    }

    @Test
    void nothingIsHoveredAtFirst() {
        assertNull(hover.positionProperty().get());
        assertNull(hover.fieldProperty().get());
        assertTrue(Float.isNaN(hover.valueProperty().get()));
        assertFalse(hover.reachedProperty().get());
    }

    @Test
    void hoveringGivesThePositionItsReceptiveFieldAndTheEnginesValue() {
        hover.hover(2, 3, 4);
        assertEquals(new Axis3(2, 3, 4), hover.positionProperty().get());
        ReceptiveField field = hover.fieldProperty().get();
        assertEquals(new Axis3(2, 3, 4), field.origin());
        assertEquals(Axis3.all(5), field.extent());
        assertEquals(ReceptiveField.at(lesson.computedProperty().get().shape(), 2, 3, 4), field);
        assertEngineValue(2, 3, 4);
    }

    @Test
    void anotherKernelGivesItsValueAtTheSamePlace() {
        hover.hover(1, 2, 3);
        float first = hover.valueProperty().get();
        lesson.selectKernel(1);
        assertEngineValue(1, 2, 3);
        assertTrue(Math.abs(first - hover.valueProperty().get()) > 1e-3, "the second kernel has a bias of 3");
    }

    @Test
    void aValueIsReachedOnceTheKernelHasPassedIt() {
        hover.hover(0, 0, 2);
        assertFalse(hover.reachedProperty().get(), "the kernel is still at the first position");
        lesson.moveTo(0, 0, 2);
        assertTrue(hover.reachedProperty().get());
        lesson.moveTo(0, 0, 1);
        assertFalse(hover.reachedProperty().get());
        lesson.setShowAll(true);
        assertTrue(hover.reachedProperty().get());
    }

    @Test
    void anotherSliceUnderTheMouseIsAnotherPosition() {
        hover.hover(0, 2, 3);
        lesson.showSlice(3);
        assertEquals(new Axis3(3, 2, 3), hover.positionProperty().get());
        assertEquals(3, hover.fieldProperty().get().origin().t());
        assertEngineValue(3, 2, 3);
    }

    @Test
    void leavingClearsEverything() {
        hover.hover(1, 1, 1);
        hover.clear();
        assertNull(hover.positionProperty().get());
        assertNull(hover.fieldProperty().get());
        assertTrue(Float.isNaN(hover.valueProperty().get()));
        assertFalse(hover.reachedProperty().get());
    }

    @Test
    void aPositionOutsideTheOutputIsNoHover() {
        hover.hover(0, 8, 0);
        assertNull(hover.positionProperty().get());
        hover.hover(-1, 0, 0);
        assertNull(hover.fieldProperty().get());
    }

    @Test
    void aNewResultKeepsAPositionItStillHasAndDropsOneItLost() {
        hover.hover(1, 2, 2);
        lesson.setSpec(ConvSpec.VALID.withStride(Axis3.all(2))); // 2x4x4 out
        assertEquals(new Axis3(1, 2, 2), hover.positionProperty().get());
        assertEquals(new Axis3(2, 4, 4), hover.fieldProperty().get().origin(), "stride 2 reads from twice as far");
        assertEngineValue(1, 2, 2);
        hover.hover(1, 3, 3);
        lesson.setSpec(ConvSpec.VALID.withStride(Axis3.all(3))); // 2x3x3 out
        assertNull(hover.positionProperty().get());
        assertNull(hover.fieldProperty().get());
    }

    /** The hovered value is the engine's, up to float rounding (engine and walkthrough sum in different orders). */
    private void assertEngineValue(int t, int y, int x) {
        float expected = valueAt(t, y, x);
        assertEquals(expected, hover.valueProperty().get(), 1e-5f * Math.abs(expected) + 1e-4f);
    }

    private float valueAt(int t, int y, int x) {
        Computed c = lesson.computedProperty().get();
        return Walkthrough.at(c.volume(), c.bank(), lesson.kernelIndexProperty().get(), c.spec(), t, y, x).value();
    }
}
