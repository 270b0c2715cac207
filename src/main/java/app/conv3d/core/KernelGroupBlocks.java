package app.conv3d.core;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The blocks that let a group of kernels share every input load: six (or four) kernels x four vectors of
 * one row, 24 (16) accumulators in registers, one flat loop over a table of {@code count} entries. Entry
 * {@code e} reads the four vectors at {@code in[base + off[e]...]} and kernel {@code k}'s weight at
 * {@code w[w0 + e + k * wStride]}. The sums go to {@code out[o + k * oStride + v * L]}: plus
 * {@code biases[firstBias + k]} and floored at {@code floor} (0 for ReLU, -infinity for none), or bare when
 * {@code biases} is null. The direct engine walks the tap table into the output; {@link WinogradRows} walks
 * its transformed columns into its sums, bare.
 *
 * <p>Written out in full because on JDK 17 vectors in arrays or carried through nested loops get boxed.
 */
final class KernelGroupBlocks {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    /** Columns one block covers. */
    static final int WIDTH = 4 * L;

    private KernelGroupBlocks() {
    }

    /** Six kernels. */
    static void six(float[] in, int base, int[] off, int count, float[] w, int w0, int wStride,
            float[] out, int o, int oStride, float[] biases, int firstBias, float floor) {
        FloatVector a0_0 = FloatVector.zero(S);
        FloatVector a0_1 = a0_0, a0_2 = a0_0, a0_3 = a0_0, a1_0 = a0_0, a1_1 = a0_0;
        FloatVector a1_2 = a0_0, a1_3 = a0_0, a2_0 = a0_0, a2_1 = a0_0, a2_2 = a0_0;
        FloatVector a2_3 = a0_0, a3_0 = a0_0, a3_1 = a0_0, a3_2 = a0_0, a3_3 = a0_0;
        FloatVector a4_0 = a0_0, a4_1 = a0_0, a4_2 = a0_0, a4_3 = a0_0, a5_0 = a0_0;
        FloatVector a5_1 = a0_0, a5_2 = a0_0, a5_3 = a0_0;
        for (int e = 0, i = w0; e < count; e++, i++) {
            int p = base + off[e];
            FloatVector v0 = FloatVector.fromArray(S, in, p);
            FloatVector v1 = FloatVector.fromArray(S, in, p + L);
            FloatVector v2 = FloatVector.fromArray(S, in, p + 2 * L);
            FloatVector v3 = FloatVector.fromArray(S, in, p + 3 * L);
            FloatVector k0 = FloatVector.broadcast(S, w[i]);
            a0_0 = v0.fma(k0, a0_0);
            a0_1 = v1.fma(k0, a0_1);
            a0_2 = v2.fma(k0, a0_2);
            a0_3 = v3.fma(k0, a0_3);
            FloatVector k1 = FloatVector.broadcast(S, w[i + wStride]);
            a1_0 = v0.fma(k1, a1_0);
            a1_1 = v1.fma(k1, a1_1);
            a1_2 = v2.fma(k1, a1_2);
            a1_3 = v3.fma(k1, a1_3);
            FloatVector k2 = FloatVector.broadcast(S, w[i + 2 * wStride]);
            a2_0 = v0.fma(k2, a2_0);
            a2_1 = v1.fma(k2, a2_1);
            a2_2 = v2.fma(k2, a2_2);
            a2_3 = v3.fma(k2, a2_3);
            FloatVector k3 = FloatVector.broadcast(S, w[i + 3 * wStride]);
            a3_0 = v0.fma(k3, a3_0);
            a3_1 = v1.fma(k3, a3_1);
            a3_2 = v2.fma(k3, a3_2);
            a3_3 = v3.fma(k3, a3_3);
            FloatVector k4 = FloatVector.broadcast(S, w[i + 4 * wStride]);
            a4_0 = v0.fma(k4, a4_0);
            a4_1 = v1.fma(k4, a4_1);
            a4_2 = v2.fma(k4, a4_2);
            a4_3 = v3.fma(k4, a4_3);
            FloatVector k5 = FloatVector.broadcast(S, w[i + 5 * wStride]);
            a5_0 = v0.fma(k5, a5_0);
            a5_1 = v1.fma(k5, a5_1);
            a5_2 = v2.fma(k5, a5_2);
            a5_3 = v3.fma(k5, a5_3);
        }
        if (biases == null) {
            a0_0.intoArray(out, o);
            a0_1.intoArray(out, o + L);
            a0_2.intoArray(out, o + 2 * L);
            a0_3.intoArray(out, o + 3 * L);
            a1_0.intoArray(out, o + oStride);
            a1_1.intoArray(out, o + oStride + L);
            a1_2.intoArray(out, o + oStride + 2 * L);
            a1_3.intoArray(out, o + oStride + 3 * L);
            a2_0.intoArray(out, o + 2 * oStride);
            a2_1.intoArray(out, o + 2 * oStride + L);
            a2_2.intoArray(out, o + 2 * oStride + 2 * L);
            a2_3.intoArray(out, o + 2 * oStride + 3 * L);
            a3_0.intoArray(out, o + 3 * oStride);
            a3_1.intoArray(out, o + 3 * oStride + L);
            a3_2.intoArray(out, o + 3 * oStride + 2 * L);
            a3_3.intoArray(out, o + 3 * oStride + 3 * L);
            a4_0.intoArray(out, o + 4 * oStride);
            a4_1.intoArray(out, o + 4 * oStride + L);
            a4_2.intoArray(out, o + 4 * oStride + 2 * L);
            a4_3.intoArray(out, o + 4 * oStride + 3 * L);
            a5_0.intoArray(out, o + 5 * oStride);
            a5_1.intoArray(out, o + 5 * oStride + L);
            a5_2.intoArray(out, o + 5 * oStride + 2 * L);
            a5_3.intoArray(out, o + 5 * oStride + 3 * L);
            return;
        }
        FloatVector fl = FloatVector.broadcast(S, floor);
        FloatVector b0 = FloatVector.broadcast(S, biases[firstBias + 0]);
        a0_0.add(b0).max(fl).intoArray(out, o);
        a0_1.add(b0).max(fl).intoArray(out, o + L);
        a0_2.add(b0).max(fl).intoArray(out, o + 2 * L);
        a0_3.add(b0).max(fl).intoArray(out, o + 3 * L);
        FloatVector b1 = FloatVector.broadcast(S, biases[firstBias + 1]);
        a1_0.add(b1).max(fl).intoArray(out, o + oStride);
        a1_1.add(b1).max(fl).intoArray(out, o + oStride + L);
        a1_2.add(b1).max(fl).intoArray(out, o + oStride + 2 * L);
        a1_3.add(b1).max(fl).intoArray(out, o + oStride + 3 * L);
        FloatVector b2 = FloatVector.broadcast(S, biases[firstBias + 2]);
        a2_0.add(b2).max(fl).intoArray(out, o + 2 * oStride);
        a2_1.add(b2).max(fl).intoArray(out, o + 2 * oStride + L);
        a2_2.add(b2).max(fl).intoArray(out, o + 2 * oStride + 2 * L);
        a2_3.add(b2).max(fl).intoArray(out, o + 2 * oStride + 3 * L);
        FloatVector b3 = FloatVector.broadcast(S, biases[firstBias + 3]);
        a3_0.add(b3).max(fl).intoArray(out, o + 3 * oStride);
        a3_1.add(b3).max(fl).intoArray(out, o + 3 * oStride + L);
        a3_2.add(b3).max(fl).intoArray(out, o + 3 * oStride + 2 * L);
        a3_3.add(b3).max(fl).intoArray(out, o + 3 * oStride + 3 * L);
        FloatVector b4 = FloatVector.broadcast(S, biases[firstBias + 4]);
        a4_0.add(b4).max(fl).intoArray(out, o + 4 * oStride);
        a4_1.add(b4).max(fl).intoArray(out, o + 4 * oStride + L);
        a4_2.add(b4).max(fl).intoArray(out, o + 4 * oStride + 2 * L);
        a4_3.add(b4).max(fl).intoArray(out, o + 4 * oStride + 3 * L);
        FloatVector b5 = FloatVector.broadcast(S, biases[firstBias + 5]);
        a5_0.add(b5).max(fl).intoArray(out, o + 5 * oStride);
        a5_1.add(b5).max(fl).intoArray(out, o + 5 * oStride + L);
        a5_2.add(b5).max(fl).intoArray(out, o + 5 * oStride + 2 * L);
        a5_3.add(b5).max(fl).intoArray(out, o + 5 * oStride + 3 * L);
    }

    /** Four kernels. */
    static void four(float[] in, int base, int[] off, int count, float[] w, int w0, int wStride,
            float[] out, int o, int oStride, float[] biases, int firstBias, float floor) {
        FloatVector a0_0 = FloatVector.zero(S);
        FloatVector a0_1 = a0_0, a0_2 = a0_0, a0_3 = a0_0, a1_0 = a0_0, a1_1 = a0_0;
        FloatVector a1_2 = a0_0, a1_3 = a0_0, a2_0 = a0_0, a2_1 = a0_0, a2_2 = a0_0;
        FloatVector a2_3 = a0_0, a3_0 = a0_0, a3_1 = a0_0, a3_2 = a0_0, a3_3 = a0_0;
        for (int e = 0, i = w0; e < count; e++, i++) {
            int p = base + off[e];
            FloatVector v0 = FloatVector.fromArray(S, in, p);
            FloatVector v1 = FloatVector.fromArray(S, in, p + L);
            FloatVector v2 = FloatVector.fromArray(S, in, p + 2 * L);
            FloatVector v3 = FloatVector.fromArray(S, in, p + 3 * L);
            FloatVector k0 = FloatVector.broadcast(S, w[i]);
            a0_0 = v0.fma(k0, a0_0);
            a0_1 = v1.fma(k0, a0_1);
            a0_2 = v2.fma(k0, a0_2);
            a0_3 = v3.fma(k0, a0_3);
            FloatVector k1 = FloatVector.broadcast(S, w[i + wStride]);
            a1_0 = v0.fma(k1, a1_0);
            a1_1 = v1.fma(k1, a1_1);
            a1_2 = v2.fma(k1, a1_2);
            a1_3 = v3.fma(k1, a1_3);
            FloatVector k2 = FloatVector.broadcast(S, w[i + 2 * wStride]);
            a2_0 = v0.fma(k2, a2_0);
            a2_1 = v1.fma(k2, a2_1);
            a2_2 = v2.fma(k2, a2_2);
            a2_3 = v3.fma(k2, a2_3);
            FloatVector k3 = FloatVector.broadcast(S, w[i + 3 * wStride]);
            a3_0 = v0.fma(k3, a3_0);
            a3_1 = v1.fma(k3, a3_1);
            a3_2 = v2.fma(k3, a3_2);
            a3_3 = v3.fma(k3, a3_3);
        }
        if (biases == null) {
            a0_0.intoArray(out, o);
            a0_1.intoArray(out, o + L);
            a0_2.intoArray(out, o + 2 * L);
            a0_3.intoArray(out, o + 3 * L);
            a1_0.intoArray(out, o + oStride);
            a1_1.intoArray(out, o + oStride + L);
            a1_2.intoArray(out, o + oStride + 2 * L);
            a1_3.intoArray(out, o + oStride + 3 * L);
            a2_0.intoArray(out, o + 2 * oStride);
            a2_1.intoArray(out, o + 2 * oStride + L);
            a2_2.intoArray(out, o + 2 * oStride + 2 * L);
            a2_3.intoArray(out, o + 2 * oStride + 3 * L);
            a3_0.intoArray(out, o + 3 * oStride);
            a3_1.intoArray(out, o + 3 * oStride + L);
            a3_2.intoArray(out, o + 3 * oStride + 2 * L);
            a3_3.intoArray(out, o + 3 * oStride + 3 * L);
            return;
        }
        FloatVector fl = FloatVector.broadcast(S, floor);
        FloatVector b0 = FloatVector.broadcast(S, biases[firstBias + 0]);
        a0_0.add(b0).max(fl).intoArray(out, o);
        a0_1.add(b0).max(fl).intoArray(out, o + L);
        a0_2.add(b0).max(fl).intoArray(out, o + 2 * L);
        a0_3.add(b0).max(fl).intoArray(out, o + 3 * L);
        FloatVector b1 = FloatVector.broadcast(S, biases[firstBias + 1]);
        a1_0.add(b1).max(fl).intoArray(out, o + oStride);
        a1_1.add(b1).max(fl).intoArray(out, o + oStride + L);
        a1_2.add(b1).max(fl).intoArray(out, o + oStride + 2 * L);
        a1_3.add(b1).max(fl).intoArray(out, o + oStride + 3 * L);
        FloatVector b2 = FloatVector.broadcast(S, biases[firstBias + 2]);
        a2_0.add(b2).max(fl).intoArray(out, o + 2 * oStride);
        a2_1.add(b2).max(fl).intoArray(out, o + 2 * oStride + L);
        a2_2.add(b2).max(fl).intoArray(out, o + 2 * oStride + 2 * L);
        a2_3.add(b2).max(fl).intoArray(out, o + 2 * oStride + 3 * L);
        FloatVector b3 = FloatVector.broadcast(S, biases[firstBias + 3]);
        a3_0.add(b3).max(fl).intoArray(out, o + 3 * oStride);
        a3_1.add(b3).max(fl).intoArray(out, o + 3 * oStride + L);
        a3_2.add(b3).max(fl).intoArray(out, o + 3 * oStride + 2 * L);
        a3_3.add(b3).max(fl).intoArray(out, o + 3 * oStride + 3 * L);
    }
}
