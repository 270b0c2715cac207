package app.conv3d.io;

import java.util.Arrays;

/**
 * How often each distinct RGB colour occurs, kept as an open-addressing hash table so frames can be
 * counted one at a time and dropped: the recorder's palette is chosen from all frames without holding
 * them. Counts saturate at {@code Integer.MAX_VALUE}.
 */
final class ColorHistogram {
    /** Marks a used slot, so black (0x000000) is not mistaken for an empty one. */
    private static final int USED = 1 << 24;

    private int[] keys = new int[1 << 12];
    private int[] counts = new int[1 << 12];
    private int size;

    /** Counts the 0xRRGGBB part of every pixel. */
    void add(int[] pixels) {
        for (int p : pixels) {
            add(p & 0xFFFFFF);
        }
    }

    private void add(int rgb) {
        int key = rgb | USED;
        int mask = keys.length - 1;
        int i = mix(rgb) & mask;
        while (keys[i] != 0 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (keys[i] == 0) {
            keys[i] = key;
            if (++size * 2 > keys.length) {
                counts[i] = 1;
                grow();
                return;
            }
        }
        if (counts[i] != Integer.MAX_VALUE) {
            counts[i]++;
        }
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new int[oldKeys.length * 2];
        counts = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != 0) {
                int i = mix(oldKeys[j] & 0xFFFFFF) & mask;
                while (keys[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                counts[i] = oldCounts[j];
            }
        }
    }

    private static int mix(int rgb) {
        int h = rgb * 0x9E3779B1;
        return h ^ (h >>> 15);
    }

    int distinctColors() {
        return size;
    }

    /** The distinct colours, ascending, as 0xRRGGBB. */
    int[] colors() {
        int[] out = new int[size];
        for (int j = 0, k = 0; j < keys.length; j++) {
            if (keys[j] != 0) {
                out[k++] = keys[j] & 0xFFFFFF;
            }
        }
        Arrays.sort(out);
        return out;
    }

    /** How often each of {@link #colors()} occurs, in the same order. */
    int[] counts(int[] colors) {
        int[] out = new int[colors.length];
        int mask = keys.length - 1;
        for (int k = 0; k < colors.length; k++) {
            int key = colors[k] | USED;
            int i = mix(colors[k]) & mask;
            while (keys[i] != key) {
                i = (i + 1) & mask;
            }
            out[k] = counts[i];
        }
        return out;
    }
}
