package app.conv3d.io;

/**
 * The nearest palette colour (squared RGB distance, lowest index on ties) to a colour, found exactly but
 * without comparing all 256 entries per pixel: RGB space is cut into 8x8x8 cells, and for each cell
 * met, once, only the entries that can be nearest to some point of it are kept as candidates (those
 * whose smallest distance to the cell is at most the smallest largest-distance of any entry). The
 * answer is the same as {@link FloydSteinberg#nearest}'s full search.
 */
final class NearestColor {
    private static final int CELL_BITS = 3;
    private static final int CELL = 1 << CELL_BITS;
    private static final int CELLS = 256 / CELL;

    private final int[] palette;
    private final int[][] candidates = new int[CELLS * CELLS * CELLS][];

    NearestColor(int[] palette) {
        if (palette.length < 1 || palette.length > 256) {
            throw new IllegalArgumentException("a palette holds 1..256 colours, got " + palette.length);
        }
        this.palette = palette.clone();
    }

    int[] palette() {
        return palette;
    }

    /** For channel values in 0..255. */
    int index(float r, float g, float b) {
        int cell = (cellOf(r) * CELLS + cellOf(g)) * CELLS + cellOf(b);
        int[] list = candidates[cell];
        if (list == null) {
            list = candidatesFor(cellOf(r), cellOf(g), cellOf(b));
            candidates[cell] = list;
        }
        int best = list[0];
        float bestDistance = Float.MAX_VALUE;
        for (int i : list) {
            int c = palette[i];
            float dr = r - (c >> 16 & 0xFF);
            float dg = g - (c >> 8 & 0xFF);
            float db = b - (c & 0xFF);
            float d = dr * dr + dg * dg + db * db;
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }

    private static int cellOf(float v) {
        int c = (int) v >> CELL_BITS;
        return c < 0 ? 0 : (c >= CELLS ? CELLS - 1 : c);
    }

    /** Entries, ascending, that are nearest to at least one point of the cell (and maybe a few more). */
    private int[] candidatesFor(int cr, int cg, int cb) {
        int n = palette.length;
        float[] min = new float[n];
        float bound = Float.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            int c = palette[i];
            float lo = 0;
            float hi = 0;
            for (int ch = 0; ch < 3; ch++) {
                int v = c >> (16 - 8 * ch) & 0xFF;
                int cellLo = (ch == 0 ? cr : ch == 1 ? cg : cb) * CELL;
                int cellHi = cellLo + CELL; // inclusive upper bound is conservative for values < cellHi
                float below = Math.max(0, Math.max(cellLo - v, v - cellHi));
                float far = Math.max(Math.abs(v - cellLo), Math.abs(v - cellHi));
                lo += below * below;
                hi += far * far;
            }
            min[i] = lo;
            bound = Math.min(bound, hi);
        }
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (min[i] <= bound) {
                count++;
            }
        }
        int[] list = new int[count];
        for (int i = 0, k = 0; i < n; i++) {
            if (min[i] <= bound) {
                list[k++] = i;
            }
        }
        return list;
    }
}
