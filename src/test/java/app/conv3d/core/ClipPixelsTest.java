package app.conv3d.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ClipPixelsTest {

    @Test
    void threeChannelsAreRgbAndOneIsGray() {
        assertEquals(0xFF0A141E, ClipPixels.argb(new float[] {10, 20, 30}, 0, 3));
        assertEquals(0xFF404040, ClipPixels.argb(new float[] {0, 64}, 1, 1));
    }

    @Test
    void valuesAreRoundedAndKeptWithinAByte() {
        assertEquals(0xFFFF0003, ClipPixels.argb(new float[] {300, -5, 2.6f}, 0, 3));
    }
}
