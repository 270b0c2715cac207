package app.conv3d.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.conv3d.core.Axis3;
import app.conv3d.core.Kernel;
import app.conv3d.core.KernelBank;
import app.conv3d.core.Volume;
import app.conv3d.io.NpyArray;
import app.conv3d.io.NpyReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole model forward and backward on a small batch against NumPy's answer, computed independently by
 * tools/train_fixtures.py in float64 (the .npy files under src/test/resources/app/conv3d/train/fixture).
 */
class NumpyFixtureTest {
    private static ClipClassifier model;
    private static List<Volume> clips;
    private static int[] labels;
    private static Gradients gradients;
    private static Parameters layout;

    @BeforeAll
    static void runTheBatch() throws Exception {
        NpyArray clipArray = read("clips");
        int b = clipArray.dim(0);
        int t = clipArray.dim(1);
        int h = clipArray.dim(2);
        int w = clipArray.dim(3);
        int c = clipArray.dim(4);
        int size = t * h * w * c;
        clips = new ArrayList<>();
        for (int i = 0; i < b; i++) {
            clips.add(new Volume(t, h, w, c, Arrays.copyOfRange(clipArray.data(), i * size, (i + 1) * size)));
        }
        float[] labelValues = read("labels").data();
        labels = new int[labelValues.length];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = Math.round(labelValues[i]);
        }
        NpyArray kernelArray = read("kernels");
        float[] kernelBias = read("kernel_bias").data();
        int k = kernelArray.dim(0);
        int taps = kernelArray.data().length / k;
        List<Kernel> kernels = new ArrayList<>();
        for (int n = 0; n < k; n++) {
            kernels.add(new Kernel(kernelArray.dim(1), kernelArray.dim(2), kernelArray.dim(3), kernelArray.dim(4),
                    Arrays.copyOfRange(kernelArray.data(), n * taps, (n + 1) * taps), kernelBias[n]));
        }
        float[] bias = read("bias").data();
        List<String> names = new ArrayList<>();
        for (int j = 0; j < bias.length; j++) {
            names.add("class " + j);
        }
        model = new ClipClassifier(names, new Axis3(t, h, w), new KernelBank(kernels), read("weights").data(), bias);
        gradients = BatchGradient.of(model, clips, labels);
        layout = Parameters.of(model);
    }

    private static NpyArray read(String name) throws Exception {
        return NpyReader.read(Path.of(NumpyFixtureTest.class.getResource("fixture/" + name + ".npy").toURI()));
    }

    private static void assertClose(float[] expected, float[] actual, int offset, String what) {
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[offset + i], 1e-5 + 1e-4 * Math.abs(expected[i]), what + " " + i);
        }
    }

    @Test
    void probabilitiesMatch() throws Exception {
        float[] expected = read("probabilities").data();
        int classes = model.classes().size();
        for (int i = 0; i < clips.size(); i++) {
            double[] p = model.forward(clips.get(i)).probabilities();
            for (int j = 0; j < classes; j++) {
                assertEquals(expected[i * classes + j], p[j], 1e-5, "clip " + i + " class " + j);
            }
        }
    }

    @Test
    void lossMatches() throws Exception {
        assertEquals(read("loss").data()[0], gradients.loss(), 1e-5);
    }

    @Test
    void kernelGradientsMatch() throws Exception {
        assertClose(read("d_kernels").data(), gradients.flat(), layout.kernelWeights(0), "kernel weight");
        assertClose(read("d_kernel_bias").data(), gradients.flat(), layout.kernelBias(0), "kernel bias");
    }

    @Test
    void linearGradientsMatch() throws Exception {
        assertClose(read("d_weights").data(), gradients.flat(), layout.linearWeight(0, 0), "linear weight");
        assertClose(read("d_bias").data(), gradients.flat(), layout.linearBias(0), "linear bias");
    }
}
