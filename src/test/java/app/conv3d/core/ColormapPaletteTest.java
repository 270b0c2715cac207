package app.conv3d.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ColormapPaletteTest {

    @Test
    void grayRunsFromBlackToWhiteThroughGray() {
        assertEquals(0xFF000000, Colormap.GRAY.argb(0));
        assertEquals(0xFF808080, Colormap.GRAY.argb(128));
        assertEquals(0xFFFFFFFF, Colormap.GRAY.argb(255));
    }

    @Test
    void divergingRunsFromBlueThroughWhiteToRed() {
        assertEquals(0xFF2166AC, Colormap.DIVERGING.argb(0));
        assertEquals(0xFFB2182B, Colormap.DIVERGING.argb(255));
    }
}
