package app.conv3d.ui.features;

import app.conv3d.core.FeatureDisplay;
import app.conv3d.core.FeatureVolume;
import app.conv3d.core.ValueRange;
import java.util.Arrays;
import java.util.Objects;

/**
 * Paints an output slice with the pixels the kernel has not reached yet left blank: transparent, so the
 * canvas's theme-coloured hatch shows there and "empty" never reads as a gray value, on a light or dark theme.
 * The pixels live in one reused array, and each call says which rows it changed: while only the kernel moves (a
 * sweep) those between the old and the new edge of what is revealed; for new features (a kernel edit) the rows
 * whose colours differ. The canvas then redraws just those rows, with no image to read back and compare.
 */
final class RevealedSlice {
    static final int BLANK = 0x00000000;

    /**
     * The slice's pixels after a call, premultiplied ARGB (every pixel is opaque or {@link #BLANK}, so plain ARGB
     * is the same), row-major, owned by the painter and changed by its next call; rows {@code [fromRow, toRow)}
     * differ from what the call before returned (none when {@code fromRow == toRow}).
     */
    record Painted(int width, int height, int[] pixels, int fromRow, int toRow) {
        boolean changed() {
            return fromRow < toRow;
        }
    }

    /** The whole slice coloured, and what is shown (the coloured pixels up to the edge, blank after it). */
    private int[] colours;
    private int[] shown;
    private int width;
    private int height;
    private Source source;
    private int revealed;

    private record Source(FeatureVolume features, int n, int t, FeatureDisplay display, ValueRange range) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Source s && s.features == features && s.n == n && s.t == t
                    && s.display.equals(display) && Objects.equals(s.range, range);
        }

        @Override
        public int hashCode() {
            return Objects.hash(System.identityHashCode(features), n, t, display, range);
        }
    }

    /** The slice with its first {@code revealed} pixels (raster order) showing, in the painter's reused array. */
    Painted paint(FeatureVolume features, int n, int t, FeatureDisplay display, ValueRange range, int revealed) {
        int w = features.width();
        int h = features.height();
        int edge = Math.max(0, Math.min(w * h, revealed));
        Source now = new Source(features, n, t, display, range);
        if (shown == null || w != width || h != height) {
            width = w;
            height = h;
            shown = new int[w * h];
            source = null;
            colours = display.argb(features, n, t, range);
            source = now;
            System.arraycopy(colours, 0, shown, 0, edge);
            this.revealed = edge;
            return new Painted(w, h, shown, 0, h);
        }
        if (!now.equals(source)) {
            source = now;
            colours = display.argb(features, n, t, range);
            this.revealed = edge;
            return replace(edge);
        }
        if (edge == this.revealed) {
            return new Painted(w, h, shown, 0, 0);
        }
        int lo = Math.min(edge, this.revealed);
        int hi = Math.max(edge, this.revealed);
        if (edge > this.revealed) {
            System.arraycopy(colours, lo, shown, lo, hi - lo);
        } else {
            Arrays.fill(shown, lo, hi, BLANK);
        }
        this.revealed = edge;
        return new Painted(w, h, shown, lo / width, (hi - 1) / width + 1);
    }

    /** Shows the new colours up to {@code edge}; the rows that come out the same are not reported. */
    private Painted replace(int edge) {
        int w = width;
        int first = -1;
        int last = -1;
        for (int y = 0; y < height; y++) {
            int from = y * w;
            int to = from + w;
            int split = Math.max(from, Math.min(to, edge));
            boolean same = Arrays.equals(colours, from, split, shown, from, split)
                    && allBlank(shown, split, to);
            if (!same) {
                System.arraycopy(colours, from, shown, from, split - from);
                Arrays.fill(shown, split, to, BLANK);
                if (first < 0) {
                    first = y;
                }
                last = y;
            }
        }
        return first < 0 ? new Painted(w, height, shown, 0, 0) : new Painted(w, height, shown, first, last + 1);
    }

    private static boolean allBlank(int[] pixels, int from, int to) {
        for (int i = from; i < to; i++) {
            if (pixels[i] != BLANK) {
                return false;
            }
        }
        return true;
    }
}
