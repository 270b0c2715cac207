package app.conv3d.io;

/**
 * Maps RGB pixels onto a palette with Floyd-Steinberg error diffusion (serpentine scan): each pixel's
 * rounding error is passed on to its unvisited neighbours (7/16, 3/16, 5/16, 1/16), so smooth gradients
 * keep their average colour instead of banding.
 */
public final class FloydSteinberg {
    private FloydSteinberg() {
    }

    /** Palette indices, row-major, for {@code rgb} (0xRRGGBB per pixel, row-major, width x height). */
    public static byte[] dither(int[] rgb, int width, int height, int[] palette) {
        if (palette.length < 1 || palette.length > 256) {
            throw new IllegalArgumentException("a palette holds 1..256 colours, got " + palette.length);
        }
        return dither(rgb, width, height, new NearestColor(palette));
    }

    /** As {@link #dither(int[], int, int, int[])}, with a palette lookup shared by all frames of a GIF. */
    static byte[] dither(int[] rgb, int width, int height, NearestColor nearest) {
        int[] palette = nearest.palette();
        byte[] out = new byte[width * height];
        // Error carried into the current and the next row, three channels per pixel, one pixel of margin.
        float[] current = new float[(width + 2) * 3];
        float[] next = new float[(width + 2) * 3];
        for (int y = 0; y < height; y++) {
            boolean forward = (y & 1) == 0;
            for (int step = 0; step < width; step++) {
                int x = forward ? step : width - 1 - step;
                int p = rgb[y * width + x];
                int e = (x + 1) * 3;
                float r = clamp((p >> 16 & 0xFF) + current[e]);
                float g = clamp((p >> 8 & 0xFF) + current[e + 1]);
                float b = clamp((p & 0xFF) + current[e + 2]);
                int index = nearest.index(r, g, b);
                out[y * width + x] = (byte) index;
                int c = palette[index];
                spread(current, next, e, forward, r - (c >> 16 & 0xFF), 0);
                spread(current, next, e, forward, g - (c >> 8 & 0xFF), 1);
                spread(current, next, e, forward, b - (c & 0xFF), 2);
            }
            float[] t = current;
            current = next;
            next = t;
            java.util.Arrays.fill(next, 0f);
        }
        return out;
    }

    private static void spread(float[] current, float[] next, int e, boolean forward, float error, int ch) {
        int ahead = forward ? 3 : -3;
        current[e + ahead + ch] += error * 7 / 16f;
        next[e - ahead + ch] += error * 3 / 16f;
        next[e + ch] += error * 5 / 16f;
        next[e + ahead + ch] += error * 1 / 16f;
    }

    private static float clamp(float v) {
        return v < 0 ? 0 : (v > 255 ? 255 : v);
    }
}
