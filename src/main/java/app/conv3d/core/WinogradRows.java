package app.conv3d.core;

import java.util.Arrays;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Banks of kernels on the Vector API with Winograd's F(m, kh) along the height: a tile of {@code m} output
 * rows takes {@code alpha = m + kh - 1} products per (channel, kernel frame, kernel column) instead of
 * {@code m * kh}. For 5-row kernels, F(6, 5) does 10 where the direct sum does 30: a bank's convolution,
 * which is bound by multiply-adds once its kernels share every input load, needs 3 times fewer.
 *
 * <p>The input is transformed one tile of rows at a time, for every channel and input frame, into a buffer of
 * the task's own, {@code U[c][t][j][x] = sum_k BT[j][k] in[c][t][tile*m + k][x]}; each kernel column of
 * {@code kh} weights is transformed into {@code alpha} values by {@code G} once per call. Then for every
 * output frame and component {@code j} the sum over (channel, kernel frame, kernel column) is an ordinary
 * vector multiply-add along the row, with the same shape as the engine's direct bank blocks (six or four
 * kernels sharing four loads); the output transform {@code AT} turns the {@code alpha} sums into {@code m}
 * output rows. A tile's buffer (about 500 KB for a full-size clip) stays in L2 while every output frame
 * reuses it; a transform of the whole clip first was 25 MB read back from memory by 120 row streams, and
 * ran at a third of the speed. The transforms are exact in real arithmetic; in float they add rounding of
 * the order of 1e-6 relative (see {@link ToomCook}).
 *
 * <p>Only for unit stride and dilation along the height, unit stride along the width, at least four kernels
 * and rows at least {@link #WIDTH} wide; kernels left over from the groups of six and four use the direct
 * engine.
 */
final class WinogradRows {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    static final int WIDTH = KernelGroupBlocks.WIDTH;
    private static final int MIN_KERNELS = 4;
    /**
     * Planes whose size is a multiple of 4 KiB (a 256-wide tile's are) put the rows that one block reads from
     * every (channel, kernel frame) into the same L1 sets, more of them than the cache has ways. These gaps
     * (five and three cache lines) spread them out: a third faster at full size.
     */
    private static final int FRAME_SKEW = 5 * 16;
    private static final int CHANNEL_SKEW = 3 * 16;
    /** Beyond this a tile's buffer would not stay in L2 anyway (16 frames of 4K video: 24 MB); use the direct engine. */
    private static final long MAX_TILE_FLOATS = 1 << 23;

    final int m;
    /** Kernels computed here (groups of six, then four); the rest go to the direct engine. */
    final int grouped;
    private final int sixes;
    private final int fours;
    private final ConvJob job;
    private final int alpha;
    private final float[] at;
    private final int entries;
    /** Per entry (channel, kernel frame, kernel column): its offset in {@link #u} from a window's origin. */
    private final int[] offsets;
    /** weights[(n * alpha + j) * entries + e]: component j of kernel n's column e, transformed by G. */
    private final float[] weights;
    private final float[] bt;
    /** Tiles of {@link #m} output rows (the last may be partial). */
    final int tiles;
    private final int inputFrames;
    private final int frameStep;
    private final int channelStep;
    /** Floats in one tile's transformed input. */
    private final int tileSize;

    private WinogradRows(ConvJob job, ToomCook f, int inputFrames) {
        this.job = job;
        this.m = f.m;
        this.alpha = f.alpha;
        this.at = f.at;
        this.sixes = VectorConvEngine.sixes(job.kernels);
        this.fours = (job.kernels - 6 * sixes) / 4;
        this.grouped = 6 * sixes + 4 * fours;
        this.bt = f.bt;
        this.inputFrames = inputFrames;
        this.frameStep = alpha * job.rowStep + FRAME_SKEW;
        this.channelStep = inputFrames * frameStep + CHANNEL_SKEW;
        this.tileSize = job.bank.channels() * channelStep;
        this.tiles = (job.outH + m - 1) / m;

        Axis3 k = job.shape.kernel();
        Axis3 dil = job.shape.dilation();
        int channels = job.bank.channels();
        this.entries = channels * k.t() * k.w();
        this.offsets = new int[entries];
        this.weights = new float[job.kernels * alpha * entries];
        int e = 0;
        for (int c = 0; c < channels; c++) {
            for (int a = 0; a < k.t(); a++) {
                for (int d = 0; d < k.w(); d++, e++) {
                    offsets[e] = c * channelStep + a * dil.t() * frameStep + d * dil.w();
                    for (int n = 0; n < job.kernels; n++) {
                        Kernel kernel = job.bank.get(n);
                        for (int j = 0; j < alpha; j++) {
                            double sum = 0;
                            for (int b = 0; b < f.r; b++) {
                                sum += (double) f.g[j * f.r + b] * kernel.get(a, b, d, c);
                            }
                            weights[(n * alpha + j) * entries + e] = (float) sum;
                        }
                    }
                }
            }
        }
    }

    /** The Winograd engine for {@code job}'s grouped kernels, or null where it does not apply. */
    static WinogradRows of(ConvJob job) {
        Axis3 k = job.shape.kernel();
        int m = ToomCook.MAX_ALPHA - k.h() + 1;
        if (job.kernels < MIN_KERNELS || job.strideW != 1 || job.outW < WIDTH || !RowTaps.fits(job)
                || k.h() < 2 || m < 2) {
            return null;
        }
        int inputFrames = (job.frames - 1) * job.strideT + (k.t() - 1) * job.shape.dilation().t() + 1;
        long tile = (long) job.bank.channels()
                * (inputFrames * ((long) (m + k.h() - 1) * job.rowStep + FRAME_SKEW) + CHANNEL_SKEW);
        if (tile > MAX_TILE_FLOATS) {
            return null;
        }
        return new WinogradRows(job, ToomCook.of(m, k.h()), inputFrames);
    }

    /** The grouped kernels' output rows of one tile, {@code tile * m} on, in every output frame. */
    void tile(int tile) {
        Buffers buffers = BUFFERS.get();
        float[] u = buffers.u(tileSize);
        // sums[(n * alpha + j) * WIDTH + v]: component j of kernel n for the current block.
        float[] sums = buffers.sums(grouped * alpha * WIDTH);
        int y = tile * m;
        int valid = Math.min(m, job.outH - y);
        int rowStep = job.rowStep;
        int weightStride = alpha * entries;
        transform(y, u);
        for (int frame = 0; frame < job.frames; frame++) {
            for (int x = 0; x < job.outW; x += WIDTH) {
                int xs = Math.min(x, job.outW - WIDTH);
                int base = frame * job.strideT * frameStep + xs;
                int n = 0;
                for (int g = 0; g < sixes; g++, n += 6) {
                    for (int j = 0; j < alpha; j++) {
                        int nj = n * alpha + j;
                        KernelGroupBlocks.six(u, base + j * rowStep, offsets, entries, weights, nj * entries,
                                weightStride, sums, nj * WIDTH, alpha * WIDTH, null, 0, 0f);
                    }
                }
                for (int g = 0; g < fours; g++, n += 4) {
                    for (int j = 0; j < alpha; j++) {
                        int nj = n * alpha + j;
                        KernelGroupBlocks.four(u, base + j * rowStep, offsets, entries, weights, nj * entries,
                                weightStride, sums, nj * WIDTH, alpha * WIDTH, null, 0, 0f);
                    }
                }
                output(frame, y, valid, xs, sums);
            }
        }
    }

    /**
     * U for the tile of output rows from {@code y}, every channel and input frame. Sums are accumulated in
     * the array, not in vector variables: on JDK 17 a vector carried through an inner loop of a nested loop
     * is boxed on every operation.
     */
    private void transform(int y, float[] u) {
        int rowStep = job.rowStep;
        int bound = S.loopBound(rowStep);
        int rows = Math.min(alpha, job.frameStep / rowStep - y);
        float[] in = job.in;
        for (int c = 0; c < job.bank.channels(); c++) {
            for (int t = 0; t < inputFrames; t++) {
                int from = c * job.channelStep + job.inputIndex(0, y, 0) + t * job.frameStep;
                for (int j = 0; j < alpha; j++) {
                    int to = c * channelStep + t * frameStep + j * rowStep;
                    Arrays.fill(u, to, to + rowStep, 0f);
                    for (int r = 0; r < rows; r++) {
                        float b = bt[j * alpha + r];
                        if (b == 0) {
                            continue;
                        }
                        int p = from + r * rowStep;
                        int x = 0;
                        for (; x < bound; x += L) {
                            FloatVector.fromArray(S, in, p + x)
                                    .fma(FloatVector.broadcast(S, b), FloatVector.fromArray(S, u, to + x))
                                    .intoArray(u, to + x);
                        }
                        for (; x < rowStep; x++) {
                            u[to + x] += b * in[p + x];
                        }
                    }
                }
            }
        }
    }

    /**
     * Output rows y..y+valid-1, columns x..x+WIDTH-1 of the grouped kernels from their alpha sums, accumulated in the
     * output row itself (no vector carried through a loop, see {@link #transform}).
     */
    private void output(int frame, int y, int valid, int x, float[] sums) {
        float[] out = job.out;
        for (int k = 0; k < grouped; k++) {
            float bias = job.biases[k];
            int s = k * alpha * WIDTH;
            for (int i = 0; i < valid; i++) {
                int o = job.outputIndex(k, frame, y + i, x);
                for (int v = 0; v < WIDTH; v += L) {
                    FloatVector.broadcast(S, bias).intoArray(out, o + v);
                }
                for (int j = 0; j < alpha; j++) {
                    float a = at[i * alpha + j];
                    if (a == 0) {
                        continue;
                    }
                    for (int v = 0; v < WIDTH; v += L) {
                        FloatVector.fromArray(S, sums, s + j * WIDTH + v)
                                .fma(FloatVector.broadcast(S, a), FloatVector.fromArray(S, out, o + v))
                                .intoArray(out, o + v);
                    }
                }
                if (job.relu) {
                    for (int v = 0; v < WIDTH; v += L) {
                        FloatVector.fromArray(S, out, o + v).max(0f).intoArray(out, o + v);
                    }
                }
            }
        }
    }

    /** Each engine thread's transform buffer and sums, kept between tiles and calls. */
    private static final ThreadLocal<Buffers> BUFFERS = ThreadLocal.withInitial(Buffers::new);

    private static final class Buffers {
        private float[] u = new float[0];
        private float[] sums = new float[0];

        float[] u(int size) {
            if (u.length < size) {
                u = new float[size];
            }
            return u;
        }

        float[] sums(int size) {
            if (sums.length < size) {
                sums = new float[size];
            }
            return sums;
        }
    }
}
