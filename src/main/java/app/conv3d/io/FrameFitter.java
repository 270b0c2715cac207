package app.conv3d.io;

/**
 * Fits a frame to a target size: centre-crops it to the target's aspect ratio, then resamples it.
 * Shrinking averages every source pixel by the area it covers (no aliasing, unlike nearest-neighbour or
 * plain bilinear); enlarging uses Catmull-Rom bicubic. Each axis is handled on its own, and a frame
 * already at the target size is returned pixel for pixel.
 */
public final class FrameFitter {
    private FrameFitter() {
    }

    public static RgbFrame fit(RgbFrame src, int height, int width) {
        if (src.height() == height && src.width() == width) {
            return src;
        }
        int cropW = src.width();
        int cropH = src.height();
        if ((long) src.width() * height > (long) width * src.height()) {
            cropW = (int) Math.max(1, Math.round((double) src.height() * width / height));
        } else {
            cropH = (int) Math.max(1, Math.round((double) src.width() * height / width));
        }
        int x0 = (src.width() - cropW) / 2;
        int y0 = (src.height() - cropH) / 2;
        Taps cols = Taps.of(x0, cropW, width);
        Taps rows = Taps.of(y0, cropH, height);
        float[] horizontal = resampleRows(src, rows, cols);
        return new RgbFrame(height, width, resampleColumns(horizontal, rows, width));
    }

    /** Source rows each output row needs, resampled horizontally: [row tap][x][c]. */
    private static float[] resampleRows(RgbFrame src, Taps rows, Taps cols) {
        int first = rows.min();
        int count = rows.max() - first + 1;
        int outW = cols.index.length;
        float[] out = new float[count * outW * 3];
        float[] in = src.rgb();
        for (int r = 0; r < count; r++) {
            int rowBase = (first + r) * src.width() * 3;
            for (int x = 0; x < outW; x++) {
                int[] idx = cols.index[x];
                float[] w = cols.weight[x];
                float cr = 0;
                float cg = 0;
                float cb = 0;
                for (int k = 0; k < idx.length; k++) {
                    int p = rowBase + idx[k] * 3;
                    cr += w[k] * in[p];
                    cg += w[k] * in[p + 1];
                    cb += w[k] * in[p + 2];
                }
                int o = (r * outW + x) * 3;
                out[o] = cr;
                out[o + 1] = cg;
                out[o + 2] = cb;
            }
        }
        return out;
    }

    private static float[] resampleColumns(float[] horizontal, Taps rows, int outW) {
        int first = rows.min();
        int outH = rows.index.length;
        float[] out = new float[outH * outW * 3];
        for (int y = 0; y < outH; y++) {
            int[] idx = rows.index[y];
            float[] w = rows.weight[y];
            for (int i = 0; i < outW * 3; i++) {
                float v = 0;
                for (int k = 0; k < idx.length; k++) {
                    v += w[k] * horizontal[(idx[k] - first) * outW * 3 + i];
                }
                // Bicubic overshoots near edges; keep the 8-bit range.
                out[y * outW * 3 + i] = v < 0 ? 0 : (v > 255 ? 255 : v);
            }
        }
        return out;
    }

    /** For each output position along one axis: the source indices it reads and their weights (sum 1). */
    private record Taps(int[][] index, float[][] weight) {

        static Taps of(int offset, int length, int out) {
            return length >= out ? area(offset, length, out) : cubic(offset, length, out);
        }

        private static Taps area(int offset, int length, int out) {
            double scale = (double) length / out;
            int[][] index = new int[out][];
            float[][] weight = new float[out][];
            for (int i = 0; i < out; i++) {
                double from = i * scale;
                double to = (i + 1) * scale;
                int lo = (int) Math.floor(from);
                int hi = Math.min(length, (int) Math.ceil(to - 1e-9));
                index[i] = new int[hi - lo];
                weight[i] = new float[hi - lo];
                for (int j = lo; j < hi; j++) {
                    double overlap = Math.min(to, j + 1) - Math.max(from, j);
                    index[i][j - lo] = offset + j;
                    weight[i][j - lo] = (float) (overlap / scale);
                }
            }
            return new Taps(index, weight);
        }

        private static Taps cubic(int offset, int length, int out) {
            double scale = (double) length / out;
            int[][] index = new int[out][4];
            float[][] weight = new float[out][4];
            for (int i = 0; i < out; i++) {
                double center = (i + 0.5) * scale - 0.5;
                int base = (int) Math.floor(center);
                double sum = 0;
                for (int k = 0; k < 4; k++) {
                    int j = base - 1 + k;
                    double w = catmullRom(center - j);
                    index[i][k] = offset + Math.max(0, Math.min(length - 1, j));
                    weight[i][k] = (float) w;
                    sum += w;
                }
                for (int k = 0; k < 4; k++) {
                    weight[i][k] /= (float) sum;
                }
            }
            return new Taps(index, weight);
        }

        private static double catmullRom(double d) {
            double x = Math.abs(d);
            if (x < 1) {
                return 1.5 * x * x * x - 2.5 * x * x + 1;
            }
            if (x < 2) {
                return -0.5 * x * x * x + 2.5 * x * x - 4 * x + 2;
            }
            return 0;
        }

        int min() {
            int m = Integer.MAX_VALUE;
            for (int[] idx : index) {
                for (int j : idx) {
                    m = Math.min(m, j);
                }
            }
            return m;
        }

        int max() {
            int m = Integer.MIN_VALUE;
            for (int[] idx : index) {
                for (int j : idx) {
                    m = Math.max(m, j);
                }
            }
            return m;
        }
    }
}
