package app.conv3d.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.conv3d.core.Axis3;
import app.conv3d.core.ConvShape;
import app.conv3d.core.InvalidSpecException;
import org.junit.jupiter.api.Test;

class OutputSizeTest {
    private static final Axis3 ONE = Axis3.of(1, 1, 1);
    private static final Axis3 ZERO = Axis3.of(0, 0, 0);

    private static ConvShape output(int t, int h, int w) {
        return new ConvShape(Axis3.of(t, h, w), ONE, ONE, ZERO, ONE, Axis3.of(t, h, w));
    }

    @Test
    void moreValuesThanAnArrayHoldsStatesTheSizeNeeded() {
        InvalidSpecException e = assertThrows(InvalidSpecException.class,
                () -> OutputSize.check(output(16, 1024, 1024), 256, Long.MAX_VALUE));
        assertEquals("the output would hold 256 kernel(s) x 16 x 1024 x 1024 = 4294967296 values (16.0 GiB of "
                + "float32), more than the 2147483639 one array can: use fewer kernels, a smaller --size or a --stride",
                e.getMessage());
    }

    @Test
    void moreBytesThanTheHeapStatesBoth() {
        InvalidSpecException e = assertThrows(InvalidSpecException.class,
                () -> OutputSize.check(output(16, 1024, 1024), 64, 1L << 30));
        assertEquals("the output would hold 64 kernel(s) x 16 x 1024 x 1024 = 1073741824 values (4.0 GiB of float32) "
                + "but this Java may use 1.0 GiB (-Xmx): use fewer kernels, a smaller --size or a --stride",
                e.getMessage());
    }

    @Test
    void theSeedWorkloadFits() {
        assertDoesNotThrow(() -> OutputSize.check(output(12, 252, 252), 1, 256L << 20));
    }
}
