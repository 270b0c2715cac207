package app.conv3d.ui.volume;

import app.conv3d.core.Volume;
import java.util.Arrays;
import java.util.function.BiFunction;
import java.util.function.IntFunction;

/**
 * One picture per frame of the clip shown (a texture, an image), kept from one clip to the next for every frame
 * whose pixels did not change. Live mode hands the views a new clip per camera frame, the rolling window moved
 * on by one: with this cache the views draw (and the renderer uploads) the one new frame instead of all of them.
 */
final class FrameCache<P> {
    private final BiFunction<Volume, Integer, P> draw;
    private final IntFunction<P[]> arrays;
    private Volume volume;
    private P[] pictures;
    private int drawnLast;

    /** {@code draw} makes frame t's picture of a volume; {@code arrays} makes arrays of pictures. */
    FrameCache(BiFunction<Volume, Integer, P> draw, IntFunction<P[]> arrays) {
        this.draw = draw;
        this.arrays = arrays;
        this.pictures = arrays.apply(0);
    }

    /** The pictures of {@code next}'s frames (none for null), reusing those of the volume before where they fit. */
    P[] picturesOf(Volume next) {
        if (next == volume) {
            drawnLast = 0;
            return pictures.clone();
        }
        P[] made = arrays.apply(next == null ? 0 : next.frames());
        int[] from = next == null ? new int[0] : sameFrames(volume, next);
        drawnLast = 0;
        for (int t = 0; t < made.length; t++) {
            if (from[t] >= 0) {
                made[t] = pictures[from[t]];
            } else {
                made[t] = draw.apply(next, t);
                drawnLast++;
            }
        }
        volume = next;
        pictures = made;
        return made.clone();
    }

    /** How many frames the last {@link #picturesOf} had to draw. */
    int drawnLast() {
        return drawnLast;
    }

    /**
     * For each frame of {@code next}, the frame of {@code before} with exactly the same values, or -1. Only a
     * whole-clip shift is looked for (frame t of next is frame t + s of before, the same s for all): that is
     * what a rolling window does, and it keeps the check to about one comparison per frame.
     */
    static int[] sameFrames(Volume before, Volume next) {
        int[] from = new int[next.frames()];
        Arrays.fill(from, -1);
        if (before == null || before.height() != next.height() || before.width() != next.width()
                || before.channels() != next.channels()) {
            return from;
        }
        for (int shift = 0; shift < before.frames(); shift++) {
            if (!sameFrame(before, shift, next, 0)) {
                continue;
            }
            for (int t = 0; t < next.frames() && t + shift < before.frames(); t++) {
                if (t == 0 || sameFrame(before, t + shift, next, t)) {
                    from[t] = t + shift;
                }
            }
            return from;
        }
        return from;
    }

    private static boolean sameFrame(Volume a, int ta, Volume b, int tb) {
        int size = a.height() * a.width() * a.channels();
        int ia = a.index(ta, 0, 0, 0);
        int ib = b.index(tb, 0, 0, 0);
        return Arrays.equals(a.data(), ia, ia + size, b.data(), ib, ib + size);
    }
}
