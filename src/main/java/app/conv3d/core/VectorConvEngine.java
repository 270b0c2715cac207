package app.conv3d.core;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The engine on the Vector API (loaded by {@link ConvEngines} only when the incubator module is present).
 * Direct convolution on the padded planar input, vectorised along the output row: every tap is one
 * weight times a run of consecutive input values, so with stride 1 along the width a tap is one
 * unaligned vector load per accumulator. The accumulators are register blocks: 4 rows x 4 vectors of
 * one kernel, or 4 kernels x 4 vectors of one row (the kernels share every input load, which is what
 * makes banks cheap). Each block is one flat loop over the tap table: on JDK 17, vectors carried through
 * nested loops get boxed. Partial blocks at the right and bottom edges are shifted back to overlap the
 * previous block (recomputing a few values) rather than masked. Strides along the width and outputs
 * narrower than one vector go to the scalar engine's rows.
 */
final class VectorConvEngine implements ConvEngine {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    private static final int ROWS = 4;
    private static final int KERNELS = 4;
    private static final int VECS = 4;

    @Override
    public String name() {
        return "vector";
    }

    @Override
    public void run(ConvJob job, ConvPool pool) {
        int fullGroups = job.kernels / KERNELS;
        int groups = fullGroups + job.kernels % KERNELS;
        WorkSplit split = WorkSplit.of(groups, job.frames, job.outH, ROWS, pool.threads());
        pool.parallelFor(split.tasks(), task -> {
            int g = split.group(task);
            int frame = split.frame(task);
            int y0 = split.rowStart(task);
            int y1 = split.rowEnd(task);
            if (g < fullGroups) {
                kernelGroup(job, g * KERNELS, frame, y0, y1);
            } else {
                singleKernel(job, fullGroups * KERNELS + g - fullGroups, frame, y0, y1);
            }
        });
    }

    private static boolean vectorisable(ConvJob job) {
        return job.strideW == 1 && job.outW >= L;
    }

    private static void kernelGroup(ConvJob job, int n0, int frame, int y0, int y1) {
        if (!vectorisable(job) || job.outW < VECS * L) {
            for (int n = n0; n < n0 + KERNELS; n++) {
                singleKernel(job, n, frame, y0, y1);
            }
            return;
        }
        int width = VECS * L;
        for (int y = y0; y < y1; y++) {
            for (int x = 0; x < job.outW; x += width) {
                int xs = Math.min(x, job.outW - width);
                block4Kernels(job, n0, frame, y, xs);
            }
        }
    }

    private static void singleKernel(ConvJob job, int n, int frame, int y0, int y1) {
        if (!vectorisable(job)) {
            ScalarConvEngine.rows(job, n, frame, y0, y1);
            return;
        }
        int y = y0;
        if (y1 - y0 >= ROWS && job.outW >= VECS * L) {
            int width = VECS * L;
            for (; y < y1; y += ROWS) {
                int ys = Math.min(y, y1 - ROWS);
                for (int x = 0; x < job.outW; x += width) {
                    block4Rows(job, n, frame, ys, Math.min(x, job.outW - width));
                }
            }
            return;
        }
        for (; y < y1; y++) {
            for (int x = 0; x < job.outW; x += L) {
                block1(job, n, frame, y, Math.min(x, job.outW - L));
            }
        }
    }

    /** Kernel n, rows y..y+3, columns x..x+4L-1. */
    private static void block4Rows(ConvJob job, int n, int frame, int y, int x) {
        float[] in = job.in;
        int[] off = job.offsets;
        float[] w = job.weights;
        int wb = n * job.taps;
        int r0 = job.inputIndex(frame, y, x);
        int dr = job.strideH * job.rowStep;
        int r1 = r0 + dr;
        int r2 = r1 + dr;
        int r3 = r2 + dr;
        FloatVector a00 = FloatVector.zero(S), a01 = a00, a02 = a00, a03 = a00;
        FloatVector a10 = a00, a11 = a00, a12 = a00, a13 = a00;
        FloatVector a20 = a00, a21 = a00, a22 = a00, a23 = a00;
        FloatVector a30 = a00, a31 = a00, a32 = a00, a33 = a00;
        for (int i = 0; i < job.taps; i++) {
            FloatVector wv = FloatVector.broadcast(S, w[wb + i]);
            int p = off[i];
            a00 = FloatVector.fromArray(S, in, r0 + p).fma(wv, a00);
            a01 = FloatVector.fromArray(S, in, r0 + p + L).fma(wv, a01);
            a02 = FloatVector.fromArray(S, in, r0 + p + 2 * L).fma(wv, a02);
            a03 = FloatVector.fromArray(S, in, r0 + p + 3 * L).fma(wv, a03);
            a10 = FloatVector.fromArray(S, in, r1 + p).fma(wv, a10);
            a11 = FloatVector.fromArray(S, in, r1 + p + L).fma(wv, a11);
            a12 = FloatVector.fromArray(S, in, r1 + p + 2 * L).fma(wv, a12);
            a13 = FloatVector.fromArray(S, in, r1 + p + 3 * L).fma(wv, a13);
            a20 = FloatVector.fromArray(S, in, r2 + p).fma(wv, a20);
            a21 = FloatVector.fromArray(S, in, r2 + p + L).fma(wv, a21);
            a22 = FloatVector.fromArray(S, in, r2 + p + 2 * L).fma(wv, a22);
            a23 = FloatVector.fromArray(S, in, r2 + p + 3 * L).fma(wv, a23);
            a30 = FloatVector.fromArray(S, in, r3 + p).fma(wv, a30);
            a31 = FloatVector.fromArray(S, in, r3 + p + L).fma(wv, a31);
            a32 = FloatVector.fromArray(S, in, r3 + p + 2 * L).fma(wv, a32);
            a33 = FloatVector.fromArray(S, in, r3 + p + 3 * L).fma(wv, a33);
        }
        float[] out = job.out;
        float bias = job.biases[n];
        boolean relu = job.relu;
        int o0 = job.outputIndex(n, frame, y, x);
        int o1 = o0 + job.outW;
        int o2 = o1 + job.outW;
        int o3 = o2 + job.outW;
        store(a00, bias, relu, out, o0);
        store(a01, bias, relu, out, o0 + L);
        store(a02, bias, relu, out, o0 + 2 * L);
        store(a03, bias, relu, out, o0 + 3 * L);
        store(a10, bias, relu, out, o1);
        store(a11, bias, relu, out, o1 + L);
        store(a12, bias, relu, out, o1 + 2 * L);
        store(a13, bias, relu, out, o1 + 3 * L);
        store(a20, bias, relu, out, o2);
        store(a21, bias, relu, out, o2 + L);
        store(a22, bias, relu, out, o2 + 2 * L);
        store(a23, bias, relu, out, o2 + 3 * L);
        store(a30, bias, relu, out, o3);
        store(a31, bias, relu, out, o3 + L);
        store(a32, bias, relu, out, o3 + 2 * L);
        store(a33, bias, relu, out, o3 + 3 * L);
    }

    /** Kernels n0..n0+3, row y, columns x..x+4L-1: four loads feed sixteen multiply-adds. */
    private static void block4Kernels(ConvJob job, int n0, int frame, int y, int x) {
        float[] in = job.in;
        int[] off = job.offsets;
        float[] w = job.weights;
        int taps = job.taps;
        int w0 = n0 * taps;
        int w1 = w0 + taps;
        int w2 = w1 + taps;
        int w3 = w2 + taps;
        int r = job.inputIndex(frame, y, x);
        FloatVector a00 = FloatVector.zero(S), a01 = a00, a02 = a00, a03 = a00;
        FloatVector a10 = a00, a11 = a00, a12 = a00, a13 = a00;
        FloatVector a20 = a00, a21 = a00, a22 = a00, a23 = a00;
        FloatVector a30 = a00, a31 = a00, a32 = a00, a33 = a00;
        for (int i = 0; i < taps; i++) {
            int p = r + off[i];
            FloatVector v0 = FloatVector.fromArray(S, in, p);
            FloatVector v1 = FloatVector.fromArray(S, in, p + L);
            FloatVector v2 = FloatVector.fromArray(S, in, p + 2 * L);
            FloatVector v3 = FloatVector.fromArray(S, in, p + 3 * L);
            FloatVector k0 = FloatVector.broadcast(S, w[w0 + i]);
            a00 = v0.fma(k0, a00);
            a01 = v1.fma(k0, a01);
            a02 = v2.fma(k0, a02);
            a03 = v3.fma(k0, a03);
            FloatVector k1 = FloatVector.broadcast(S, w[w1 + i]);
            a10 = v0.fma(k1, a10);
            a11 = v1.fma(k1, a11);
            a12 = v2.fma(k1, a12);
            a13 = v3.fma(k1, a13);
            FloatVector k2 = FloatVector.broadcast(S, w[w2 + i]);
            a20 = v0.fma(k2, a20);
            a21 = v1.fma(k2, a21);
            a22 = v2.fma(k2, a22);
            a23 = v3.fma(k2, a23);
            FloatVector k3 = FloatVector.broadcast(S, w[w3 + i]);
            a30 = v0.fma(k3, a30);
            a31 = v1.fma(k3, a31);
            a32 = v2.fma(k3, a32);
            a33 = v3.fma(k3, a33);
        }
        float[] out = job.out;
        boolean relu = job.relu;
        int plane = job.frames * job.outH * job.outW;
        int o0 = job.outputIndex(n0, frame, y, x);
        int o1 = o0 + plane;
        int o2 = o1 + plane;
        int o3 = o2 + plane;
        float b0 = job.biases[n0];
        float b1 = job.biases[n0 + 1];
        float b2 = job.biases[n0 + 2];
        float b3 = job.biases[n0 + 3];
        store(a00, b0, relu, out, o0);
        store(a01, b0, relu, out, o0 + L);
        store(a02, b0, relu, out, o0 + 2 * L);
        store(a03, b0, relu, out, o0 + 3 * L);
        store(a10, b1, relu, out, o1);
        store(a11, b1, relu, out, o1 + L);
        store(a12, b1, relu, out, o1 + 2 * L);
        store(a13, b1, relu, out, o1 + 3 * L);
        store(a20, b2, relu, out, o2);
        store(a21, b2, relu, out, o2 + L);
        store(a22, b2, relu, out, o2 + 2 * L);
        store(a23, b2, relu, out, o2 + 3 * L);
        store(a30, b3, relu, out, o3);
        store(a31, b3, relu, out, o3 + L);
        store(a32, b3, relu, out, o3 + 2 * L);
        store(a33, b3, relu, out, o3 + 3 * L);
    }

    /** Kernel n, row y, columns x..x+L-1: for narrow outputs and leftover rows. */
    private static void block1(ConvJob job, int n, int frame, int y, int x) {
        float[] in = job.in;
        int[] off = job.offsets;
        float[] w = job.weights;
        int wb = n * job.taps;
        int r = job.inputIndex(frame, y, x);
        FloatVector acc = FloatVector.zero(S);
        for (int i = 0; i < job.taps; i++) {
            acc = FloatVector.fromArray(S, in, r + off[i]).fma(FloatVector.broadcast(S, w[wb + i]), acc);
        }
        store(acc, job.biases[n], job.relu, job.out, job.outputIndex(n, frame, y, x));
    }

    private static void store(FloatVector acc, float bias, boolean relu, float[] out, int index) {
        FloatVector v = acc.add(bias);
        if (relu) {
            v = v.max(0f);
        }
        v.intoArray(out, index);
    }
}
