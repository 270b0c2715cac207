package app.conv3d.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.onnxruntime.OrtException;
import app.conv3d.core.Axis3;
import app.conv3d.core.Conv3d;
import app.conv3d.core.ConvSpec;
import app.conv3d.core.Kernel;
import app.conv3d.core.KernelBank;
import app.conv3d.core.Padding;
import app.conv3d.core.Volume;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hand-written ONNX model computes our convolution, for every geometry it encodes (stride, padding,
 * dilation differing per axis), so the benchmark compares like with like. Runs in the bench profile only.
 */
class OnnxRuntimeConvTest {

    static List<ConvSpec> geometries() {
        return List.of(
                ConvSpec.VALID,
                new ConvSpec(Axis3.of(2, 1, 3), Padding.of(1, 2, 0), Axis3.of(1, 2, 1), false),
                ConvSpec.VALID.withPadding(Padding.SAME));
    }

    @ParameterizedTest
    @MethodSource("geometries")
    void matchesOurEngine(ConvSpec spec) throws OrtException {
        Volume volume = randomVolume();
        KernelBank bank = randomBank(4);
        float[] expected = Conv3d.apply(volume, bank, spec).data();
        try (OnnxRuntimeConv onnx = new OnnxRuntimeConv(volume, bank, spec)) {
            onnx.run();
            onnx.run();
            float[] actual = onnx.output();
            OutputCheck.requireSame("ONNX Runtime", expected, actual);
            assertArrayEquals(expected, actual, maxAbs(expected) * 1e-4f);
        }
    }

    @Test
    void outputCheckRefusesAWrongPeer() {
        float[] expected = {100f, -50f, 3f};
        float[] wrong = {100f, -50f, 3.2f};
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> OutputCheck.requireSame("peer", expected, wrong));
        assertTrue(e.getMessage().contains("index 2"), e.getMessage());
    }

    @Test
    void refusesWhatTheModelCannotExpress() {
        Volume volume = randomVolume();
        assertThrows(IllegalArgumentException.class,
                () -> new OnnxRuntimeConv(volume, randomBank(1), ConvSpec.VALID.withRelu(true)));
        KernelBank biased = KernelBank.of(randomBank(1).get(0).withBias(1f));
        assertThrows(IllegalArgumentException.class, () -> new OnnxRuntimeConv(volume, biased, ConvSpec.VALID));
    }

    private static Volume randomVolume() {
        Random random = new Random(1);
        float[] data = new float[6 * 9 * 11 * 3];
        for (int i = 0; i < data.length; i++) {
            data[i] = random.nextInt(256);
        }
        return new Volume(6, 9, 11, 3, data);
    }

    private static KernelBank randomBank(int count) {
        Random random = new Random(2);
        List<Kernel> kernels = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            float[] w = new float[3 * 2 * 4 * 3];
            for (int i = 0; i < w.length; i++) {
                w[i] = (float) random.nextGaussian();
            }
            kernels.add(new Kernel(3, 2, 4, 3, w));
        }
        return new KernelBank(kernels);
    }

    private static float maxAbs(float[] values) {
        float max = 0;
        for (float v : values) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }
}
