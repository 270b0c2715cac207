package app.conv3d.core;

/**
 * The engine in plain Java: correct for every geometry, multi-threaded, and what runs when the Vector
 * API module is absent. The Vector API engine also falls back to its rows for geometries it does not
 * handle (a stride along the width, outputs narrower than one vector).
 */
final class ScalarConvEngine implements ConvEngine {
    /** One output row's running sums, per thread, so a warmed-up call allocates nothing. */
    private static final ThreadLocal<float[]> ROW = ThreadLocal.withInitial(() -> new float[0]);

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
        float[] acc = ROW.get();
        if (acc.length < job.outW) {
            acc = new float[job.outW];
            ROW.set(acc);
        }
        for (int y = y0; y < y1; y++) {
            row(job, n, frame, y, acc);
        }
    }

    private static void row(ConvJob job, int n, int frame, int y, float[] acc) {
        int width = job.outW;
        float[] in = job.in;
        int[] offsets = job.offsets;
        float[] weights = job.weights;
        int wBase = n * job.taps;
        int base = job.inputIndex(frame, y, 0);
        int step = job.strideW;
        java.util.Arrays.fill(acc, 0, width, 0f);
        for (int i = 0; i < job.taps; i++) {
            float w = weights[wBase + i];
            int p = base + offsets[i];
            if (step == 1) {
                for (int x = 0; x < width; x++) {
                    acc[x] += w * in[p + x];
                }
            } else {
                for (int x = 0; x < width; x++) {
                    acc[x] += w * in[p + x * step];
                }
            }
        }
        float bias = job.biases[n];
        float[] out = job.out;
        int o = job.outputIndex(n, frame, y, 0);
        if (job.relu) {
            for (int x = 0; x < width; x++) {
                out[o + x] = Math.max(0f, acc[x] + bias);
            }
        } else {
            for (int x = 0; x < width; x++) {
                out[o + x] = acc[x] + bias;
            }
        }
    }
}
