package app.conv3d.ui.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.core.Axis3;
import app.conv3d.core.Kernel;
import app.conv3d.core.KernelPreset;
import org.junit.jupiter.api.Test;

class WeightEditsTest {
    private static final Axis3 CUBE = Axis3.all(5);

    @Test
    void setChangesExactlyOneWeight() {
        Kernel k = KernelPreset.BLUR.build(CUBE, 3);
        Kernel edited = WeightEdits.set(k, 4, 0, 2, 1, -0.75f);
        assertEquals(-0.75f, edited.get(4, 0, 2, 1));
        float[] before = k.weights();
        float[] after = edited.weights();
        int changed = 0;
        for (int i = 0; i < before.length; i++) {
            changed += before[i] != after[i] ? 1 : 0;
        }
        assertEquals(1, changed);
    }

    @Test
    void negateFlipsEveryWeightAndTheBias() {
        Kernel k = KernelPreset.randomGaussian(new Axis3(3, 4, 5), 3, 9, 0.5).withBias(2.5f);
        Kernel n = WeightEdits.negate(k);
        assertEquals(-2.5f, n.bias());
        for (int i = 0; i < k.taps(); i++) {
            assertEquals(-k.weights()[i], n.weights()[i]);
        }
        assertEquals(k, WeightEdits.negate(n));
    }

    @Test
    void flippingTimeTurnsRightwardMotionIntoLeftwardAndADifferenceIntoItsNegative() {
        assertEquals(KernelPreset.MOTION_LEFT.build(CUBE, 3), WeightEdits.flipTime(KernelPreset.MOTION_RIGHT.build(CUBE, 3)));
        Kernel diff = KernelPreset.TEMPORAL_DIFFERENCE.build(new Axis3(4, 3, 3), 3);
        assertArrayEquals(WeightEdits.negate(diff).weights(), WeightEdits.flipTime(diff).weights());
        Kernel k = KernelPreset.randomGaussian(new Axis3(3, 2, 2), 1, 1, 1);
        Kernel f = WeightEdits.flipTime(k);
        assertEquals(k.get(0, 1, 0, 0), f.get(2, 1, 0, 0));
        assertEquals(k.get(1, 0, 1, 0), f.get(1, 0, 1, 0));
    }

    @Test
    void normaliseMakesTheAbsoluteWeightsSumToOneKeepingTheirRatios() {
        Kernel k = KernelPreset.randomGaussian(CUBE, 3, 5, 0.5).withBias(1f);
        Kernel n = WeightEdits.normalise(k);
        double sum = 0;
        for (float w : n.weights()) {
            sum += Math.abs(w);
        }
        assertEquals(1.0, sum, 1e-5);
        assertEquals(1f, n.bias());
        assertEquals(k.get(1, 2, 3, 0) / k.get(4, 4, 4, 2), n.get(1, 2, 3, 0) / n.get(4, 4, 4, 2), 1e-4);
        Kernel zero = new Kernel(1, 2, 2, 1, new float[4]);
        assertFalse(WeightEdits.canNormalise(zero));
        assertThrows(IllegalArgumentException.class, () -> WeightEdits.normalise(zero));
    }

    @Test
    void theDragStepFollowsTheKernelsScale() {
        assertEquals(1e-4f, WeightEdits.dragStep(KernelPreset.BLUR.build(CUBE, 3)), 1e-9f); // weights 1/375
        assertEquals(0.05f, WeightEdits.dragStep(kernelWithMax(1f)));
        assertEquals(0.1f, WeightEdits.dragStep(kernelWithMax(2f)), 1e-7f);
        assertEquals(0.2f, WeightEdits.dragStep(kernelWithMax(4.5f)), 1e-7f);
        assertEquals(0.05f, WeightEdits.dragStep(new Kernel(1, 1, 1, 1, new float[1])));
    }

    @Test
    void draggingUpRaisesAndSmallWobblesChangeNothing() {
        assertEquals(0.2f, WeightEdits.dragged(0.1f, -2 * WeightEdits.PIXELS_PER_STEP, 0.05f), 1e-6f);
        assertEquals(-0.05f, WeightEdits.dragged(0.1f, 3 * WeightEdits.PIXELS_PER_STEP, 0.05f), 1e-6f);
        assertEquals(0.1f, WeightEdits.dragged(0.1f, 2, 0.05f));
    }

    @Test
    void resizingKeepsTheCentreTap() {
        assertEquals(KernelPreset.IDENTITY.build(CUBE, 3), WeightEdits.resizeAroundCentre(
                KernelPreset.IDENTITY.build(Axis3.all(3), 3), CUBE));
        assertEquals(KernelPreset.IDENTITY.build(new Axis3(1, 3, 4), 3), WeightEdits.resizeAroundCentre(
                KernelPreset.IDENTITY.build(CUBE, 3), new Axis3(1, 3, 4)));
        Kernel k = KernelPreset.randomGaussian(CUBE, 2, 3, 1).withBias(0.5f);
        Kernel small = WeightEdits.resizeAroundCentre(k, Axis3.all(3));
        assertEquals(k.get(1, 1, 1, 1), small.get(0, 0, 0, 1));
        assertEquals(k.get(3, 3, 3, 0), small.get(2, 2, 2, 0));
        assertEquals(0.5f, small.bias());
    }

    private static Kernel kernelWithMax(float max) {
        return new Kernel(1, 1, 2, 1, new float[] {max / 3, -max});
    }
}
