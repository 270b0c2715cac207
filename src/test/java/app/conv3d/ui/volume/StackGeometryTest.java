package app.conv3d.ui.volume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.core.Axis3;
import app.conv3d.core.ReceptiveField;
import org.junit.jupiter.api.Test;

class StackGeometryTest {

    @Test
    void explodeSpreadsSlabsWithoutThickeningThem() {
        StackGeometry touching = new StackGeometry(16, 256, 256, 0);
        StackGeometry spread = new StackGeometry(16, 256, 256, 1);
        assertEquals(touching.thickness(), touching.pitch(), 1e-9, "at 0 the slabs touch");
        assertEquals(touching.thickness(), spread.thickness(), 1e-9);
        assertTrue(spread.pitch() > 3 * spread.thickness());
        assertEquals(touching.zBack(0), touching.zFront(1), 1e-9);
    }

    @Test
    void longestSideHasTheSameLengthForAnyClip() {
        assertEquals(StackGeometry.SIDE, new StackGeometry(8, 12, 12, 0).width(), 1e-9);
        StackGeometry wide = new StackGeometry(16, 64, 128, 0);
        assertEquals(StackGeometry.SIDE, wide.width(), 1e-9);
        assertEquals(StackGeometry.SIDE / 2, wide.height(), 1e-9);
        assertEquals(-StackGeometry.SIDE / 2, wide.x(0), 1e-9);
    }

    @Test
    void dilatedFieldCoversOnlyItsTaps() {
        ReceptiveField field = new ReceptiveField(new Axis3(-1, 0, 0), new Axis3(5, 3, 3), new Axis3(2, 1, 1));
        assertFalse(StackGeometry.covers(field, 0));
        assertTrue(StackGeometry.covers(field, 1));
        assertFalse(StackGeometry.covers(field, 2));
        assertTrue(StackGeometry.covers(field, 3));
        assertFalse(StackGeometry.covers(field, 4));
        assertFalse(StackGeometry.covers(null, 1));
    }

    @Test
    void fieldBoxEnclosesItsPixelsAndFrames() {
        StackGeometry g = new StackGeometry(8, 12, 12, 0.5);
        double[] b = g.box(TestVolumes.field(2, 3, 4, 3));
        assertTrue(b[0] < g.x(4) && b[3] > g.x(7));
        assertTrue(b[1] < g.y(3) && b[4] > g.y(6));
        assertTrue(b[2] < g.zFront(2) && b[5] > g.zBack(4));
        assertTrue(b[2] > g.zBack(1) && b[5] < g.zFront(5), "neighbouring frames stay outside");
    }

    @Test
    void captionCountsTapsNotReach() {
        assertEquals("kernel 3×3×3 · frames 0–2", KernelCaption.of(TestVolumes.field(0, 0, 0, 3), 8));
        assertEquals("kernel 3×3×3 · frames 0–1", KernelCaption.of(TestVolumes.field(-1, 0, 0, 3), 8));
        assertEquals("kernel 3×3×3 · only padding", KernelCaption.of(TestVolumes.field(8, 0, 0, 3), 8));
        ReceptiveField dilated = new ReceptiveField(new Axis3(0, 0, 0), new Axis3(5, 3, 3), new Axis3(2, 1, 1));
        assertEquals("kernel 3×3×3, dilation 2×1×1 · frames 0, 2, 4", KernelCaption.of(dilated, 8));
    }

    @Test
    void smallFramesAreUpscaledByAWholeFactor() {
        assertEquals(43, FrameTextures.factor(12, 12));
        assertEquals(8, FrameTextures.factor(64, 64));
        assertEquals(2, FrameTextures.factor(256, 256));
        assertEquals(1, FrameTextures.factor(480, 640));
    }

    @Test
    void aGlidingBoxMovesByItsOffsetInVoxels() {
        StackGeometry g = new StackGeometry(16, 64, 64, 0.5);
        ReceptiveField f = TestVolumes.field(2, 10, 20, 5);
        double[] rest = g.box(f);
        double[] moved = g.box(f, new app.conv3d.ui.lesson.KernelGlide(0.5, 0, 0.25));
        for (int i = 0; i < 6; i++) {
            double expected = i % 3 == 0 ? 0.25 * g.unit() : i % 3 == 2 ? 0.5 * g.pitch() : 0;
            assertEquals(expected, moved[i] - rest[i], 1e-9, "coordinate " + i);
        }
    }

    @Test
    void fieldsReadTheSameFramesOnlyWithinOneOutputSlice() {
        assertTrue(StackGeometry.sameFrames(TestVolumes.field(2, 0, 0, 5), TestVolumes.field(2, 40, 17, 5), 16));
        assertFalse(StackGeometry.sameFrames(TestVolumes.field(2, 0, 0, 5), TestVolumes.field(3, 0, 0, 5), 16));
        assertFalse(StackGeometry.sameFrames(TestVolumes.field(2, 0, 0, 5), TestVolumes.field(2, 0, 0, 3), 16));
        assertFalse(StackGeometry.sameFrames(null, TestVolumes.field(2, 0, 0, 5), 16));
    }
}
