package app.conv3d.core;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The vector engine's Winograd path for banks, against the naive reference (the build always has the module). */
class WinogradRowsTest {
    private ConvEngine vector;

    @BeforeEach
    void vectorEngine() {
        assumeTrue(ConvEngines.vector().isPresent(), "needs --add-modules=jdk.incubator.vector");
        vector = ConvEngines.vector().orElseThrow();
    }

    @Test
    void takesBanksOfTallKernelsWithUnitStepsDownTheHeight() {
        SplittableRandom random = new SplittableRandom(1);
        Volume volume = RandomConv.volume(random, 10, 20, 80, 3);
        KernelBank bank = RandomConv.bank(random, 16, Axis3.all(5), 3, true);
        assertNotNull(winograd(volume, bank, ConvSpec.VALID));
        assertNotNull(winograd(volume, bank, ConvSpec.VALID.withDilation(Axis3.of(2, 1, 2)).withStride(Axis3.of(2, 1, 1))));
        assertNull(winograd(volume, bank, ConvSpec.VALID.withStride(Axis3.of(1, 2, 1))), "stride down the height");
        assertNull(winograd(volume, bank, ConvSpec.VALID.withDilation(Axis3.of(1, 2, 1))), "dilation down the height");
        assertNull(winograd(volume, bank, ConvSpec.VALID.withStride(Axis3.of(1, 1, 2))), "stride along the width");
        assertNull(winograd(volume, RandomConv.bank(random, 3, Axis3.all(5), 3, true), ConvSpec.VALID), "three kernels");
        assertNull(winograd(volume, RandomConv.bank(random, 8, Axis3.of(3, 1, 3), 3, true), ConvSpec.VALID), "one row tall");
        assertNull(winograd(RandomConv.volume(random, 6, 20, 40, 3), bank, ConvSpec.VALID), "rows narrower than a block");
    }

    @Test
    void everyKernelHeightItTakesMatchesTheReference() {
        SplittableRandom random = new SplittableRandom(2);
        for (int kh = 2; kh <= ToomCook.MAX_ALPHA - 1; kh++) {
            for (int kernels : new int[] {4, 6, 7, 10, 16}) {
                // Heights that leave a partial last tile, and ones that fill every tile.
                for (int height : new int[] {kh + 2, kh + 12, 37}) {
                    Volume volume = RandomConv.volume(random, 4, height, 75, 3);
                    KernelBank bank = RandomConv.bank(random, kernels, Axis3.of(2, kh, 3), 3, true);
                    for (ConvSpec spec : List.of(ConvSpec.VALID, ConvSpec.VALID.withPadding(Padding.SAME).withRelu(true),
                            ConvSpec.VALID.withDilation(Axis3.of(2, 1, 3)))) {
                        assertNotNull(winograd(volume, bank, spec), "kernel height " + kh);
                        NaiveConv3d.Result ref = NaiveConv3d.apply(volume, bank, spec);
                        FeatureVolume got = Conv3d.run(vector, volume, bank, spec, 0, -1);
                        Conv3dEquivalenceTest.assertClose(ref, got, "height " + kh + ", " + kernels + " kernels, "
                                + height + " rows, " + spec);
                    }
                }
            }
        }
    }

    @Test
    void theSeedBankOnAFullSizeClipMatchesTheReferenceOnSampledFrames() {
        SplittableRandom random = new SplittableRandom(3);
        Volume volume = RandomConv.volume(random, 7, 256, 256, 3);
        KernelBank bank = RandomConv.bank(random, 16, Axis3.all(5), 3, false);
        FeatureVolume got = Conv3d.run(vector, volume, bank, ConvSpec.VALID, 0, -1);
        NaiveConv3d.Result ref = NaiveConv3d.apply(volume, bank, ConvSpec.VALID);
        Conv3dEquivalenceTest.assertClose(ref, got, "16 x 5x5x5x3 on 7x256x256x3");
    }

    private static WinogradRows winograd(Volume volume, KernelBank bank, ConvSpec spec) {
        ConvShape shape = Conv3d.shape(volume, bank, spec);
        return WinogradRows.of(new ConvJob(volume, bank, shape, spec.relu(), 0, shape.output().t()));
    }
}
