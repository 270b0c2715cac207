package app.conv3d.ui.features;

import app.conv3d.core.FeatureDisplay;
import app.conv3d.core.FeatureVolume;
import app.conv3d.core.ValueRange;
import java.util.Arrays;
import java.util.Objects;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Paints an output slice with the pixels the kernel has not reached yet left blank: transparent, so the
 * canvas's theme-coloured hatch shows there and "empty" never reads as a gray value, on a light or dark theme.
 * While only the kernel moves (a sweep), the image is updated in place: the slice is coloured once, and each
 * frame writes just the rows between the old and the new edge of what is revealed.
 */
final class RevealedSlice {
    static final int BLANK = 0x00000000;

    private WritableImage image;
    /** The whole slice coloured, and what the image shows (the coloured pixels up to the edge, blank after it). */
    private int[] colours;
    private int[] shown;
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

    /** The slice's image, with its first {@code revealed} pixels (raster order) showing; reuses its buffer. */
    WritableImage paint(FeatureVolume features, int n, int t, FeatureDisplay display, ValueRange range,
            int revealed) {
        int w = features.width();
        int h = features.height();
        int edge = Math.max(0, Math.min(w * h, revealed));
        Source now = new Source(features, n, t, display, range);
        if (image == null || (int) image.getWidth() != w || (int) image.getHeight() != h) {
            image = new WritableImage(w, h);
            source = null;
        }
        if (!now.equals(source)) {
            source = now;
            colours = display.argb(features, n, t, range);
            shown = colours.clone();
            Arrays.fill(shown, edge, shown.length, BLANK);
            this.revealed = edge;
            image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), shown, 0, w);
            return image;
        }
        if (edge != this.revealed) {
            int lo = Math.min(edge, this.revealed);
            int hi = Math.max(edge, this.revealed);
            if (edge > this.revealed) {
                System.arraycopy(colours, lo, shown, lo, hi - lo);
            } else {
                Arrays.fill(shown, lo, hi, BLANK);
            }
            this.revealed = edge;
            int firstRow = lo / w;
            int rows = (hi - 1) / w - firstRow + 1;
            image.getPixelWriter().setPixels(0, firstRow, w, rows, PixelFormat.getIntArgbInstance(), shown,
                    firstRow * w, w);
        }
        return image;
    }
}
