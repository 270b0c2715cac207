package app.conv3d.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One palette for many frames by median cut: start with a box around all colours, repeatedly split the
 * box with the widest channel range at the pixel-weighted median of that channel, and use each box's
 * pixel-weighted mean colour. Images with no more distinct colours than asked keep them exactly.
 */
public final class MedianCutPalette {
    private MedianCutPalette() {
    }

    /** Up to {@code maxColors} opaque RGB colours (0xRRGGBB) for all {@code pixels} (RGB, alpha ignored). */
    public static int[] of(List<int[]> pixels, int maxColors) {
        if (maxColors < 1) {
            throw new IllegalArgumentException("a palette needs at least one colour");
        }
        int total = 0;
        for (int[] p : pixels) {
            total = Math.addExact(total, p.length);
        }
        int[] all = new int[total];
        int k = 0;
        for (int[] p : pixels) {
            for (int v : p) {
                all[k++] = v & 0xFFFFFF;
            }
        }
        if (total == 0) {
            return new int[] {0};
        }
        Arrays.sort(all);
        int unique = 1;
        for (int i = 1; i < total; i++) {
            if (all[i] != all[i - 1]) {
                unique++;
            }
        }
        int[] colors = new int[unique];
        int[] counts = new int[unique];
        for (int i = 0, u = -1; i < total; i++) {
            if (i == 0 || all[i] != all[i - 1]) {
                colors[++u] = all[i];
            }
            counts[u]++;
        }
        return of(colors, counts, maxColors);
    }

    /**
     * As {@link #of(List, int)}, from a histogram: distinct {@code colors} (0xRRGGBB, ascending, so the
     * result does not depend on the order they were met in) and how often each occurs.
     */
    static int[] of(int[] colors, int[] counts, int maxColors) {
        if (maxColors < 1) {
            throw new IllegalArgumentException("a palette needs at least one colour");
        }
        if (colors.length == 0) {
            return new int[] {0};
        }
        if (colors.length <= maxColors) {
            return colors.clone();
        }
        return cut(colors, counts, maxColors);
    }

    private static int[] cut(int[] colors, int[] counts, int maxColors) {
        int[] order = new int[colors.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        List<int[]> boxes = new ArrayList<>(); // {from, to} into order
        boxes.add(new int[] {0, order.length});
        while (boxes.size() < maxColors) {
            int best = -1;
            int bestRange = 0;
            int bestChannel = 0;
            for (int b = 0; b < boxes.size(); b++) {
                int[] box = boxes.get(b);
                for (int ch = 0; ch < 3; ch++) {
                    int range = range(colors, order, box, ch);
                    if (range > bestRange) {
                        best = b;
                        bestRange = range;
                        bestChannel = ch;
                    }
                }
            }
            if (best < 0) {
                break; // every box holds a single colour
            }
            int[] box = boxes.get(best);
            sortBy(colors, order, box, bestChannel);
            int split = medianSplit(counts, order, box);
            boxes.set(best, new int[] {box[0], split});
            boxes.add(new int[] {split, box[1]});
        }
        int[] palette = new int[boxes.size()];
        for (int b = 0; b < boxes.size(); b++) {
            palette[b] = mean(colors, counts, order, boxes.get(b));
        }
        return palette;
    }

    private static int channel(int rgb, int ch) {
        return rgb >> (16 - 8 * ch) & 0xFF;
    }

    private static int range(int[] colors, int[] order, int[] box, int ch) {
        int lo = 255;
        int hi = 0;
        for (int i = box[0]; i < box[1]; i++) {
            int v = channel(colors[order[i]], ch);
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        return hi - lo;
    }

    private static void sortBy(int[] colors, int[] order, int[] box, int ch) {
        long[] keys = new long[box[1] - box[0]];
        for (int i = 0; i < keys.length; i++) {
            int idx = order[box[0] + i];
            keys[i] = (long) channel(colors[idx], ch) << 32 | idx;
        }
        Arrays.sort(keys);
        for (int i = 0; i < keys.length; i++) {
            order[box[0] + i] = (int) keys[i];
        }
    }

    /** The first index of the upper half: where half the box's pixels lie below; both halves non-empty. */
    private static int medianSplit(int[] counts, int[] order, int[] box) {
        long total = 0;
        for (int i = box[0]; i < box[1]; i++) {
            total += counts[order[i]];
        }
        long seen = 0;
        for (int i = box[0]; i < box[1] - 1; i++) {
            seen += counts[order[i]];
            if (seen * 2 >= total) {
                return i + 1;
            }
        }
        return box[1] - 1;
    }

    private static int mean(int[] colors, int[] counts, int[] order, int[] box) {
        long n = 0;
        long r = 0;
        long g = 0;
        long b = 0;
        for (int i = box[0]; i < box[1]; i++) {
            int c = colors[order[i]];
            long w = counts[order[i]];
            n += w;
            r += w * channel(c, 0);
            g += w * channel(c, 1);
            b += w * channel(c, 2);
        }
        return (int) ((r + n / 2) / n) << 16 | (int) ((g + n / 2) / n) << 8 | (int) ((b + n / 2) / n);
    }
}
