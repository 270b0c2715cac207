package app.conv3d.train;

import app.conv3d.core.Volume;
import java.util.List;

/**
 * The classifier's loss written out by its definition in double precision, with plain loops and none of the
 * engine: the yardstick for finite differences.
 */
final class ReferenceNetwork {
    private ReferenceNetwork() {
    }

    /** The mean cross-entropy of {@code clips} (already scaled) with the parameters {@code flat}. */
    static double loss(ClipClassifier shape, double[] flat, List<Volume> clips, int[] labels) {
        Parameters layout = Parameters.of(shape);
        int kernels = shape.bank().count();
        int classes = shape.classes().size();
        int kt = shape.bank().size().t();
        int kh = shape.bank().size().h();
        int kw = shape.bank().size().w();
        double total = 0;
        for (int i = 0; i < clips.size(); i++) {
            Volume v = clips.get(i);
            int ch = v.channels();
            int ot = v.frames() - kt + 1;
            int oh = v.height() - kh + 1;
            int ow = v.width() - kw + 1;
            double[] pooled = new double[kernels];
            for (int n = 0; n < kernels; n++) {
                double sum = 0;
                for (int t = 0; t < ot; t++) {
                    for (int y = 0; y < oh; y++) {
                        for (int x = 0; x < ow; x++) {
                            double s = flat[layout.kernelBias(n)];
                            for (int a = 0; a < kt; a++) {
                                for (int b = 0; b < kh; b++) {
                                    for (int d = 0; d < kw; d++) {
                                        for (int c = 0; c < ch; c++) {
                                            int w = layout.kernelWeights(n) + ((a * kh + b) * kw + d) * ch + c;
                                            s += flat[w] * v.get(t + a, y + b, x + d, c);
                                        }
                                    }
                                }
                            }
                            sum += Math.max(0, s);
                        }
                    }
                }
                pooled[n] = sum / ((double) ot * oh * ow);
            }
            double[] logits = new double[classes];
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < classes; c++) {
                logits[c] = flat[layout.linearBias(c)];
                for (int n = 0; n < kernels; n++) {
                    logits[c] += flat[layout.linearWeight(c, n)] * pooled[n];
                }
                max = Math.max(max, logits[c]);
            }
            double norm = 0;
            for (double z : logits) {
                norm += Math.exp(z - max);
            }
            total += -(logits[labels[i]] - max - Math.log(norm));
        }
        return total / clips.size();
    }
}
