package app.conv3d.ui.kernel;

import app.conv3d.core.Axis3;
import app.conv3d.core.Kernel;

/** What the weight editor's buttons and cells do to a kernel. Kernels are immutable: every edit returns a new one. */
public final class WeightEdits {
    /** Vertical pixels of mouse drag per step: fine enough to aim, coarse enough not to jitter. */
    public static final int PIXELS_PER_STEP = 6;

    private WeightEdits() {
    }

    /** The kernel with weight (a, b, d, c) set to {@code value}. */
    public static Kernel set(Kernel k, int a, int b, int d, int c, float value) {
        float[] w = k.weights();
        w[k.index(a, b, d, c)] = value;
        return k.withWeights(w);
    }

    /** Every weight and the bias change sign, so the kernel's answer changes sign everywhere. */
    public static Kernel negate(Kernel k) {
        float[] w = k.weights();
        for (int i = 0; i < w.length; i++) {
            w[i] = -w[i];
        }
        return new Kernel(k.depth(), k.height(), k.width(), k.channels(), w, -k.bias());
    }

    /** Frame a becomes frame kt-1-a: what the kernel expected first it now expects last (motion right becomes left). */
    public static Kernel flipTime(Kernel k) {
        float[] w = k.weights();
        float[] out = new float[w.length];
        int plane = k.height() * k.width() * k.channels();
        for (int a = 0; a < k.depth(); a++) {
            System.arraycopy(w, a * plane, out, (k.depth() - 1 - a) * plane, plane);
        }
        return k.withWeights(out);
    }

    public static boolean canNormalise(Kernel k) {
        return sumAbs(k) > 0;
    }

    /**
     * Scales the weights so their absolute values add up to 1 (L1), bias unchanged. Chosen over L2 because it
     * bounds the answer: on a 0..255 clip the weighted sum stays within -255..255, the clip's own units.
     *
     * @throws IllegalArgumentException when every weight is zero (there is nothing to scale)
     */
    public static Kernel normalise(Kernel k) {
        double sum = sumAbs(k);
        if (sum == 0) {
            throw new IllegalArgumentException("every weight is zero: there is nothing to normalise");
        }
        float[] w = k.weights();
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) (w[i] / sum);
        }
        return k.withWeights(w);
    }

    /**
     * The kernel cut or zero-padded to {@code size} around its centre tap ((k-1)/2 on each axis, the tap 'same'
     * padding lines up with the output), so a hand-made kernel keeps its middle when the lab's size changes.
     */
    public static Kernel resizeAroundCentre(Kernel k, Axis3 size) {
        if (k.size().equals(size)) {
            return k;
        }
        int channels = k.channels();
        float[] out = new float[(int) size.product() * channels];
        int shiftT = (k.depth() - 1) / 2 - (size.t() - 1) / 2;
        int shiftH = (k.height() - 1) / 2 - (size.h() - 1) / 2;
        int shiftW = (k.width() - 1) / 2 - (size.w() - 1) / 2;
        int i = 0;
        for (int a = 0; a < size.t(); a++) {
            for (int b = 0; b < size.h(); b++) {
                for (int d = 0; d < size.w(); d++) {
                    int sa = a + shiftT;
                    int sb = b + shiftH;
                    int sd = d + shiftW;
                    boolean inside = sa >= 0 && sa < k.depth() && sb >= 0 && sb < k.height() && sd >= 0
                            && sd < k.width();
                    for (int c = 0; c < channels; c++) {
                        out[i++] = inside ? k.get(sa, sb, sd, c) : 0f;
                    }
                }
            }
        }
        return new Kernel(size.t(), size.h(), size.w(), channels, out, k.bias());
    }

    /**
     * How much one drag step changes a weight: 1, 2 or 5 times a power of ten, about a twentieth of the kernel's
     * largest weight, so a blur's 0.008 and a random kernel's 1.3 are both adjustable; 0.05 for an all-zero kernel.
     */
    public static float dragStep(Kernel k) {
        float max = maxAbs(k);
        if (max == 0) {
            return 0.05f;
        }
        double target = max / 20.0;
        double power = Math.pow(10, Math.floor(Math.log10(target)));
        double mantissa = target / power;
        double nice = mantissa >= 5 ? 5 : mantissa >= 2 ? 2 : 1;
        return (float) (nice * power);
    }

    /** The value after dragging {@code pixelsDown} pixels from {@code start}: up increases, down decreases. */
    public static float dragged(float start, double pixelsDown, float step) {
        long steps = Math.round(-pixelsDown / PIXELS_PER_STEP);
        return steps == 0 ? start : (float) (start + steps * (double) step);
    }

    public static float maxAbs(Kernel k) {
        float max = 0;
        for (float v : k.weights()) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }

    private static double sumAbs(Kernel k) {
        double sum = 0;
        for (float v : k.weights()) {
            sum += Math.abs(v);
        }
        return sum;
    }
}
