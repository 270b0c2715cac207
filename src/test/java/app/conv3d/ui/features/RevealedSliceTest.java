package app.conv3d.ui.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import app.conv3d.core.Colormap;
import app.conv3d.core.FeatureDisplay;
import app.conv3d.core.FeatureVolume;
import app.conv3d.core.Normalization;
import app.conv3d.core.ValueRange;
import java.util.concurrent.TimeoutException;
import javafx.scene.image.WritableImage;
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

    private static int[] pixels(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0, w);
        return argb;
    }

    @Test
    void eachEdgeLooksAsIfPaintedAfresh() {
        FeatureVolume f = ramp();
        ValueRange range = GRAY.displayRange(f, 0);
        RevealedSlice sweeping = new RevealedSlice();
        WritableImage image = sweeping.paint(f, 0, 1, GRAY, range, 0);
        for (int edge : new int[] {1, 9, 10, 23, 42, 17, 3, 30}) {
            assertSame(image, sweeping.paint(f, 0, 1, GRAY, range, edge), "the same image, updated in place");
            int[] fresh = pixels(new RevealedSlice().paint(f, 0, 1, GRAY, range, edge));
            int[] shown = pixels(image);
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
