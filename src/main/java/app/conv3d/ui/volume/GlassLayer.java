package app.conv3d.ui.volume;

import java.util.Arrays;

/**
 * The faint glass faces of the flat stack blended together, at a fraction of the canvas's resolution, into one
 * premultiplied ARGB picture drawn once. On JavaFX's software pipeline every alpha-blended draw costs the whole
 * face's area, so eleven faint faces cost eleven full frames; blended here at half resolution they cost about a
 * twelfth of that and one draw. At 9 % opacity the softer edges do not show from a classroom's back row.
 * Its buffers are kept from one picture to the next.
 */
final class GlassLayer {
    private final double resolution;
    private double left;
    private double top;
    private int columns;
    private int rows;
    /** Premultiplied colour and alpha per layer pixel, 0..1. */
    private float[] red = new float[0];
    private float[] green = new float[0];
    private float[] blue = new float[0];
    private float[] alpha = new float[0];
    private int[] packed = new int[0];

    /** {@code resolution}: layer pixels per canvas pixel, at most 1. */
    GlassLayer(double resolution) {
        if (!(resolution > 0 && resolution <= 1)) {
            throw new IllegalArgumentException("resolution must be in (0, 1], got " + resolution);
        }
        this.resolution = resolution;
    }

    /** Starts an empty, transparent layer over the canvas rectangle from (x0, y0) to (x1, y1). */
    void clear(double x0, double y0, double x1, double y1) {
        left = x0;
        top = y0;
        columns = Math.max(1, (int) Math.ceil((x1 - x0) * resolution));
        rows = Math.max(1, (int) Math.ceil((y1 - y0) * resolution));
        int size = columns * rows;
        if (red.length < size) {
            red = new float[size];
            green = new float[size];
            blue = new float[size];
            alpha = new float[size];
            packed = new int[size];
        }
        Arrays.fill(red, 0, size, 0f);
        Arrays.fill(green, 0, size, 0f);
        Arrays.fill(blue, 0, size, 0f);
        Arrays.fill(alpha, 0, size, 0f);
    }

    /**
     * Blends a picture ({@code argb}, opaque, {@code iw} x {@code ih}) stretched over the canvas rectangle from
     * (ax, ay) to (bx, by) at {@code opacity} over what the layer holds, as a canvas draw would; each layer pixel
     * takes the picture's pixel under its centre.
     */
    void add(int[] argb, int iw, int ih, double ax, double ay, double bx, double by, double opacity) {
        float g = (float) opacity;
        float keep = 1 - g;
        int c0 = Math.max(0, (int) Math.ceil((ax - left) * resolution - 0.5));
        int c1 = Math.min(columns, (int) Math.ceil((bx - left) * resolution - 0.5));
        int r0 = Math.max(0, (int) Math.ceil((ay - top) * resolution - 0.5));
        int r1 = Math.min(rows, (int) Math.ceil((by - top) * resolution - 0.5));
        double sxPerCol = iw / ((bx - ax) * resolution);
        double syPerRow = ih / ((by - ay) * resolution);
        double sx0 = ((left - ax) * resolution + 0.5) * sxPerCol;
        double sy0 = ((top - ay) * resolution + 0.5) * syPerRow;
        for (int r = r0; r < r1; r++) {
            int sy = Math.min(ih - 1, (int) (sy0 + r * syPerRow));
            int line = sy * iw;
            int at = r * columns;
            for (int c = c0; c < c1; c++) {
                int sx = Math.min(iw - 1, (int) (sx0 + c * sxPerCol));
                int p = argb[line + sx];
                int i = at + c;
                red[i] = red[i] * keep + g * ((p >> 16) & 0xff) / 255f;
                green[i] = green[i] * keep + g * ((p >> 8) & 0xff) / 255f;
                blue[i] = blue[i] * keep + g * (p & 0xff) / 255f;
                alpha[i] = alpha[i] * keep + g;
            }
        }
    }

    /** The layer as premultiplied ARGB, {@link #columns()} per row; valid until the next {@link #clear}. */
    int[] premultiplied() {
        int size = columns * rows;
        for (int i = 0; i < size; i++) {
            packed[i] = byteOf(alpha[i]) << 24 | byteOf(red[i]) << 16 | byteOf(green[i]) << 8 | byteOf(blue[i]);
        }
        return packed;
    }

    private static int byteOf(float v) {
        return Math.max(0, Math.min(255, Math.round(v * 255)));
    }

    int columns() {
        return columns;
    }

    int rows() {
        return rows;
    }

    double left() {
        return left;
    }

    double top() {
        return top;
    }

    /** The layer's size on the canvas. */
    double canvasWidth() {
        return columns / resolution;
    }

    double canvasHeight() {
        return rows / resolution;
    }
}
