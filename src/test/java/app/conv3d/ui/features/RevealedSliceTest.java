package app.conv3d.ui.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import app.conv3d.core.Colormap;
import app.conv3d.core.FeatureDisplay;
import app.conv3d.core.FeatureVolume;
import app.conv3d.core.Normalization;
import app.conv3d.core.ValueRange;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The reveal grows and shrinks in the same image, pixel for pixel as painting it afresh would. */
class RevealedSliceTest {
    private static final FeatureDisplay GRAY = new FeatureDisplay(Normalization.MINMAX, Colormap.GRAY);

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    private static FeatureVolume ramp() {
        float[] data = new float[2 * 6 * 7];
        for (int i = 0; i < data.length; i++) {
            data[i] = i;
        }
        return new FeatureVolume(1, 2, 6, 7, data);
    }

    private static int[] pixels(RevealedSlice.Painted painted) {
        return painted.pixels();
    }

    @Test
    void eachEdgeLooksAsIfPaintedAfresh() {
        FeatureVolume f = ramp();
        ValueRange range = GRAY.displayRange(f, 0);
        RevealedSlice sweeping = new RevealedSlice();
        int[] shown = sweeping.paint(f, 0, 1, GRAY, range, 0).pixels().clone();
        int previous = 0;
        for (int edge : new int[] {1, 9, 10, 23, 42, 17, 3, 30}) {
            RevealedSlice.Painted painted = sweeping.paint(f, 0, 1, GRAY, range, edge);
            for (int y = painted.fromRow(); y < painted.toRow(); y++) { // what a canvas copies
                System.arraycopy(painted.pixels(), y * 7, shown, y * 7, 7);
            }
            int[] fresh = pixels(new RevealedSlice().paint(f, 0, 1, GRAY, range, edge));
            assertEquals(Math.min(edge, previous) / 7, painted.fromRow(), "the first row changed at edge " + edge);
            previous = edge;
            for (int i = 0; i < fresh.length; i++) {
                assertEquals(fresh[i], shown[i], "pixel " + i + " at edge " + edge);
            }
            if (edge < shown.length) {
                assertEquals(RevealedSlice.BLANK, shown[edge], "the first pixel not reached yet is blank");
            }
            assertNotEquals(RevealedSlice.BLANK, shown[edge - 1], "the last one reached shows its value");
        }
    }

    @Test
    void theSamePixelsAgainChangeNoRow() {
        FeatureVolume f = ramp();
        ValueRange range = GRAY.displayRange(f, 0);
        RevealedSlice painter = new RevealedSlice();
        painter.paint(f, 0, 1, GRAY, range, 42);
        assertFalse(painter.paint(f, 0, 1, GRAY, range, 42).changed(), "nothing new");
        FeatureVolume copy = new FeatureVolume(1, 2, 6, 7, f.data().clone());
        assertFalse(painter.paint(copy, 0, 1, GRAY, range, 42).changed(), "new features, the same colours");
        RevealedSlice.Painted other = painter.paint(f, 0, 0, GRAY, range, 42);
        assertEquals(0, other.fromRow());
        assertEquals(6, other.toRow(), "another slice: every row");
    }

    @Test
    void anotherSliceOrScaleRepaintsTheWhole() {
        FeatureVolume f = ramp();
        ValueRange range = GRAY.displayRange(f, 0);
        RevealedSlice painter = new RevealedSlice();
        int[] first = pixels(painter.paint(f, 0, 0, GRAY, range, 42)).clone();
        int[] second = pixels(painter.paint(f, 0, 1, GRAY, range, 42));
        assertEquals(first.length, second.length);
        int[] again = pixels(new RevealedSlice().paint(f, 0, 1, GRAY, range, 42));
        for (int i = 0; i < again.length; i++) {
            assertEquals(again[i], second[i]);
        }
    }
}
