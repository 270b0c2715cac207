package app.conv3d.core;

/**
 * The engine in plain Java: correct for every geometry, multi-threaded, and what runs when the Vector
 * API module is absent. The Vector API engine also falls back to its rows for geometries it does not
 * handle (a stride along the width, outputs narrower than one vector).
 */
final class ScalarConvEngine implements ConvEngine {
    @Override
    public String name() {
        return "scalar";
    }

    @Override
    public String toString() {
        return name();
    }

    @Override
    public void run(ConvJob job, ConvPool pool) {
        WorkSplit split = WorkSplit.of(job.kernels, job.frames, job.outH, 1, pool.threads());
        pool.parallelFor(split.tasks(), task ->
                rows(job, split.group(task), split.frame(task), split.rowStart(task), split.rowEnd(task)));
    }

    /** Output rows {@code [y0, y1)} of kernel {@code n} in output frame {@code frame}. */
    static void rows(ConvJob job, int n, int frame, int y0, int y1) {
        for (int y = y0; y < y1; y++) {
            row(job, n, frame, y);
        }
    }

    /**
     * Eight output columns at a time, each with its own running sum: eight independent multiply-add
     * chains keep the FPU busy where one sum would wait on each add, and every weight is loaded once
     * for eight columns. (C2 does not vectorise a loop like {@code acc[x] += w * in[p + x]}: it cannot
     * rule out the two arrays being one.)
     */
    private static void row(ConvJob job, int n, int frame, int y) {
        int width = job.outW;
        float[] in = job.in;
        int[] offsets = job.offsets;
        float[] weights = job.weights;
        int taps = job.taps;
        int wBase = n * taps;
        int base = job.inputIndex(frame, y, 0);
        int s = job.strideW;
        float bias = job.biases[n];
        float floor = job.relu ? 0f : Float.NEGATIVE_INFINITY;
        float[] out = job.out;
        int o = job.outputIndex(n, frame, y, 0);
        int x = 0;
        for (; x + 8 <= width; x += 8) {
            float a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0, a7 = 0;
            int origin = base + x * s;
            for (int i = 0; i < taps; i++) {
                float w = weights[wBase + i];
                int q = origin + offsets[i];
                a0 += w * in[q];
                a1 += w * in[q + s];
                a2 += w * in[q + 2 * s];
                a3 += w * in[q + 3 * s];
                a4 += w * in[q + 4 * s];
                a5 += w * in[q + 5 * s];
                a6 += w * in[q + 6 * s];
                a7 += w * in[q + 7 * s];
            }
            out[o + x] = Math.max(floor, a0 + bias);
            out[o + x + 1] = Math.max(floor, a1 + bias);
            out[o + x + 2] = Math.max(floor, a2 + bias);
            out[o + x + 3] = Math.max(floor, a3 + bias);
            out[o + x + 4] = Math.max(floor, a4 + bias);
            out[o + x + 5] = Math.max(floor, a5 + bias);
            out[o + x + 6] = Math.max(floor, a6 + bias);
            out[o + x + 7] = Math.max(floor, a7 + bias);
        }
        for (; x < width; x++) {
            float a = 0;
            int origin = base + x * s;
            for (int i = 0; i < taps; i++) {
                a += weights[wBase + i] * in[origin + offsets[i]];
            }
            out[o + x] = Math.max(floor, a + bias);
        }
    }
}
