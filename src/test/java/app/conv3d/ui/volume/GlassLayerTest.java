package app.conv3d.ui.volume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The glass faces blended as a canvas draw would blend them, one over the other, at the layer's resolution. */
class GlassLayerTest {
    private static final int RED = 0xFFFF0000;
    private static final int BLUE = 0xFF0000FF;

    @Test
    void oneFaceIsItsColourAtItsOpacityAndNothingOutside() {
        GlassLayer layer = new GlassLayer(0.5);
        layer.clear(0, 0, 40, 20);
        assertEquals(20, layer.columns());
        assertEquals(10, layer.rows());
        int[] red = new int[4 * 4];
        Arrays.fill(red, RED);
        layer.add(red, 4, 4, 0, 0, 20, 20, 0.09); // the left half of the layer
        int[] pixels = layer.premultiplied();
        assertEquals(0x17170000, pixels[0], "alpha and premultiplied red 0.09 x 255 = 23");
        assertEquals(0x17170000, pixels[9 * 20 + 9]);
        assertEquals(0, pixels[10], "right of the face: transparent");
    }

    @Test
    void facesOverEachOtherAddUpAsRepeatedBlends() {
        GlassLayer layer = new GlassLayer(1);
        layer.clear(0, 0, 10, 10);
        int[] blue = {BLUE};
        for (int i = 0; i < 11; i++) {
            layer.add(blue, 1, 1, 0, 0, 10, 10, 0.09);
        }
        int alpha = layer.premultiplied()[55] >>> 24;
        assertEquals(Math.round(255 * (1 - Math.pow(0.91, 11))), alpha, 1);
    }

    @Test
    void eachLayerPixelTakesThePicturePixelUnderItsCentre() {
        GlassLayer layer = new GlassLayer(0.5);
        layer.clear(10, 10, 30, 14);
        int[] redThenBlue = {RED, BLUE}; // a 2x1 picture stretched over x 10..30
        layer.add(redThenBlue, 2, 1, 10, 10, 30, 14, 1);
        int[] pixels = layer.premultiplied();
        assertEquals(RED, pixels[4], "layer column 4 is canvas x 18-20: the left half");
        assertEquals(BLUE, pixels[5], "layer column 5 is canvas x 20-22: the right half");
    }

    @Test
    void refusesAResolutionAboveTheCanvas() {
        assertThrows(IllegalArgumentException.class, () -> new GlassLayer(2));
    }
}
