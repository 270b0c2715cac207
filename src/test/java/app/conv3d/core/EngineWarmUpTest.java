package app.conv3d.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class EngineWarmUpTest {

    @Test
    void warmUpFinishesAndHandsOverToTheSelectedEngine() throws InterruptedException {
        assertTrue(Conv3d.awaitWarm(120_000), "warm-up did not finish in two minutes");
        assertSame(ConvEngines.selected(), ConvEngines.current());
    }

    /**
     * The JVM's own warm-up, which met the engine cold. (A second warm-up started here would meet code the first
     * one already compiled, never see the speed-up it waits for, and always run to its 30-second limit.)
     */
    @Test
    void theWarmUpReportsHowLongItTook() throws InterruptedException {
        assertTrue(Conv3d.awaitWarm(120_000), "warm-up did not finish in two minutes");
        ConvEngines.warmUp().ifPresent(warmUp -> {
            assertTrue(warmUp.isDone());
            assertTrue(warmUp.tookMillis() >= 0, "took " + warmUp.tookMillis() + " ms");
        });
        assertEquals(ConvEngines.vector().isPresent() && ConvEngines.selected() != ConvEngines.scalar(),
                ConvEngines.warmUp().isPresent(), "only the vector engine needs a warm-up");
    }

    @Test
    void resultsDoNotDependOnWhichEngineStandsIn() {
        Volume volume = RandomConv.volume(new java.util.SplittableRandom(3), 6, 20, 40, 3);
        KernelBank bank = KernelBank.of(KernelPreset.randomGaussian(Axis3.all(3), 3, 5, 0.5));
        FeatureVolume now = Conv3d.apply(volume, bank, ConvSpec.VALID);
        FeatureVolume scalar = Conv3d.run(ConvEngines.scalar(), volume, bank, ConvSpec.VALID, 0, -1);
        assertEquals(scalar.data().length, now.data().length);
        for (int i = 0; i < now.data().length; i++) {
            assertEquals(scalar.data()[i], now.data()[i], 1e-3f * Math.max(1f, Math.abs(scalar.data()[i])));
        }
    }
}
