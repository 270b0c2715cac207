package app.conv3d.ui.volume;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import app.conv3d.core.Volume;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Frame pictures survive from one clip to the next exactly where the frame's values are the same. */
class FrameCacheTest {
    /** A "picture" that names the frame's first value, so a reused picture can be told from a new one. */
    private final FrameCache<String> cache = new FrameCache<>((v, t) -> "frame " + v.get(t, 0, 0, 0) + " #" + t,
            String[]::new);

    @Test
    void theFirstClipDrawsEveryFrame() {
        cache.picturesOf(clip(new Random(1), 6));
        assertEquals(6, cache.drawnLast());
    }

    @Test
    void aRollingWindowDrawsOnlyTheNewFrame() {
        Random random = new Random(2);
        Volume first = clip(random, 6);
        String[] before = cache.picturesOf(first);
        Volume rolled = rolled(first, clip(random, 1));
        String[] after = cache.picturesOf(rolled);
        assertEquals(1, cache.drawnLast());
        for (int t = 0; t < 5; t++) {
            assertSame(before[t + 1], after[t], "frame " + t);
        }
        assertEquals("frame " + rolled.get(5, 0, 0, 0) + " #5", after[5]);
    }

    @Test
    void theSameClipDrawsNothing() {
        Volume v = clip(new Random(3), 4);
        String[] before = cache.picturesOf(v);
        assertArrayEquals(before, cache.picturesOf(v));
        assertEquals(0, cache.drawnLast());
    }

    @Test
    void aChangedFrameIsDrawnAgainAndOnlyIt() {
        Volume v = clip(new Random(4), 5);
        String[] before = cache.picturesOf(v);
        float[] data = v.data().clone();
        data[v.index(3, 7, 2, 1)] += 1;
        String[] after = cache.picturesOf(new Volume(5, 8, 8, 3, data));
        assertEquals(1, cache.drawnLast());
        assertSame(before[2], after[2]);
        assertSame(before[4], after[4]);
    }

    @Test
    void anotherSizeDrawsEverything() {
        cache.picturesOf(clip(new Random(5), 4));
        cache.picturesOf(new Volume(4, 4, 4, 3, new float[4 * 4 * 4 * 3]));
        assertEquals(4, cache.drawnLast());
    }

    @Test
    void noClipHasNoPictures() {
        cache.picturesOf(clip(new Random(6), 3));
        assertEquals(0, cache.picturesOf(null).length);
    }

    private static Volume clip(Random random, int frames) {
        float[] data = new float[frames * 8 * 8 * 3];
        for (int i = 0; i < data.length; i++) {
            data[i] = random.nextInt(256);
        }
        return new Volume(frames, 8, 8, 3, data);
    }

    /** {@code window}'s frames 1.. followed by {@code newest}'s frame: what the live window shows next. */
    private static Volume rolled(Volume window, Volume newest) {
        int frame = 8 * 8 * 3;
        float[] data = new float[window.data().length];
        System.arraycopy(window.data(), frame, data, 0, data.length - frame);
        System.arraycopy(newest.data(), 0, data, data.length - frame, frame);
        return new Volume(window.frames(), 8, 8, 3, data);
    }
}
