package app.conv3d.core;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The engine on the Vector API (loaded by {@link ConvEngines} only when the incubator module is present).
 * Direct convolution on the padded planar input, vectorised along the output row: with stride 1 along
 * the width, a tap is one weight times a run of consecutive input values, one unaligned vector load.
 *
 * <p>Banks of four or more kernels taller than one row, with unit steps down the height, go to
 * {@link WinogradRows}, which needs 3 times fewer multiply-adds for 5-row kernels; the rest is direct.
 *
 * <p>Loads, not multiply-adds, are what limits a direct convolution, so every block is shaped to reuse
 * them: six or four kernels of a bank share each input load (6 or 4 kernels x 4 vectors of one row),
 * the groups running one after another on the same block of input while it is in L1; a single kernel 3 or 5 rows tall loads
 * each input row once for every output row it feeds (8 or 12 rows x 2 vectors; {@code rows5}/{@code rows3}
 * are written out by tools/gen_row_reuse_kernels.py); any other kernel takes one load per multiply-add
 * (4 rows x 4 vectors over the tap table).
 *
 * <p>Each block is one flat loop over a table with its 16 accumulators in registers: on JDK 17, vectors
 * carried through nested loops or passed to methods get boxed. Partial blocks at the right and bottom
 * edges are shifted back to overlap the previous block (recomputing a few values) rather than masked.
 * Strides along the width and outputs narrower than one vector go to the scalar engine's rows.
 */
final class VectorConvEngine implements ConvEngine {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    private static final int ROWS = 4;
    private static final int KERNELS = 4;
    private static final int WIDTH = 4 * L;
    /**
     * Blocks of the row-reuse kernels: taller and narrower, so each input row loaded feeds more outputs.
     * Rows per block for 5- and 3-row kernels: 12 rows beat 8 for 3-row kernels (fewer, longer calls; 27
     * taps per call is short) but not for 5-row ones, whose 8-row block already has 75 taps per call.
     */
    private static final int ROWS_5 = 8;
    /** At most this many taps (all kernels) per output position, a call is bound by memory, not arithmetic. */
    private static final int MEMORY_BOUND_TAPS = 128;
    private static final int ROWS_3 = 12;
    private static final int REUSE_WIDTH = 2 * L;

    @Override
    public String name() {
        return "vector";
    }

    @Override
    public String toString() {
        return name();
    }

    @Override
    public void run(ConvJob job, ConvPool pool) {
        WinogradRows winograd = WinogradRows.of(job);
        if (winograd != null) {
            // One tile of rows through every frame per task: its transformed input is reused by every frame,
            // and many small tasks balance the two threads whatever the number of tiles.
            pool.parallelFor(winograd.tiles, winograd::tile);
            if (winograd.grouped == job.kernels) {
                return;
            }
        }
        // Kernels before this one went to Winograd; the rest are computed directly.
        int first = winograd == null ? 0 : winograd.grouped;
        int kh = job.shape.kernel().h();
        RowTaps rowTaps = vectorisable(job) && job.outW >= REUSE_WIDTH && RowTaps.fits(job) && (kh == 3 || kh == 5)
                ? new RowTaps(job) : null;
        if (job.frames > 1 && (long) job.taps * (job.kernels - first) <= MEMORY_BOUND_TAPS) {
            // Few multiply-adds per input value: reading the input, not arithmetic, sets the pace. One block of
            // rows through every frame per task keeps the rows shared by neighbouring frames in L2, so the
            // input is read from memory about once instead of once per kernel frame.
            WorkSplit bands = WorkSplit.of(1, 1, job.outH, rowBlock(rowTaps), pool.threads());
            pool.parallelFor(bands.tasks(), task -> {
                for (int frame = 0; frame < job.frames; frame++) {
                    rows(job, rowTaps, first, frame, bands.rowStart(task), bands.rowEnd(task));
                }
            });
            return;
        }
        WorkSplit split = WorkSplit.of(1, job.frames, job.outH, rowBlock(rowTaps), pool.threads());
        pool.parallelFor(split.tasks(), task ->
                rows(job, rowTaps, first, split.frame(task), split.rowStart(task), split.rowEnd(task)));
    }

    /** Rows of the single-kernel block a job uses: tasks hold whole blocks. */
    private static int rowBlock(RowTaps rowTaps) {
        return rowTaps == null ? ROWS : rowTaps.height == 5 ? ROWS_5 : ROWS_3;
    }

    private static boolean vectorisable(ConvJob job) {
        return job.strideW == 1 && job.outW >= L;
    }

    /** Output rows [y0, y1) of every kernel in one output frame. */
    /** Kernels from {@code first} on (those before it went to Winograd). */
    private static void rows(ConvJob job, RowTaps rowTaps, int first, int frame, int y0, int y1) {
        if (first > 0) {
            for (int n = first; n < job.kernels; n++) {
                singleKernel(job, rowTaps, n, frame, y0, y1);
            }
            return;
        }
        if (!vectorisable(job)) {
            for (int n = 0; n < job.kernels; n++) {
                ScalarConvEngine.rows(job, n, frame, y0, y1);
            }
            return;
        }
        int sixes = job.outW >= WIDTH ? sixes(job.kernels) : 0;
        int fours = job.outW >= WIDTH ? (job.kernels - 6 * sixes) / KERNELS : 0;
        int grouped = 6 * sixes + KERNELS * fours;
        if (grouped > 0) {
            for (int y = y0; y < y1; y++) {
                for (int x = 0; x < job.outW; x += WIDTH) {
                    int xs = Math.min(x, job.outW - WIDTH);
                    int n = 0;
                    for (int g = 0; g < sixes; g++, n += 6) {
                        block6Kernels(job, n, frame, y, xs);
                    }
                    for (int g = 0; g < fours; g++, n += KERNELS) {
                        block4Kernels(job, n, frame, y, xs);
                    }
                }
            }
        }
        for (int n = grouped; n < job.kernels; n++) {
            singleKernel(job, rowTaps, n, frame, y0, y1);
        }
    }

    /** How many groups of six kernels to take, preferring to leave a multiple of four for the others. */
    static int sixes(int kernels) {
        for (int sixes = kernels / 6; sixes >= 0; sixes--) {
            if ((kernels - 6 * sixes) % KERNELS == 0) {
                return sixes;
            }
        }
        return kernels / 6;
    }

    private static void singleKernel(ConvJob job, RowTaps rowTaps, int n, int frame, int y0, int y1) {
        int reuseRows = rowBlock(rowTaps);
        if (rowTaps != null && y1 - y0 >= reuseRows && job.outW >= REUSE_WIDTH) {
            for (int y = y0; y < y1; y += reuseRows) {
                int ys = Math.min(y, y1 - reuseRows);
                for (int x = 0; x < job.outW; x += REUSE_WIDTH) {
                    int xs = Math.min(x, job.outW - REUSE_WIDTH);
                    if (rowTaps.height == 5) {
                        rows5(job, rowTaps, n, frame, ys, xs);
                    } else {
                        rows3(job, rowTaps, n, frame, ys, xs);
                    }
                }
            }
            return;
        }
        if (y1 - y0 >= ROWS && job.outW >= WIDTH) {
            for (int y = y0; y < y1; y += ROWS) {
                int ys = Math.min(y, y1 - ROWS);
                for (int x = 0; x < job.outW; x += WIDTH) {
                    block4Rows(job, n, frame, ys, Math.min(x, job.outW - WIDTH));
                }
            }
            return;
        }
        for (int y = y0; y < y1; y++) {
            for (int x = 0; x < job.outW; x += L) {
                block1(job, n, frame, y, Math.min(x, job.outW - L));
            }
        }
    }

    /** Kernel n, rows y..y+3, columns x..x+4L-1: any kernel, one load per multiply-add. */
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
            FloatVector k = FloatVector.broadcast(S, w[wb + i]);
            int p = off[i];
            a00 = FloatVector.fromArray(S, in, r0 + p).fma(k, a00);
            a01 = FloatVector.fromArray(S, in, r0 + p + L).fma(k, a01);
            a02 = FloatVector.fromArray(S, in, r0 + p + 2 * L).fma(k, a02);
            a03 = FloatVector.fromArray(S, in, r0 + p + 3 * L).fma(k, a03);
            a10 = FloatVector.fromArray(S, in, r1 + p).fma(k, a10);
            a11 = FloatVector.fromArray(S, in, r1 + p + L).fma(k, a11);
            a12 = FloatVector.fromArray(S, in, r1 + p + 2 * L).fma(k, a12);
            a13 = FloatVector.fromArray(S, in, r1 + p + 3 * L).fma(k, a13);
            a20 = FloatVector.fromArray(S, in, r2 + p).fma(k, a20);
            a21 = FloatVector.fromArray(S, in, r2 + p + L).fma(k, a21);
            a22 = FloatVector.fromArray(S, in, r2 + p + 2 * L).fma(k, a22);
            a23 = FloatVector.fromArray(S, in, r2 + p + 3 * L).fma(k, a23);
            a30 = FloatVector.fromArray(S, in, r3 + p).fma(k, a30);
            a31 = FloatVector.fromArray(S, in, r3 + p + L).fma(k, a31);
            a32 = FloatVector.fromArray(S, in, r3 + p + 2 * L).fma(k, a32);
            a33 = FloatVector.fromArray(S, in, r3 + p + 3 * L).fma(k, a33);
        }
        float[] out = job.out;
        FloatVector bias = FloatVector.broadcast(S, job.biases[n]);
        FloatVector floor = FloatVector.broadcast(S, job.relu ? 0f : Float.NEGATIVE_INFINITY);
        int o0 = job.outputIndex(n, frame, y, x);
        int o1 = o0 + job.outW;
        int o2 = o1 + job.outW;
        int o3 = o2 + job.outW;
        a00.add(bias).max(floor).intoArray(out, o0);
        a01.add(bias).max(floor).intoArray(out, o0 + L);
        a02.add(bias).max(floor).intoArray(out, o0 + 2 * L);
        a03.add(bias).max(floor).intoArray(out, o0 + 3 * L);
        a10.add(bias).max(floor).intoArray(out, o1);
        a11.add(bias).max(floor).intoArray(out, o1 + L);
        a12.add(bias).max(floor).intoArray(out, o1 + 2 * L);
        a13.add(bias).max(floor).intoArray(out, o1 + 3 * L);
        a20.add(bias).max(floor).intoArray(out, o2);
        a21.add(bias).max(floor).intoArray(out, o2 + L);
        a22.add(bias).max(floor).intoArray(out, o2 + 2 * L);
        a23.add(bias).max(floor).intoArray(out, o2 + 3 * L);
        a30.add(bias).max(floor).intoArray(out, o3);
        a31.add(bias).max(floor).intoArray(out, o3 + L);
        a32.add(bias).max(floor).intoArray(out, o3 + 2 * L);
        a33.add(bias).max(floor).intoArray(out, o3 + 3 * L);
    }

    /** Kernel n, rows y..y+7, columns x..x+2L-1, for a kernel 5 rows tall. */
    private static void rows5(ConvJob job, RowTaps taps, int n, int frame, int y, int x) {
        float[] in = job.in;
        int[] off = taps.offsets;
        float[] w = taps.weights;
        int entries = taps.entries;
        int rs = job.rowStep;
        int base = job.inputIndex(frame, y, x);
        int q = n * entries * 5;
        FloatVector a0_0 = FloatVector.zero(S);
        FloatVector a0_1 = a0_0, a1_0 = a0_0, a1_1 = a0_0, a2_0 = a0_0;
        FloatVector a2_1 = a0_0, a3_0 = a0_0, a3_1 = a0_0, a4_0 = a0_0;
        FloatVector a4_1 = a0_0, a5_0 = a0_0, a5_1 = a0_0, a6_0 = a0_0;
        FloatVector a6_1 = a0_0, a7_0 = a0_0, a7_1 = a0_0;
        FloatVector v0, v1;
        for (int e = 0; e < entries; e++, q += 5) {
            int p = base + off[e];
            FloatVector k0 = FloatVector.broadcast(S, w[q]), k1 = FloatVector.broadcast(S, w[q + 1]), k2 = FloatVector.broadcast(S, w[q + 2]), k3 = FloatVector.broadcast(S, w[q + 3]), k4 = FloatVector.broadcast(S, w[q + 4]);
            v0 = FloatVector.fromArray(S, in, p);
            v1 = FloatVector.fromArray(S, in, p + L);
            a0_0 = v0.fma(k0, a0_0);
            a0_1 = v1.fma(k0, a0_1);
            p += rs;
            v0 = FloatVector.fromArray(S, in, p);
            v1 = FloatVector.fromArray(S, in, p + L);
            a0_0 = v0.fma(k1, a0_0);
            a0_1 = v1.fma(k1, a0_1);
            a1_0 = v0.fma(k0, a1_0);
            a1_1 = v1.fma(k0, a1_1);
            p += rs;
            v0 = FloatVector.fromArray(S, in, p);
            v1 = FloatVector.fromArray(S, in, p + L);
            a0_0 = v0.fma(k2, a0_0);
            a0_1 = v1.fma(k2, a0_1);
            a1_0 = v0.fma(k1, a1_0);
            a1_1 = v1.fma(k1, a1_1);
            a2_0 = v0.fma(k0, a2_0);
            a2_1 = v1.fma(k0, a2_1);
            p += rs;
            v0 = FloatVector.fromArray(S, in, p);
            v1 = FloatVector.fromArray(S, in, p + L);
            a0_0 = v0.fma(k3, a0_0);
            a0_1 = v1.fma(k3, a0_1);
            a1_0 = v0.fma(k2, a1_0);
            a1_1 = v1.fma(k2, a1_1);
            a2_0 = v0.fma(k1, a2_0);
            a2_1 = v1.fma(k1, a2_1);
            a3_0 = v0.fma(k0, a3_0);
            a3_1 = v1.fma(k0, a3_1);
            p += rs;
            v0 = FloatVector.fromArray(S, in, p);
            v1 = FloatVector.fromArray(S, in, p + L);
            a0_0 = v0.fma(k4, a0_0);
            a0_1 = v1.fma(k4, a0_1);
            a1_0 = v0.fma(k3, a1_0);
            a1_1 = v1.fma(k3, a1_1);
            a2_0 = v0.fma(k2, a2_0);
            a2_1 = v1.fma(k2, a2_1);
            a3_0 = v0.fma(k1, a3_0);
            a3_1 = v1.fma(k1, a3_1);
            a4_0 = v0.fma(k0, a4_0);
            a4_1 = v1.fma(k0, a4_1);
            p += rs;
            v0 = FloatVector.fromArray(S, in, p);
            v1 = FloatVector.fromArray(S, in, p + L);
            a1_0 = v0.fma(k4, a1_0);
            a1_1 = v1.fma(k4, a1_1);
            a2_0 = v0.fma(k3, a2_0);
            a2_1 = v1.fma(k3, a2_1);
            a3_0 = v0.fma(k2, a3_0);
            a3_1 = v1.fma(k2, a3_1);
            a4_0 = v0.fma(k1, a4_0);
            a4_1 = v1.fma(k1, a4_1);
            a5_0 = v0.fma(k0, a5_0);
            a5_1 = v1.fma(k0, a5_1);
            p += rs;
            v0 = FloatVector.fromArray(S, in, p);
            v1 = FloatVector.fromArray(S, in, p + L);
            a2_0 = v0.fma(k4, a2_0);
            a2_1 = v1.fma(k4, a2_1);
            a3_0 = v0.fma(k3, a3_0);
            a3_1 = v1.fma(k3, a3_1);
            a4_0 = v0.fma(k2, a4_0);
            a4_1 = v1.fma(k2, a4_1);
            a5_0 = v0.fma(k1, a5_0);
            a5_1 = v1.fma(k1, a5_1);
            a6_0 = v0.fma(k0, a6_0);
            a6_1 = v1.fma(k0, a6_1);
            p += rs;
            v0 = FloatVector.fromArray(S, in, p);
            v1 = FloatVector.fromArray(S, in, p + L);
            a3_0 = v0.fma(k4, a3_0);
            a3_1 = v1.fma(k4, a3_1);
            a4_0 = v0.fma(k3, a4_0);
            a4_1 = v1.fma(k3, a4_1);
            a5_0 = v0.fma(k2, a5_0);
            a5_1 = v1.fma(k2, a5_1);
            a6_0 = v0.fma(k1, a6_0);
            a6_1 = v1.fma(k1, a6_1);
            a7_0 = v0.fma(k0, a7_0);
            a7_1 = v1.fma(k0, a7_1);
            p += rs;
            v0 = FloatVector.fromArray(S, in, p);
            v1 = FloatVector.fromArray(S, in, p + L);
            a4_0 = v0.fma(k4, a4_0);
            a4_1 = v1.fma(k4, a4_1);
            a5_0 = v0.fma(k3, a5_0);
            a5_1 = v1.fma(k3, a5_1);
            a6_0 = v0.fma(k2, a6_0);
            a6_1 = v1.fma(k2, a6_1);
            a7_0 = v0.fma(k1, a7_0);
            a7_1 = v1.fma(k1, a7_1);
            p += rs;
            v0 = FloatVector.fromArray(S, in, p);
            v1 = FloatVector.fromArray(S, in, p + L);
            a5_0 = v0.fma(k4, a5_0);
            a5_1 = v1.fma(k4, a5_1);
            a6_0 = v0.fma(k3, a6_0);
            a6_1 = v1.fma(k3, a6_1);
            a7_0 = v0.fma(k2, a7_0);
            a7_1 = v1.fma(k2, a7_1);
            p += rs;
            v0 = FloatVector.fromArray(S, in, p);
            v1 = FloatVector.fromArray(S, in, p + L);
            a6_0 = v0.fma(k4, a6_0);
            a6_1 = v1.fma(k4, a6_1);
            a7_0 = v0.fma(k3, a7_0);
            a7_1 = v1.fma(k3, a7_1);
            p += rs;
            v0 = FloatVector.fromArray(S, in, p);
            v1 = FloatVector.fromArray(S, in, p + L);
            a7_0 = v0.fma(k4, a7_0);
            a7_1 = v1.fma(k4, a7_1);
        }
        float[] out = job.out;
        FloatVector bias = FloatVector.broadcast(S, job.biases[n]);
        FloatVector floor = FloatVector.broadcast(S, job.relu ? 0f : Float.NEGATIVE_INFINITY);
        int o = job.outputIndex(n, frame, y, x);
        int ow = job.outW;
        a0_0.add(bias).max(floor).intoArray(out, o);
        a0_1.add(bias).max(floor).intoArray(out, o + L);
        a1_0.add(bias).max(floor).intoArray(out, o + 1 * ow);
        a1_1.add(bias).max(floor).intoArray(out, o + 1 * ow + L);
        a2_0.add(bias).max(floor).intoArray(out, o + 2 * ow);
        a2_1.add(bias).max(floor).intoArray(out, o + 2 * ow + L);
        a3_0.add(bias).max(floor).intoArray(out, o + 3 * ow);
        a3_1.add(bias).max(floor).intoArray(out, o + 3 * ow + L);
        a4_0.add(bias).max(floor).intoArray(out, o + 4 * ow);
        a4_1.add(bias).max(floor).intoArray(out, o + 4 * ow + L);
        a5_0.add(bias).max(floor).intoArray(out, o + 5 * ow);
        a5_1.add(bias).max(floor).intoArray(out, o + 5 * ow + L);
        a6_0.add(bias).max(floor).intoArray(out, o + 6 * ow);
        a6_1.add(bias).max(floor).intoArray(out, o + 6 * ow + L);
        a7_0.add(bias).max(floor).intoArray(out, o + 7 * ow);
        a7_1.add(bias).max(floor).intoArray(out, o + 7 * ow + L);
    }

    /** Kernel n, rows y..y+11, columns x..x+2L-1, for a kernel 3 rows tall. */
    private static void rows3(ConvJob job, RowTaps taps, int n, int frame, int y, int x) {
        float[] in = job.in;
        int[] off = taps.offsets;
        float[] w = taps.weights;
        int entries = taps.entries;
        int rs = job.rowStep;
        int base = job.inputIndex(frame, y, x);
        int q = n * entries * 3;
        FloatVector a0_0 = FloatVector.zero(S);
        FloatVector a0_1 = a0_0, a1_0 = a0_0, a1_1 = a0_0, a2_0 = a0_0;
        FloatVector a2_1 = a0_0, a3_0 = a0_0, a3_1 = a0_0, a4_0 = a0_0;
        FloatVector a4_1 = a0_0, a5_0 = a0_0, a5_1 = a0_0, a6_0 = a0_0;
        FloatVector a6_1 = a0_0, a7_0 = a0_0, a7_1 = a0_0, a8_0 = a0_0;
        FloatVector a8_1 = a0_0, a9_0 = a0_0, a9_1 = a0_0, a10_0 = a0_0;
        FloatVector a10_1 = a0_0, a11_0 = a0_0, a11_1 = a0_0;
        FloatVector v0, v1;
        for (int e = 0; e < entries; e++, q += 3) {
            int p = base + off[e];
            FloatVector k0 = FloatVector.broadcast(S, w[q]), k1 = FloatVector.broadcast(S, w[q + 1]), k2 = FloatVector.broadcast(S, w[q + 2]);
            v0 = FloatVector.fromArray(S, in, p);
            v1 = FloatVector.fromArray(S, in, p + L);
            a0_0 = v0.fma(k0, a0_0);
            a0_1 = v1.fma(k0, a0_1);
            p += rs;
            v0 = FloatVector.fromArray(S, in, p);
            v1 = FloatVector.fromArray(S, in, p + L);
            a0_0 = v0.fma(k1, a0_0);
            a0_1 = v1.fma(k1, a0_1);
            a1_0 = v0.fma(k0, a1_0);
            a1_1 = v1.fma(k0, a1_1);
            p += rs;
            v0 = FloatVector.fromArray(S, in, p);
            v1 = FloatVector.fromArray(S, in, p + L);
            a0_0 = v0.fma(k2, a0_0);
            a0_1 = v1.fma(k2, a0_1);
            a1_0 = v0.fma(k1, a1_0);
            a1_1 = v1.fma(k1, a1_1);
            a2_0 = v0.fma(k0, a2_0);
            a2_1 = v1.fma(k0, a2_1);
            p += rs;
            v0 = FloatVector.fromArray(S, in, p);
            v1 = FloatVector.fromArray(S, in, p + L);
            a1_0 = v0.fma(k2, a1_0);
            a1_1 = v1.fma(k2, a1_1);
            a2_0 = v0.fma(k1, a2_0);
            a2_1 = v1.fma(k1, a2_1);
            a3_0 = v0.fma(k0, a3_0);
            a3_1 = v1.fma(k0, a3_1);
            p += rs;
            v0 = FloatVector.fromArray(S, in, p);
            v1 = FloatVector.fromArray(S, in, p + L);
            a2_0 = v0.fma(k2, a2_0);
            a2_1 = v1.fma(k2, a2_1);
            a3_0 = v0.fma(k1, a3_0);
            a3_1 = v1.fma(k1, a3_1);
            a4_0 = v0.fma(k0, a4_0);
            a4_1 = v1.fma(k0, a4_1);
            p += rs;
            v0 = FloatVector.fromArray(S, in, p);
            v1 = FloatVector.fromArray(S, in, p + L);
            a3_0 = v0.fma(k2, a3_0);
            a3_1 = v1.fma(k2, a3_1);
            a4_0 = v0.fma(k1, a4_0);
            a4_1 = v1.fma(k1, a4_1);
            a5_0 = v0.fma(k0, a5_0);
            a5_1 = v1.fma(k0, a5_1);
            p += rs;
            v0 = FloatVector.fromArray(S, in, p);
            v1 = FloatVector.fromArray(S, in, p + L);
            a4_0 = v0.fma(k2, a4_0);
            a4_1 = v1.fma(k2, a4_1);
            a5_0 = v0.fma(k1, a5_0);
            a5_1 = v1.fma(k1, a5_1);
            a6_0 = v0.fma(k0, a6_0);
            a6_1 = v1.fma(k0, a6_1);
            p += rs;
            v0 = FloatVector.fromArray(S, in, p);
            v1 = FloatVector.fromArray(S, in, p + L);
            a5_0 = v0.fma(k2, a5_0);
            a5_1 = v1.fma(k2, a5_1);
            a6_0 = v0.fma(k1, a6_0);
            a6_1 = v1.fma(k1, a6_1);
            a7_0 = v0.fma(k0, a7_0);
            a7_1 = v1.fma(k0, a7_1);
            p += rs;
            v0 = FloatVector.fromArray(S, in, p);
            v1 = FloatVector.fromArray(S, in, p + L);
            a6_0 = v0.fma(k2, a6_0);
            a6_1 = v1.fma(k2, a6_1);
            a7_0 = v0.fma(k1, a7_0);
            a7_1 = v1.fma(k1, a7_1);
            a8_0 = v0.fma(k0, a8_0);
            a8_1 = v1.fma(k0, a8_1);
            p += rs;
            v0 = FloatVector.fromArray(S, in, p);
            v1 = FloatVector.fromArray(S, in, p + L);
            a7_0 = v0.fma(k2, a7_0);
            a7_1 = v1.fma(k2, a7_1);
            a8_0 = v0.fma(k1, a8_0);
            a8_1 = v1.fma(k1, a8_1);
            a9_0 = v0.fma(k0, a9_0);
            a9_1 = v1.fma(k0, a9_1);
            p += rs;
            v0 = FloatVector.fromArray(S, in, p);
            v1 = FloatVector.fromArray(S, in, p + L);
            a8_0 = v0.fma(k2, a8_0);
            a8_1 = v1.fma(k2, a8_1);
            a9_0 = v0.fma(k1, a9_0);
            a9_1 = v1.fma(k1, a9_1);
            a10_0 = v0.fma(k0, a10_0);
            a10_1 = v1.fma(k0, a10_1);
            p += rs;
            v0 = FloatVector.fromArray(S, in, p);
            v1 = FloatVector.fromArray(S, in, p + L);
            a9_0 = v0.fma(k2, a9_0);
            a9_1 = v1.fma(k2, a9_1);
            a10_0 = v0.fma(k1, a10_0);
            a10_1 = v1.fma(k1, a10_1);
            a11_0 = v0.fma(k0, a11_0);
            a11_1 = v1.fma(k0, a11_1);
            p += rs;
            v0 = FloatVector.fromArray(S, in, p);
            v1 = FloatVector.fromArray(S, in, p + L);
            a10_0 = v0.fma(k2, a10_0);
            a10_1 = v1.fma(k2, a10_1);
            a11_0 = v0.fma(k1, a11_0);
            a11_1 = v1.fma(k1, a11_1);
            p += rs;
            v0 = FloatVector.fromArray(S, in, p);
            v1 = FloatVector.fromArray(S, in, p + L);
            a11_0 = v0.fma(k2, a11_0);
            a11_1 = v1.fma(k2, a11_1);
        }
        float[] out = job.out;
        FloatVector bias = FloatVector.broadcast(S, job.biases[n]);
        FloatVector floor = FloatVector.broadcast(S, job.relu ? 0f : Float.NEGATIVE_INFINITY);
        int o = job.outputIndex(n, frame, y, x);
        int ow = job.outW;
        a0_0.add(bias).max(floor).intoArray(out, o);
        a0_1.add(bias).max(floor).intoArray(out, o + L);
        a1_0.add(bias).max(floor).intoArray(out, o + 1 * ow);
        a1_1.add(bias).max(floor).intoArray(out, o + 1 * ow + L);
        a2_0.add(bias).max(floor).intoArray(out, o + 2 * ow);
        a2_1.add(bias).max(floor).intoArray(out, o + 2 * ow + L);
        a3_0.add(bias).max(floor).intoArray(out, o + 3 * ow);
        a3_1.add(bias).max(floor).intoArray(out, o + 3 * ow + L);
        a4_0.add(bias).max(floor).intoArray(out, o + 4 * ow);
        a4_1.add(bias).max(floor).intoArray(out, o + 4 * ow + L);
        a5_0.add(bias).max(floor).intoArray(out, o + 5 * ow);
        a5_1.add(bias).max(floor).intoArray(out, o + 5 * ow + L);
        a6_0.add(bias).max(floor).intoArray(out, o + 6 * ow);
        a6_1.add(bias).max(floor).intoArray(out, o + 6 * ow + L);
        a7_0.add(bias).max(floor).intoArray(out, o + 7 * ow);
        a7_1.add(bias).max(floor).intoArray(out, o + 7 * ow + L);
        a8_0.add(bias).max(floor).intoArray(out, o + 8 * ow);
        a8_1.add(bias).max(floor).intoArray(out, o + 8 * ow + L);
        a9_0.add(bias).max(floor).intoArray(out, o + 9 * ow);
        a9_1.add(bias).max(floor).intoArray(out, o + 9 * ow + L);
        a10_0.add(bias).max(floor).intoArray(out, o + 10 * ow);
        a10_1.add(bias).max(floor).intoArray(out, o + 10 * ow + L);
        a11_0.add(bias).max(floor).intoArray(out, o + 11 * ow);
        a11_1.add(bias).max(floor).intoArray(out, o + 11 * ow + L);
    }

    /** Kernels n0..n0+5, row y, columns x..x+4L-1: the six share every input load. */
    private static void block6Kernels(ConvJob job, int n0, int frame, int y, int x) {
        KernelGroupBlocks.six(job.in, job.inputIndex(frame, y, x), job.offsets, job.taps, job.weights, n0 * job.taps,
                job.taps, job.out, job.outputIndex(n0, frame, y, x), job.frames * job.outH * job.outW,
                job.biases, n0, job.relu ? 0f : Float.NEGATIVE_INFINITY);
    }

    /** As {@link #block6Kernels} for four kernels. */
    private static void block4Kernels(ConvJob job, int n0, int frame, int y, int x) {
        KernelGroupBlocks.four(job.in, job.inputIndex(frame, y, x), job.offsets, job.taps, job.weights, n0 * job.taps,
                job.taps, job.out, job.outputIndex(n0, frame, y, x), job.frames * job.outH * job.outW,
                job.biases, n0, job.relu ? 0f : Float.NEGATIVE_INFINITY);
    }

    /** Kernel n, row y, columns x..x+L-1: for narrow outputs and short row ranges. */
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
        FloatVector floor = FloatVector.broadcast(S, job.relu ? 0f : Float.NEGATIVE_INFINITY);
        acc.add(job.biases[n]).max(floor).intoArray(job.out, job.outputIndex(n, frame, y, x));
    }
}
