package app.conv3d.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GestureNamesTest {
    @Test
    void swapsTheSideWordsOnly() {
        assertEquals("wave left", GestureNames.mirrored("Wave Right"));
        assertEquals("mano a la derecha", GestureNames.mirrored("mano a la izquierda"));
        assertEquals("left hand up, right hand down", GestureNames.mirrored("right hand up, left hand down"));
        assertNull(GestureNames.mirrored("still"));
        assertNull(GestureNames.mirrored("bright light"), "a whole word, not a part of one");
    }

    @Test
    void readsTheSide() {
        assertEquals(1, GestureNames.side("swipe RIGHT"));
        assertEquals(-1, GestureNames.side("a la izquierda"));
        assertEquals(0, GestureNames.side("clap"));
        assertEquals(0, GestureNames.side("right then left"));
    }

    @Test
    void pairsNamesThatDifferOnlyInTheSide() {
        assertArrayEquals(new int[] {1, 0, -1}, GestureNames.partners(List.of("wave right", "wave left", "still")));
        assertArrayEquals(new int[] {3, 2, 1, 0},
                GestureNames.partners(List.of("swipe left", "wave right", "wave left", "swipe right")));
        assertArrayEquals(new int[] {-1, -1}, GestureNames.partners(List.of("wave right", "swipe left")));
    }

    @Test
    void recognisesStillInEitherLanguage() {
        assertTrue(GestureNames.saysStill("Still"));
        assertTrue(GestureNames.saysStill("mano quieta"));
        assertFalse(GestureNames.saysStill("distillery"));
    }
}
