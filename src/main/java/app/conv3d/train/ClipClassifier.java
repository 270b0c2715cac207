package app.conv3d.train;

import app.conv3d.core.Axis3;
import app.conv3d.core.Conv3d;
import app.conv3d.core.ConvSpec;
import app.conv3d.core.FeatureVolume;
import app.conv3d.core.InvalidSpecException;
import app.conv3d.core.Kernel;
import app.conv3d.core.KernelBank;
import app.conv3d.core.Volume;
import java.util.ArrayList;
import java.util.List;

/**
 * The trained network: K kernels (with biases) → ReLU → the average over time, height and width → a linear layer
 * to the C classes → softmax. The kernels see clips centred on zero, {@code (v - 127.5) / 127.5} in -1..1
 * ({@link #scaled}): with inputs all positive, a kernel whose weights happen to sum below zero would be cut by
 * the ReLU everywhere and never learn. {@link #bankForRawClips()} is the same bank for clips in 0..255, as the
 * rest of the app shows them. Immutable.
 */
public final class ClipClassifier {
    /** A clip value v in 0..255 reaches the kernels as {@code (v - INPUT_CENTRE) * INPUT_SCALE}. */
    public static final float INPUT_CENTRE = 127.5f;
    public static final float INPUT_SCALE = 1f / 127.5f;
    /** The kernels' geometry: valid, stride 1, ReLU (live classification convolves {@link #bankForRawClips} with it). */
    public static final ConvSpec SPEC = ConvSpec.VALID.withRelu(true);

    private final List<String> classes;
    private final Axis3 clipSize;
    private final KernelBank bank;
    private final float[] weights;
    private final float[] biases;

    /**
     * {@code weights} is C x K, row by row (class by class); {@code biases} has C values; {@code clipSize} is the
     * frames, height and width every clip is fitted to.
     */
    public ClipClassifier(List<String> classes, Axis3 clipSize, KernelBank bank, float[] weights, float[] biases) {
        if (classes.size() < 2) {
            throw new InvalidSpecException("a classifier needs at least two classes, got " + classes.size());
        }
        int c = classes.size();
        int k = bank.count();
        if (weights.length != c * k || biases.length != c) {
            throw new InvalidSpecException("the linear layer needs " + c + "x" + k + " weights and " + c
                    + " biases, got " + weights.length + " and " + biases.length);
        }
        for (float v : weights) {
            requireFinite(v);
        }
        for (float v : biases) {
            requireFinite(v);
        }
        SPEC.shape(clipSize, bank.size()); // rejects kernels larger than the clip, naming the axis
        this.classes = List.copyOf(classes);
        this.clipSize = clipSize;
        this.bank = bank;
        this.weights = weights.clone();
        this.biases = biases.clone();
    }

    private static void requireFinite(float v) {
        if (!Float.isFinite(v)) {
            throw new InvalidSpecException("the linear layer's values must be finite numbers, found " + v);
        }
    }

    public List<String> classes() {
        return classes;
    }

    public Axis3 clipSize() {
        return clipSize;
    }

    /** The kernels as trained, for clips {@link #scaled} to -1..1. */
    public KernelBank bank() {
        return bank;
    }

    /** C x K, class by class. */
    public float[] weights() {
        return weights.clone();
    }

    public float[] biases() {
        return biases.clone();
    }

    /**
     * The same kernels for clips in 0..255 (a valid convolution, so every tap sees a clip value): the weights times
     * {@link #INPUT_SCALE}, each bias less the centre times its kernel's scaled weights.
     */
    public KernelBank bankForRawClips() {
        List<Kernel> raw = new ArrayList<>();
        for (Kernel k : bank.kernels()) {
            float[] w = k.weights();
            double shift = 0;
            for (int i = 0; i < w.length; i++) {
                w[i] *= INPUT_SCALE;
                shift += (double) w[i] * INPUT_CENTRE;
            }
            raw.add(new Kernel(k.depth(), k.height(), k.width(), k.channels(), w, (float) (k.bias() - shift)));
        }
        return new KernelBank(raw);
    }

    /** Each class's probability for a clip in 0..255 of {@link #clipSize()}. */
    public double[] probabilities(Volume rawClip) {
        return forward(scaled(rawClip)).probabilities();
    }

    /**
     * Each class's probability from the kernels' averages over a clip's features ({@link #SPEC}, ReLU included): what
     * {@link #probabilities} computes after the convolution, for a caller that has the features already (live
     * classification keeps them from frame to frame). One value per kernel.
     */
    public double[] probabilitiesOfMeans(double[] kernelMeans) {
        if (kernelMeans.length != bank.count()) {
            throw new InvalidSpecException("the classifier has " + bank.count() + " kernels, got " + kernelMeans.length
                    + " averages");
        }
        return ForwardPass.classify(kernelMeans, weights, biases);
    }

    /** The most probable class of {@code probabilities} (the first of equals). */
    public static int mostProbable(double[] probabilities) {
        int best = 0;
        for (int j = 1; j < probabilities.length; j++) {
            if (probabilities[j] > probabilities[best]) {
                best = j;
            }
        }
        return best;
    }

    /** The whole forward pass of one clip already {@link #scaled}. */
    ForwardPass forward(Volume clip) {
        if (!clip.size().equals(clipSize) || clip.channels() != bank.channels()) {
            throw new InvalidSpecException("the classifier takes clips of " + clipSize + "x" + bank.channels()
                    + ", got " + clip.size() + "x" + clip.channels());
        }
        FeatureVolume features = Conv3d.apply(clip, bank, SPEC);
        return ForwardPass.of(features, weights, biases);
    }

    /** A clip in 0..255 as the kernels see it, in -1..1. */
    public static Volume scaled(Volume rawClip) {
        float[] in = rawClip.data();
        float[] out = new float[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = (in[i] - INPUT_CENTRE) * INPUT_SCALE;
        }
        return new Volume(rawClip.frames(), rawClip.height(), rawClip.width(), rawClip.channels(), out);
    }
}
