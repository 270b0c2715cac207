package app.conv3d.capture;

import java.util.Arrays;

/**
 * Fits camera frames to the lesson's frame size: crops the centre to the target's aspect ratio, then
 * resamples with a tent filter (bilinear when enlarging, widened to average every source pixel when
 * shrinking, so a 640x480 picture does not alias at 256x256). Weights are computed once per size pair,
 * so live mode pays only the multiply-adds per frame.
 *
 * <p>Live mode's resampler: it takes camera ARGB pixels directly and keeps its weights between frames.
 * Recordings and files go through io's {@code FrameFitter} (area/bicubic), once per clip.
 */
public final class FrameFit {
    private final int sourceWidth;
    private final int sourceHeight;
    private final int width;
    private final int height;
    private final Taps columns;
    private final Taps rows;
    private final float[] rowBuffer;
    private final float[] columnPass;
    private final boolean[] rowsNeeded;

    public FrameFit(int sourceWidth, int sourceHeight, int width, int height) {
        this.sourceWidth = sourceWidth;
        this.sourceHeight = sourceHeight;
        this.width = width;
        this.height = height;
        // the largest centred crop with the target's aspect ratio
        double cropW = sourceWidth;
        double cropH = sourceHeight;
        if ((double) sourceWidth / sourceHeight > (double) width / height) {
            cropW = sourceHeight * (double) width / height;
        } else {
            cropH = sourceWidth * (double) height / width;
        }
        columns = new Taps(sourceWidth, (sourceWidth - cropW) / 2, cropW, width);
        rows = new Taps(sourceHeight, (sourceHeight - cropH) / 2, cropH, height);
        rowBuffer = new float[sourceWidth * 3];
        columnPass = new float[width * sourceHeight * 3];
        rowsNeeded = rows.usedSources(sourceHeight);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public boolean fits(Frame frame) {
        return frame.width() == sourceWidth && frame.height() == sourceHeight;
    }

    /** A new RGB array, [y][x][c], values 0..255. */
    public float[] apply(Frame frame) {
        float[] out = new float[width * height * 3];
        apply(frame, out, 0);
        return out;
    }

    /** The fitted frame as opaque ARGB pixels, for a preview. Not thread-safe. */
    public int[] applyArgb(Frame frame) {
        float[] rgb = apply(frame);
        int[] out = new int[width * height];
        for (int i = 0, j = 0; i < out.length; i++, j += 3) {
            out[i] = 0xFF000000 | Math.round(rgb[j]) << 16 | Math.round(rgb[j + 1]) << 8 | Math.round(rgb[j + 2]);
        }
        return out;
    }

    /**
     * Writes the fitted frame as RGB floats into {@code out} from {@code offset}. Not thread-safe: one
     * FrameFit per thread.
     */
    public void apply(Frame frame, float[] out, int offset) {
        if (!fits(frame)) {
            throw new IllegalArgumentException("frame is " + frame.width() + "x" + frame.height() + ", expected "
                    + sourceWidth + "x" + sourceHeight);
        }
        int[] src = frame.argb();
        float[] tmp = columnPass;
        // horizontal pass over the rows the vertical pass needs, into tmp [sourceRow][x][c]
        for (int sy = 0; sy < sourceHeight; sy++) {
            if (!rowsNeeded[sy]) {
                continue;
            }
            int base = sy * sourceWidth;
            for (int sx = 0, j = 0; sx < sourceWidth; sx++, j += 3) {
                int p = src[base + sx];
                rowBuffer[j] = (p >> 16) & 0xFF;
                rowBuffer[j + 1] = (p >> 8) & 0xFF;
                rowBuffer[j + 2] = p & 0xFF;
            }
            int tbase = sy * width * 3;
            for (int x = 0; x < width; x++) {
                float r = 0, g = 0, b = 0;
                for (int k = columns.start[x]; k < columns.start[x + 1]; k++) {
                    int j = columns.source[k] * 3;
                    float w = columns.weight[k];
                    r += w * rowBuffer[j];
                    g += w * rowBuffer[j + 1];
                    b += w * rowBuffer[j + 2];
                }
                tmp[tbase + x * 3] = r;
                tmp[tbase + x * 3 + 1] = g;
                tmp[tbase + x * 3 + 2] = b;
            }
        }
        int rowLen = width * 3;
        for (int y = 0; y < height; y++) {
            int o = offset + y * rowLen;
            Arrays.fill(out, o, o + rowLen, 0f);
            for (int k = rows.start[y]; k < rows.start[y + 1]; k++) {
                int t = rows.source[k] * rowLen;
                float w = rows.weight[k];
                for (int i = 0; i < rowLen; i++) {
                    out[o + i] += w * tmp[t + i];
                }
            }
            for (int i = 0; i < rowLen; i++) {
                float v = out[o + i];
                out[o + i] = v < 0 ? 0 : v > 255 ? 255 : v;
            }
        }
    }

    /** For each output sample, the source samples and normalised weights of a tent filter. */
    private static final class Taps {
        final int[] start;
        final int[] source;
        final float[] weight;

        Taps(int sourceSize, double cropStart, double cropSize, int size) {
            double scale = cropSize / size;
            double radius = Math.max(1.0, scale);
            int maxTaps = (int) Math.ceil(2 * radius) + 2;
            start = new int[size + 1];
            int[] src = new int[size * maxTaps];
            float[] w = new float[size * maxTaps];
            int n = 0;
            for (int o = 0; o < size; o++) {
                start[o] = n;
                double centre = cropStart + (o + 0.5) * scale - 0.5;
                int lo = (int) Math.ceil(centre - radius);
                int hi = (int) Math.floor(centre + radius);
                double sum = 0;
                int first = n;
                for (int s = lo; s <= hi; s++) {
                    double weight = 1 - Math.abs(s - centre) / radius;
                    if (weight <= 0) {
                        continue;
                    }
                    src[n] = Math.min(sourceSize - 1, Math.max(0, s));
                    w[n] = (float) weight;
                    sum += weight;
                    n++;
                }
                if (n == first) { // a tap exactly on a sample
                    src[n] = Math.min(sourceSize - 1, Math.max(0, (int) Math.round(centre)));
                    w[n] = 1;
                    sum = 1;
                    n++;
                }
                for (int k = first; k < n; k++) {
                    w[k] /= (float) sum;
                }
            }
            start[size] = n;
            source = Arrays.copyOf(src, n);
            weight = Arrays.copyOf(w, n);
        }

        boolean[] usedSources(int sourceSize) {
            boolean[] used = new boolean[sourceSize];
            for (int s : source) {
                used[s] = true;
            }
            return used;
        }
    }
}
