package app.conv3d.train;

import app.conv3d.core.FeatureVolume;
import app.conv3d.core.Volume;
import java.util.ArrayList;
import java.util.List;

/**
 * Forward and backward through a {@link ClipClassifier} for one mini-batch, with the mean cross-entropy as the loss.
 *
 * <p>Backwards from the loss: the logits' gradient is {@code (p - onehot) / B}; the linear layer's follows from
 * it and the pooled features. Each pooled value is the average of a kernel's ReLU features over its P positions,
 * so the gradient with respect to those features is the pooled value's gradient divided by P where the feature is
 * positive and zero where the ReLU cut it: a scaled mask. A kernel's bias gradient is the sum of that map; its
 * weights' gradient is the correlation of the input with it ({@link KernelGradient}, on the engine).
 */
final class BatchGradient {
    private BatchGradient() {
    }

    /** {@code clips} are {@link ClipClassifier#scaled}; {@code labels[i]} is clip i's class. */
    static Gradients of(ClipClassifier model, List<Volume> clips, int[] labels) {
        Parameters layout = Parameters.of(model);
        float[] grad = new float[layout.size()];
        float[] weights = model.weights();
        int kernels = model.bank().count();
        int classes = model.classes().size();
        int batch = clips.size();
        double loss = 0;
        int correct = 0;
        List<FeatureVolume> upstream = new ArrayList<>(batch);
        for (int i = 0; i < batch; i++) {
            ForwardPass pass = model.forward(clips.get(i));
            double[] p = pass.probabilities();
            loss -= Math.log(Math.max(p[labels[i]], Double.MIN_NORMAL));
            if (pass.predicted() == labels[i]) {
                correct++;
            }
            double[] pooledGrad = new double[kernels];
            for (int c = 0; c < classes; c++) {
                double dz = (p[c] - (c == labels[i] ? 1 : 0)) / batch;
                grad[layout.linearBias(c)] += (float) dz;
                for (int n = 0; n < kernels; n++) {
                    grad[layout.linearWeight(c, n)] += (float) (dz * pass.pooled()[n]);
                    pooledGrad[n] += dz * weights[c * kernels + n];
                }
            }
            upstream.add(maskedFeatureGradient(pass.features(), pooledGrad, grad, layout));
        }
        float[][] dk = KernelGradient.of(clips, upstream, model.bank().size());
        for (int n = 0; n < kernels; n++) {
            System.arraycopy(dk[n], 0, grad, layout.kernelWeights(n), dk[n].length);
        }
        return new Gradients(loss / batch, correct, grad);
    }

    /**
     * The gradient with respect to the features: {@code pooledGrad[n] / P} where kernel n's feature is positive, 0
     * elsewhere; adds its sum to the kernel's bias gradient in {@code grad}.
     */
    private static FeatureVolume maskedFeatureGradient(FeatureVolume features, double[] pooledGrad, float[] grad,
                                                       Parameters layout) {
        int positions = features.frames() * features.height() * features.width();
        float[] f = features.data();
        float[] g = new float[f.length];
        for (int n = 0; n < features.kernels(); n++) {
            float each = (float) (pooledGrad[n] / positions);
            int active = 0;
            for (int i = n * positions, end = i + positions; i < end; i++) {
                if (f[i] > 0) {
                    g[i] = each;
                    active++;
                }
            }
            grad[layout.kernelBias(n)] += (float) (pooledGrad[n] * active / positions);
        }
        return new FeatureVolume(features.kernels(), features.frames(), features.height(), features.width(), g);
    }
}
