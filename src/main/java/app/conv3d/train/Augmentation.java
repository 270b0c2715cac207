package app.conv3d.train;

import app.conv3d.core.NumpyRandom;
import app.conv3d.core.Volume;
import java.util.ArrayList;
import java.util.List;

/**
 * More training clips from the class's own: each clip mirrored left-right (a gesture to the right becomes one to
 * the left, so its label becomes its mirror class's; a class without a mirror keeps its label), and each clip
 * (mirrored ones included) once more moved by a few pixels and/or made brighter or darker. A few recordings then
 * teach what does not matter (where the hand is, how bright the room is) and, mirrored, what does (the direction).
 * The same clips and seed give the same copies.
 */
public record Augmentation(boolean mirror, boolean shift, boolean brightness) {
    public static final Augmentation NONE = new Augmentation(false, false, false);
    /** Brightness factors lie in 1 ± [0.1, 0.3]: visible, but the gesture stays as clear. */
    private static final double MIN_BRIGHTNESS_CHANGE = 0.1;
    private static final double MAX_BRIGHTNESS_CHANGE = 0.3;

    /** How many clips {@code originals} clips become. */
    public int count(int originals) {
        return originals * (mirror ? 2 : 1) * (shift || brightness ? 2 : 1);
    }

    /**
     * The clips, then their mirror images (labelled {@code mirrorLabel[label]}), then every one of those once more
     * shifted and/or brightened, drawn from {@code seed}.
     */
    public List<LabeledClip> apply(List<LabeledClip> clips, int[] mirrorLabel, long seed) {
        List<LabeledClip> out = new ArrayList<>(clips);
        if (mirror) {
            for (LabeledClip c : clips) {
                out.add(new LabeledClip(mirrored(c.clip()), mirrorLabel[c.label()]));
            }
        }
        if (shift || brightness) {
            NumpyRandom random = new NumpyRandom(seed);
            for (LabeledClip c : List.copyOf(out)) {
                Volume v = c.clip();
                if (shift) {
                    int most = maxShift(v);
                    int dy = 0;
                    int dx = 0;
                    while (dy == 0 && dx == 0) {
                        dy = between(random, -most, most);
                        dx = between(random, -most, most);
                    }
                    v = shifted(v, dy, dx);
                }
                if (brightness) {
                    double change = MIN_BRIGHTNESS_CHANGE
                            + random.nextDouble() * (MAX_BRIGHTNESS_CHANGE - MIN_BRIGHTNESS_CHANGE);
                    v = brightened(v, random.nextDouble() < 0.5 ? 1 - change : 1 + change);
                }
                out.add(new LabeledClip(v, c.label()));
            }
        }
        return out;
    }

    /** A few pixels: a sixteenth of the shorter side, at least one (2 at 32x32). */
    static int maxShift(Volume v) {
        return Math.max(1, Math.min(v.height(), v.width()) / 16);
    }

    private static int between(NumpyRandom random, int lo, int hi) {
        return lo + (int) Math.min(hi - lo, Math.floor(random.nextDouble() * (hi - lo + 1)));
    }

    /** Every frame flipped left-right. */
    public static Volume mirrored(Volume clip) {
        int w = clip.width();
        int c = clip.channels();
        float[] in = clip.data();
        float[] out = new float[in.length];
        int rows = clip.frames() * clip.height();
        for (int r = 0; r < rows; r++) {
            int base = r * w * c;
            for (int x = 0; x < w; x++) {
                System.arraycopy(in, base + x * c, out, base + (w - 1 - x) * c, c);
            }
        }
        return new Volume(clip.frames(), clip.height(), w, c, out);
    }

    /**
     * Every frame moved {@code dy} rows down and {@code dx} columns right; the pixels that come in repeat the edge
     * (a black border would be a new edge for the kernels to find).
     */
    public static Volume shifted(Volume clip, int dy, int dx) {
        int h = clip.height();
        int w = clip.width();
        int c = clip.channels();
        float[] in = clip.data();
        float[] out = new float[in.length];
        for (int t = 0; t < clip.frames(); t++) {
            for (int y = 0; y < h; y++) {
                int sy = Math.max(0, Math.min(h - 1, y - dy));
                for (int x = 0; x < w; x++) {
                    int sx = Math.max(0, Math.min(w - 1, x - dx));
                    System.arraycopy(in, clip.index(t, sy, sx, 0), out, clip.index(t, y, x, 0), c);
                }
            }
        }
        return new Volume(clip.frames(), h, w, c, out);
    }

    /** Every value times {@code factor}, kept within 0..255. */
    public static Volume brightened(Volume clip, double factor) {
        float[] in = clip.data();
        float[] out = new float[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = (float) Math.max(0, Math.min(255, in[i] * factor));
        }
        return new Volume(clip.frames(), clip.height(), clip.width(), clip.channels(), out);
    }
}
