package app.conv3d.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every engine against the naive reference, on shapes chosen to hit every edge of the fast paths. */
class Conv3dEquivalenceTest {

    static Stream<ConvEngine> engines() {
        List<ConvEngine> engines = new ArrayList<>();
        engines.add(ConvEngines.scalar());
        ConvEngines.vector().ifPresent(engines::add);
        return engines.stream();
    }

    /** The build runs tests with the Vector API module, so both paths really are compared. */
    @Test
    void theVectorEngineIsTestedWhenTheModuleIsPresent() {
        assertEquals(ConvEngines.vectorModulePresent(), ConvEngines.vector().isPresent());
        assertTrue(ConvEngines.vectorModulePresent(), "surefire should run with --add-modules=jdk.incubator.vector");
    }

    @ParameterizedTest(name = "{0} engine")
    @MethodSource("engines")
    void randomShapesMatchTheReference(ConvEngine engine) {
        SplittableRandom random = new SplittableRandom(20240611);
        int checked = 0;
        while (checked < 80) {
            Case c = Case.random(random);
            ConvShape shape;
            try {
                shape = Conv3d.shape(c.volume, c.bank, c.spec);
            } catch (InvalidSpecException e) {
                continue;
            }
            assertMatches(engine, c, shape);
            checked++;
        }
    }

    @ParameterizedTest(name = "{0} engine")
    @MethodSource("engines")
    void widthsAroundTheVectorLength(ConvEngine engine) {
        SplittableRandom random = new SplittableRandom(7);
        for (int width : new int[] {5, 15, 16, 17, 20, 31, 33, 63, 64, 65, 66, 70, 127, 128, 129, 200}) {
            for (int kernels : new int[] {1, 4, 6}) {
                Volume volume = RandomConv.volume(random, 6, 9, width, 3);
                KernelBank bank = RandomConv.bank(random, kernels, Axis3.of(3, 3, Math.min(3, width)), 3, true);
                for (ConvSpec spec : List.of(ConvSpec.VALID, ConvSpec.VALID.withPadding(Padding.SAME).withRelu(true))) {
                    Case c = new Case(volume, bank, spec);
                    assertMatches(engine, c, Conv3d.shape(volume, bank, spec));
                }
            }
        }
    }

    /** The row-reuse blocks (8 rows for 5-row kernels, 12 for 3-row ones): full, shifted-back and too-short runs. */
    @ParameterizedTest(name = "{0} engine")
    @MethodSource("engines")
    void singleKernelsAtHeightsAroundTheirRowBlocks(ConvEngine engine) {
        SplittableRandom random = new SplittableRandom(13);
        for (int kh : new int[] {3, 5}) {
            for (int outRows : new int[] {7, 8, 11, 12, 13, 23, 24, 25, 37}) {
                Volume volume = RandomConv.volume(random, 5, outRows + kh - 1, 70, 3);
                KernelBank bank = RandomConv.bank(random, 1, Axis3.of(3, kh, kh), 3, true);
                for (ConvSpec spec : List.of(ConvSpec.VALID, ConvSpec.VALID.withRelu(true))) {
                    assertMatches(engine, new Case(volume, bank, spec), Conv3d.shape(volume, bank, spec));
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} engine")
    @MethodSource("engines")
    void tinyVolumesAndSingleChannels(ConvEngine engine) {
        SplittableRandom random = new SplittableRandom(11);
        List<Case> cases = List.of(
                new Case(RandomConv.volume(random, 1, 1, 1, 1), RandomConv.bank(random, 1, Axis3.all(1), 1, true), ConvSpec.VALID),
                new Case(RandomConv.volume(random, 1, 1, 1, 3), RandomConv.bank(random, 5, Axis3.all(1), 3, true), ConvSpec.VALID),
                new Case(RandomConv.volume(random, 2, 3, 2, 1), RandomConv.bank(random, 2, Axis3.of(2, 3, 2), 1, false), ConvSpec.VALID),
                new Case(RandomConv.volume(random, 1, 2, 2, 3), RandomConv.bank(random, 1, Axis3.of(1, 3, 3), 3, false),
                        ConvSpec.VALID.withPadding(Padding.SAME)),
                new Case(RandomConv.volume(random, 3, 1, 40, 1), RandomConv.bank(random, 4, Axis3.of(3, 1, 5), 1, true),
                        ConvSpec.VALID.withRelu(true)));
        for (Case c : cases) {
            assertMatches(engine, c, Conv3d.shape(c.volume, c.bank, c.spec));
        }
    }

    @ParameterizedTest(name = "{0} engine")
    @MethodSource("engines")
    void theSeedGeometryAtSmallerSize(ConvEngine engine) {
        SplittableRandom random = new SplittableRandom(3);
        Volume volume = RandomConv.volume(random, 8, 40, 100, 3);
        for (int kernels : new int[] {1, 7, 16}) {
            KernelBank bank = RandomConv.bank(random, kernels, Axis3.all(5), 3, true);
            for (ConvSpec spec : List.of(ConvSpec.VALID, ConvSpec.VALID.withPadding(Padding.SAME),
                    ConvSpec.VALID.withPadding(Padding.of(1, 2, 3)).withStride(Axis3.of(2, 1, 1)).withRelu(true),
                    ConvSpec.VALID.withDilation(Axis3.of(1, 2, 3)),
                    ConvSpec.VALID.withStride(Axis3.of(1, 2, 2)))) {
                assertMatches(engine, new Case(volume, bank, spec), Conv3d.shape(volume, bank, spec));
            }
        }
    }

    @ParameterizedTest(name = "{0} engine")
    @MethodSource("engines")
    void framesAreTheSliceOfTheWholeOutput(ConvEngine engine) {
        SplittableRandom random = new SplittableRandom(5);
        Volume volume = RandomConv.volume(random, 9, 21, 70, 3);
        for (int kernels : new int[] {1, 5}) {
            KernelBank bank = RandomConv.bank(random, kernels, Axis3.of(3, 3, 5), 3, true);
            for (ConvSpec spec : List.of(ConvSpec.VALID, ConvSpec.VALID.withPadding(Padding.SAME).withRelu(true),
                    ConvSpec.VALID.withStride(Axis3.of(2, 1, 1)))) {
                FeatureVolume all = Conv3d.run(engine, volume, bank, spec, 0, -1);
                for (int first = 0; first < all.frames(); first++) {
                    for (int count = 1; first + count <= all.frames(); count += 2) {
                        FeatureVolume part = Conv3d.run(engine, volume, bank, spec, first, count);
                        assertEquals(kernels, part.kernels());
                        assertEquals(count, part.frames());
                        for (int n = 0; n < kernels; n++) {
                            for (int t = 0; t < count; t++) {
                                float[] expected = all.slice(n, first + t);
                                float[] actual = part.slice(n, t);
                                for (int i = 0; i < expected.length; i++) {
                                    if (Math.abs(expected[i] - actual[i]) > 1e-4f * (1 + Math.abs(expected[i]))) {
                                        fail(engine.name() + " " + spec + ": frames " + first + "+" + count
                                                + " kernel " + n + " frame " + t + " index " + i + ": "
                                                + actual[i] + " but the whole output has " + expected[i]);
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void applyFramesRejectsFramesOutsideTheOutput() {
        SplittableRandom random = new SplittableRandom(1);
        Volume volume = RandomConv.volume(random, 6, 8, 8, 1);
        KernelBank bank = RandomConv.bank(random, 1, Axis3.all(3), 1, false);
        org.junit.jupiter.api.Assertions.assertThrows(InvalidSpecException.class,
                () -> Conv3d.applyFrames(volume, bank, ConvSpec.VALID, 3, 2));
        org.junit.jupiter.api.Assertions.assertThrows(InvalidSpecException.class,
                () -> Conv3d.applyFrames(volume, bank, ConvSpec.VALID, -1, 1));
        org.junit.jupiter.api.Assertions.assertThrows(InvalidSpecException.class,
                () -> Conv3d.applyFrames(volume, bank, ConvSpec.VALID, 0, 0));
        assertEquals(2, Conv3d.applyFrames(volume, bank, ConvSpec.VALID, 2, 2).frames());
    }

    @Test
    void valueMatchesTheReferenceEverywhere() {
        SplittableRandom random = new SplittableRandom(9);
        Volume volume = RandomConv.volume(random, 5, 7, 9, 3);
        KernelBank bank = RandomConv.bank(random, 3, Axis3.of(3, 2, 3), 3, true);
        ConvSpec spec = ConvSpec.VALID.withPadding(Padding.of(1, 1, 2)).withStride(Axis3.of(1, 2, 2))
                .withDilation(Axis3.of(2, 1, 1)).withRelu(true);
        NaiveConv3d.Result ref = NaiveConv3d.apply(volume, bank, spec);
        FeatureVolume f = ref.values();
        for (int n = 0; n < f.kernels(); n++) {
            for (int t = 0; t < f.frames(); t++) {
                for (int y = 0; y < f.height(); y++) {
                    for (int x = 0; x < f.width(); x++) {
                        assertEquals(f.get(n, t, y, x), Conv3d.value(volume, bank, spec, n, t, y, x),
                                1e-5 * ref.magnitudes()[f.index(n, t, y, x)] + 1e-6);
                    }
                }
            }
        }
    }

    @Test
    void applyUsesTheSelectedEngineAndMatchesTheReference() {
        SplittableRandom random = new SplittableRandom(13);
        Case c = new Case(RandomConv.volume(random, 7, 30, 80, 3), RandomConv.bank(random, 2, Axis3.all(3), 3, true),
                ConvSpec.VALID.withPadding(Padding.SAME));
        assertEquals(ConvEngines.selected().name(), Conv3d.path());
        NaiveConv3d.Result ref = NaiveConv3d.apply(c.volume, c.bank, c.spec);
        assertClose(ref, Conv3d.apply(c.volume, c.bank, c.spec), "apply " + c);
    }

    private static void assertMatches(ConvEngine engine, Case c, ConvShape shape) {
        NaiveConv3d.Result ref = NaiveConv3d.apply(c.volume, c.bank, c.spec);
        FeatureVolume got = Conv3d.run(engine, c.volume, c.bank, c.spec, 0, -1);
        assertEquals(ref.values().size(), got.size(), c + ": output size");
        assertEquals(shape.output(), got.size(), c + ": output size against the shape");
        assertClose(ref, got, engine.name() + " " + c);
    }

    /** Rounding differs with summation order; 1e-3 relative, or 1e-5 of the terms' total size near zero. */
    static void assertClose(NaiveConv3d.Result ref, FeatureVolume got, String context) {
        float[] expected = ref.values().data();
        float[] actual = got.data();
        assertEquals(expected.length, actual.length, context);
        for (int i = 0; i < expected.length; i++) {
            double tolerance = 1e-3 * Math.abs(expected[i]) + 1e-5 * ref.magnitudes()[i] + 1e-6;
            if (!(Math.abs(expected[i] - actual[i]) <= tolerance)) {
                int width = got.width();
                int height = got.height();
                int frames = got.frames();
                fail(context + ": at kernel " + i / (width * height * frames) + " frame " + i / (width * height) % frames
                        + " row " + i / width % height + " column " + i % width + " expected " + expected[i]
                        + " got " + actual[i]);
            }
        }
    }

    record Case(Volume volume, KernelBank bank, ConvSpec spec) {

        static Case random(SplittableRandom random) {
            int channels = random.nextBoolean() ? 1 : 3;
            Volume volume = RandomConv.volume(random, 1 + random.nextInt(9), 1 + random.nextInt(24),
                    1 + random.nextInt(90), channels);
            Axis3 kernel = Axis3.of(1 + random.nextInt(4), 1 + random.nextInt(5), 1 + random.nextInt(6));
            KernelBank bank = RandomConv.bank(random, 1 + random.nextInt(7), kernel, channels, random.nextBoolean());
            Axis3 dilation = Axis3.of(1 + random.nextInt(2), 1 + random.nextInt(2), 1 + random.nextInt(3));
            Padding padding;
            Axis3 stride;
            switch (random.nextInt(3)) {
                case 0 -> padding = Padding.VALID;
                case 1 -> padding = Padding.SAME;
                default -> padding = Padding.of(random.nextInt(3), random.nextInt(3), random.nextInt(4));
            }
            if (padding.mode() == Padding.Mode.SAME) {
                stride = Axis3.all(1);
            } else {
                stride = Axis3.of(1 + random.nextInt(3), 1 + random.nextInt(3), random.nextInt(3) == 0 ? 2 : 1);
            }
            return new Case(volume, bank, new ConvSpec(stride, padding, dilation, random.nextBoolean()));
        }

        @Override
        public String toString() {
            return volume + " * " + bank + " stride " + spec.stride() + " padding " + spec.padding()
                    + " dilation " + spec.dilation() + (spec.relu() ? " relu" : "");
        }
    }
}
