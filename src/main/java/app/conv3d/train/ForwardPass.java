package app.conv3d.train;

import app.conv3d.core.FeatureVolume;

/**
 * One clip through the network: the kernels' ReLU features, their averages over time, height and width
 * (one per kernel), and the class probabilities. Sums run in double: the linear layer and the softmax are cheap.
 */
record ForwardPass(FeatureVolume features, double[] pooled, double[] probabilities) {

    static ForwardPass of(FeatureVolume features, float[] weights, float[] biases) {
        int k = features.kernels();
        int positions = features.frames() * features.height() * features.width();
        float[] data = features.data();
        double[] pooled = new double[k];
        for (int n = 0; n < k; n++) {
            double sum = 0;
            for (int i = n * positions, end = i + positions; i < end; i++) {
                sum += data[i];
            }
            pooled[n] = sum / positions;
        }
        return new ForwardPass(features, pooled, classify(pooled, weights, biases));
    }

    /** The linear layer and the softmax on each kernel's average: the class probabilities. */
    static double[] classify(double[] pooled, float[] weights, float[] biases) {
        int k = pooled.length;
        int c = biases.length;
        double[] logits = new double[c];
        for (int j = 0; j < c; j++) {
            double z = biases[j];
            for (int n = 0; n < k; n++) {
                z += weights[j * k + n] * pooled[n];
            }
            logits[j] = z;
        }
        return softmax(logits);
    }

    static double[] softmax(double[] logits) {
        double max = Double.NEGATIVE_INFINITY;
        for (double z : logits) {
            max = Math.max(max, z);
        }
        double sum = 0;
        double[] p = new double[logits.length];
        for (int j = 0; j < p.length; j++) {
            p[j] = Math.exp(logits[j] - max);
            sum += p[j];
        }
        for (int j = 0; j < p.length; j++) {
            p[j] /= sum;
        }
        return p;
    }

    /** The most probable class (the first of equals). */
    int predicted() {
        return ClipClassifier.mostProbable(probabilities);
    }
}
