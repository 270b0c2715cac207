package app.conv3d.ui.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Nearest-neighbour enlargement by bands of rows, without a toolkit. */
class NearestScaleTest {

    @Test
    void everySourcePixelBecomesABlockOfItsOwnColour() {
        int[] source = {1, 2, 3, 4, 5, 6}; // 3 wide, 2 high
        NearestScale scale = new NearestScale(3, 2, 7, 5);
        int[] target = new int[7 * 5];
        scale.rows(source, target, 0, 2);
        for (int y = 0; y < 5; y++) {
            for (int x = 0; x < 7; x++) {
                assertEquals(source[(y * 2 / 5) * 3 + x * 3 / 7], target[y * 7 + x], "(" + x + ", " + y + ")");
            }
        }
        assertEquals(0, scale.firstTargetRow(0));
        assertEquals(3, scale.firstTargetRow(1), "rows 0-2 show source row 0, rows 3-4 source row 1");
        assertEquals(5, scale.firstTargetRow(2));
    }

    @Test
    void aBandOfRowsWrittenAloneGivesWhatTheWholeGives() {
        int[] before = new int[5 * 4];
        int[] after = new int[5 * 4];
        for (int i = 0; i < after.length; i++) {
            before[i] = i;
            after[i] = i / 5 == 2 ? -i : i; // row 2 changed
        }
        NearestScale scale = new NearestScale(5, 4, 13, 11);
        int[] band = new int[13 * 11];
        scale.rows(before, band, 0, 4);
        scale.rows(after, band, 2, 3);
        int[] whole = new int[13 * 11];
        scale.rows(after, whole, 0, 4);
        assertArrayEquals(whole, band);
    }
}
