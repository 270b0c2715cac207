package app.conv3d.train;

import app.conv3d.core.Axis3;
import app.conv3d.core.Kernel;
import app.conv3d.core.KernelBank;
import java.util.ArrayList;
import java.util.List;

/**
 * Every parameter of a classifier in one flat array, the order the optimiser steps through: each kernel's
 * weights (as {@link Kernel#index}), the kernels' biases, the linear layer's weights (class by class), its biases.
 */
final class Parameters {
    private final int kernels;
    private final int taps;
    private final int classes;

    Parameters(int kernels, int taps, int classes) {
        this.kernels = kernels;
        this.taps = taps;
        this.classes = classes;
    }

    static Parameters of(ClipClassifier model) {
        return new Parameters(model.bank().count(), model.bank().get(0).taps(), model.classes().size());
    }

    int size() {
        return kernels * taps + kernels + classes * kernels + classes;
    }

    int kernelWeights(int n) {
        return n * taps;
    }

    int kernelBias(int n) {
        return kernels * taps + n;
    }

    int linearWeight(int c, int n) {
        return kernels * taps + kernels + c * kernels + n;
    }

    int linearBias(int c) {
        return kernels * taps + kernels + classes * kernels + c;
    }

    float[] flatten(ClipClassifier model) {
        float[] flat = new float[size()];
        for (int n = 0; n < kernels; n++) {
            Kernel k = model.bank().get(n);
            System.arraycopy(k.weights(), 0, flat, kernelWeights(n), taps);
            flat[kernelBias(n)] = k.bias();
        }
        System.arraycopy(model.weights(), 0, flat, linearWeight(0, 0), classes * kernels);
        System.arraycopy(model.biases(), 0, flat, linearBias(0), classes);
        return flat;
    }

    /** A classifier with {@code template}'s classes, clip size and kernel shape and the values of {@code flat}. */
    ClipClassifier unflatten(float[] flat, ClipClassifier template) {
        Kernel shape = template.bank().get(0);
        Axis3 size = shape.size();
        List<Kernel> list = new ArrayList<>(kernels);
        for (int n = 0; n < kernels; n++) {
            float[] w = new float[taps];
            System.arraycopy(flat, kernelWeights(n), w, 0, taps);
            list.add(new Kernel(size.t(), size.h(), size.w(), shape.channels(), w, flat[kernelBias(n)]));
        }
        float[] weights = new float[classes * kernels];
        System.arraycopy(flat, linearWeight(0, 0), weights, 0, weights.length);
        float[] biases = new float[classes];
        System.arraycopy(flat, linearBias(0), biases, 0, classes);
        return new ClipClassifier(template.classes(), template.clipSize(), new KernelBank(list), weights, biases);
    }
}
