package app.conv3d.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WalkthroughTest {

    /** The math panel shows two decimals: the two values may differ by no more than one unit there. */
    private static final double DISPLAY_UNIT = 0.01;

    @Test
    void valueEqualsTheEngineAtRandomPositionsOfRandomShapes() {
        Random rnd = new Random(42);
        for (int trial = 0; trial < 60; trial++) {
            int channels = 1 + rnd.nextInt(3);
            Volume volume = randomVolume(rnd, 3 + rnd.nextInt(6), 4 + rnd.nextInt(10), 4 + rnd.nextInt(10), channels);
            Axis3 k = new Axis3(1 + rnd.nextInt(3), 1 + rnd.nextInt(4), 1 + rnd.nextInt(4));
            KernelBank bank = randomBank(rnd, 1 + rnd.nextInt(3), k, channels);
            ConvSpec spec = randomSpec(rnd, k, volume.size());
            FeatureVolume features = Conv3d.apply(volume, bank, spec);
            OutputPositions positions = new OutputPositions(features.size());
            for (int probe = 0; probe < 20; probe++) {
                int n = rnd.nextInt(bank.count());
                Axis3 p = positions.at(rnd.nextInt(positions.count()));
                Walkthrough w = Walkthrough.at(volume, bank, n, spec, p.t(), p.h(), p.w());
                float expected = features.get(n, p.t(), p.h(), p.w());
                assertEquals(expected, w.value(), 1e-4 * Math.max(1, Math.abs(expected)),
                        () -> "trial with " + spec + " at " + p);
                assertEquals(expected, w.value(), DISPLAY_UNIT, () -> spec + " at " + p);
            }
        }
    }

    @Test
    void partialSumsAddUpToTheTotal() {
        Random rnd = new Random(7);
        Volume volume = randomVolume(rnd, 6, 9, 9, 3);
        KernelBank bank = randomBank(rnd, 1, new Axis3(3, 3, 3), 3);
        ConvSpec spec = ConvSpec.VALID.withPadding(Padding.of(1, 1, 1));
        Walkthrough w = Walkthrough.at(volume, bank, 0, spec, 0, 0, 0);
        float frames = 0;
        for (int a = 0; a < 3; a++) {
            frames += w.frameSum(a);
        }
        float channels = 0;
        for (int c = 0; c < 3; c++) {
            channels += w.channelSum(c);
        }
        assertEquals(w.sum(), frames, 1e-3);
        assertEquals(w.sum(), channels, 1e-3);
        assertEquals(w.sum() + w.bias(), w.preActivation(), 0f);
    }

    @Test
    void tapsInThePaddingReadZeroAndAddNothing() {
        Random rnd = new Random(3);
        Volume volume = randomVolume(rnd, 4, 5, 5, 1);
        KernelBank bank = randomBank(rnd, 1, new Axis3(3, 3, 3), 1);
        Walkthrough w = Walkthrough.at(volume, bank, 0, ConvSpec.VALID.withPadding(Padding.of(1, 1, 1)), 0, 0, 0);
        assertTrue(w.inPadding(0, 1, 1));
        assertTrue(w.inPadding(1, 0, 1));
        assertFalse(w.inPadding(1, 1, 1));
        assertEquals(0f, w.input(0, 2, 2, 0));
        assertEquals(0f, w.product(1, 0, 0, 0));
        assertEquals(volume.get(0, 0, 0, 0), w.input(1, 1, 1, 0));
        assertEquals(w.weight(1, 1, 1, 0) * volume.get(0, 0, 0, 0), w.product(1, 1, 1, 0));
    }

    @Test
    void reluClipsANegativeSum() {
        Volume volume = new Volume(1, 1, 1, 1, new float[] {10f});
        KernelBank bank = KernelBank.of(new Kernel(1, 1, 1, 1, new float[] {-2f}, 5f));
        Walkthrough plain = Walkthrough.at(volume, bank, 0, ConvSpec.VALID, 0, 0, 0);
        Walkthrough clipped = Walkthrough.at(volume, bank, 0, ConvSpec.VALID.withRelu(true), 0, 0, 0);
        assertEquals(-15f, plain.value());
        assertEquals(-15f, clipped.preActivation());
        assertEquals(0f, clipped.value());
    }

    static Volume randomVolume(Random rnd, int t, int h, int w, int c) {
        float[] data = new float[t * h * w * c];
        for (int i = 0; i < data.length; i++) {
            data[i] = rnd.nextInt(256);
        }
        return new Volume(t, h, w, c, data);
    }

    static KernelBank randomBank(Random rnd, int count, Axis3 k, int channels) {
        List<Kernel> kernels = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            float[] weights = new float[(int) k.product() * channels];
            for (int i = 0; i < weights.length; i++) {
                weights[i] = (float) (0.5 * rnd.nextGaussian());
            }
            kernels.add(new Kernel(k.t(), k.h(), k.w(), channels, weights, (float) (rnd.nextGaussian() * 20)));
        }
        return new KernelBank(kernels);
    }

    /** A random geometry that still gives a non-empty output for this input. */
    private static ConvSpec randomSpec(Random rnd, Axis3 k, Axis3 input) {
        while (true) {
            Axis3 stride = new Axis3(1 + rnd.nextInt(2), 1 + rnd.nextInt(3), 1 + rnd.nextInt(3));
            Axis3 dilation = new Axis3(1 + rnd.nextInt(2), 1 + rnd.nextInt(2), 1 + rnd.nextInt(2));
            Padding padding = Padding.of(rnd.nextInt(k.t()), rnd.nextInt(k.h()), rnd.nextInt(k.w()));
            ConvSpec spec = new ConvSpec(stride, padding, dilation, rnd.nextBoolean());
            try {
                spec.shape(input, k);
                return spec;
            } catch (InvalidSpecException tooBig) {
                // try another geometry
            }
        }
    }
}
