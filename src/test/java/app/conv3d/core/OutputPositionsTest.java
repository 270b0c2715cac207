package app.conv3d.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class OutputPositionsTest {
    private final OutputPositions full = new OutputPositions(new Axis3(12, 252, 252));

    @Test
    void theFullLessonHas762048Positions() {
        assertEquals(762_048, full.count());
    }

    @Test
    void indexAndPositionRoundTripInRasterOrder() {
        assertEquals(new Axis3(0, 0, 1), full.at(1));
        assertEquals(new Axis3(0, 1, 0), full.at(252));
        assertEquals(new Axis3(1, 0, 0), full.at(252 * 252));
        assertEquals(new Axis3(11, 251, 251), full.at(full.last()));
        for (int i : new int[] {0, 17, 5000, 300_001, full.last()}) {
            assertEquals(i, full.index(full.at(i)));
        }
        assertThrows(IndexOutOfBoundsException.class, () -> full.at(full.count()));
        assertThrows(IndexOutOfBoundsException.class, () -> full.index(12, 0, 0));
    }

    @Test
    void stepsMoveByAPositionARowOrASliceAndStopAtTheEnds() {
        assertEquals(1, full.step(0, StepSize.POSITION, 1));
        assertEquals(252, full.step(0, StepSize.ROW, 1));
        assertEquals(252 * 252 + 3, full.step(3, StepSize.SLICE, 1));
        assertEquals(0, full.step(100, StepSize.ROW, -1));
        assertEquals(full.last(), full.step(full.last() - 2, StepSize.SLICE, 1));
    }
}
