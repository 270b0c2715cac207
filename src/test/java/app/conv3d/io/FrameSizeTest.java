package app.conv3d.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.core.InvalidSpecException;
import org.junit.jupiter.api.Test;

class FrameSizeTest {
    @Test
    void parsesHeightFirst() {
        FrameSize s = FrameSize.parse("64x112");
        assertEquals(64, s.height());
        assertEquals(112, s.width());
        assertEquals("64x112", s.toString());
    }

    @Test
    void parsesNative() {
        assertTrue(FrameSize.parse(" Native ").isNative());
        assertEquals(FrameSize.NATIVE, FrameSize.parse("native"));
    }

    @Test
    void refusesNonsense() {
        for (String bad : new String[] {"", "x", "12", "0x5", "5x", "axb", "5000x5000", "-3x4"}) {
            assertThrows(InvalidSpecException.class, () -> FrameSize.parse(bad), bad);
        }
    }
}
