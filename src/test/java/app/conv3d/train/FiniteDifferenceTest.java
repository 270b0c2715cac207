package app.conv3d.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.core.Axis3;
import app.conv3d.core.FeatureVolume;
import app.conv3d.core.Kernel;
import app.conv3d.core.KernelBank;
import app.conv3d.core.NumpyRandom;
import app.conv3d.core.Volume;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The gradients from the engine against central differences of the loss computed in double precision. */
class FiniteDifferenceTest {
    private static final double H = 1e-4;

    static Volume randomVolume(NumpyRandom r, int t, int h, int w, int c) {
        float[] data = new float[t * h * w * c];
        for (int i = 0; i < data.length; i++) {
            data[i] = (float) (2 * r.nextDouble() - 1);
        }
        return new Volume(t, h, w, c, data);
    }

    static ClipClassifier randomModel(NumpyRandom r, Axis3 clip, Axis3 kernel, int kernels, int classes) {
        List<Kernel> bank = new ArrayList<>();
        int taps = (int) kernel.product() * 3;
        for (int n = 0; n < kernels; n++) {
            float[] w = new float[taps];
            for (int i = 0; i < taps; i++) {
                w[i] = (float) (0.4 * r.nextGaussian());
            }
            bank.add(new Kernel(kernel.t(), kernel.h(), kernel.w(), 3, w, (float) (0.1 * r.nextGaussian())));
        }
        float[] weights = new float[classes * kernels];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = (float) r.nextGaussian();
        }
        float[] biases = new float[classes];
        for (int i = 0; i < classes; i++) {
            biases[i] = (float) (0.1 * r.nextGaussian());
        }
        List<String> names = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            names.add("class " + c);
        }
        return new ClipClassifier(names, clip, new KernelBank(bank), weights, biases);
    }

    @Test
    void everyParameterGradientMatchesCentralDifferences() {
        NumpyRandom r = new NumpyRandom(7);
        Axis3 clip = new Axis3(4, 5, 6);
        ClipClassifier model = randomModel(r, clip, new Axis3(2, 3, 3), 2, 3);
        List<Volume> clips = List.of(randomVolume(r, 4, 5, 6, 3), randomVolume(r, 4, 5, 6, 3),
                randomVolume(r, 4, 5, 6, 3));
        int[] labels = {0, 2, 1};
        Gradients analytic = BatchGradient.of(model, clips, labels);
        float[] flat = Parameters.of(model).flatten(model);
        double[] params = new double[flat.length];
        for (int i = 0; i < flat.length; i++) {
            params[i] = flat[i];
        }
        assertEquals(ReferenceNetwork.loss(model, params, clips, labels), analytic.loss(), 1e-5);
        double worst = 0;
        for (int i = 0; i < params.length; i++) {
            double keep = params[i];
            params[i] = keep + H;
            double up = ReferenceNetwork.loss(model, params, clips, labels);
            params[i] = keep - H;
            double down = ReferenceNetwork.loss(model, params, clips, labels);
            params[i] = keep;
            double numeric = (up - down) / (2 * H);
            double error = Math.abs(numeric - analytic.flat()[i]) / Math.max(1e-3, Math.abs(numeric));
            worst = Math.max(worst, error);
            assertEquals(numeric, analytic.flat()[i], 1e-4 + 1e-3 * Math.abs(numeric), "parameter " + i);
        }
        assertTrue(worst < 1e-2, "worst relative error " + worst);
    }

    @Test
    void anOutputGridLongerThanAKernelMayBeIsSummedInTiles() {
        NumpyRandom r = new NumpyRandom(3);
        Axis3 kernel = new Axis3(2, 2, 3);
        List<Volume> clips = List.of(randomVolume(r, 3, 4, 40, 3), randomVolume(r, 3, 4, 40, 3));
        List<FeatureVolume> upstream = new ArrayList<>();
        for (int i = 0; i < clips.size(); i++) {
            // random values, as many as a 2 x 2x3x38 gradient holds
            upstream.add(new FeatureVolume(2, 2, 3, 38, randomVolume(r, 2, 3, 38, 2).data()));
        }
        float[][] dk = KernelGradient.of(clips, upstream, kernel);
        for (int n = 0; n < 2; n++) {
            for (int a = 0; a < 2; a++) {
                for (int b = 0; b < 2; b++) {
                    for (int d = 0; d < 3; d++) {
                        for (int c = 0; c < 3; c++) {
                            double expected = 0;
                            for (int i = 0; i < clips.size(); i++) {
                                for (int t = 0; t < 2; t++) {
                                    for (int y = 0; y < 3; y++) {
                                        for (int x = 0; x < 38; x++) {
                                            expected += upstream.get(i).get(n, t, y, x)
                                                    * clips.get(i).get(t + a, y + b, x + d, c);
                                        }
                                    }
                                }
                            }
                            assertEquals(expected, dk[n][((a * 2 + b) * 3 + d) * 3 + c], 1e-4);
                        }
                    }
                }
            }
        }
    }

    @Test
    void aBatchSplitIntoSeveralCallsSumsToTheDefinition() {
        NumpyRandom r = new NumpyRandom(5);
        Axis3 kernel = new Axis3(5, 5, 5);
        List<Volume> clips = List.of(randomVolume(r, 16, 32, 32, 3), randomVolume(r, 16, 32, 32, 3),
                randomVolume(r, 16, 32, 32, 3));
        List<FeatureVolume> upstream = new ArrayList<>();
        for (int i = 0; i < clips.size(); i++) {
            upstream.add(new FeatureVolume(4, 12, 28, 28, randomVolume(r, 12, 28, 28, 4).data()));
        }
        assertTrue(KernelGradient.clipsPerCall(4, new Axis3(12, 28, 28), clips.get(0)) < clips.size());
        float[][] dk = KernelGradient.of(clips, upstream, kernel);
        for (int n = 0; n < 4; n++) {
            for (int tap = 0; tap < 375; tap += 37) {
                int c = tap % 3;
                int d = tap / 3 % 5;
                int b = tap / 15 % 5;
                int a = tap / 75;
                double expected = 0;
                for (int i = 0; i < clips.size(); i++) {
                    for (int t = 0; t < 12; t++) {
                        for (int y = 0; y < 28; y++) {
                            for (int x = 0; x < 28; x++) {
                                expected += upstream.get(i).get(n, t, y, x) * clips.get(i).get(t + a, y + b, x + d, c);
                            }
                        }
                    }
                }
                assertEquals(expected, dk[n][tap], 1e-3 + 1e-4 * Math.abs(expected), "kernel " + n + " tap " + tap);
            }
        }
    }
}
