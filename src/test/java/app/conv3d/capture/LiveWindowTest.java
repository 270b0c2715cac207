package app.conv3d.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.core.Axis3;
import app.conv3d.core.Conv3d;
import app.conv3d.core.ConvSpec;
import app.conv3d.core.FeatureVolume;
import app.conv3d.core.Kernel;
import app.conv3d.core.KernelBank;
import app.conv3d.core.Padding;
import app.conv3d.core.Volume;
import java.awt.Dimension;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LiveWindowTest {

    @Test
    void liveSlicesEqualAFullRecomputationOverTheSameSixteenFrames() {
        KernelBank bank = randomBank(2, 3, 3, 3, 1);
        try (LiveWindow live = new LiveWindow(16, 40, 48, bank, ConvSpec.VALID, 32, null)) {
            List<LiveSlice> produced = new ArrayList<>();
            for (int t = 0; t < 20; t++) { // more than 16: the window has rolled
                LiveSlice s = live.push(sampleFrame(t, 40, 48));
                if (t < 2) {
                    assertNull(s, "frame " + t + " is too early for a 3-frame kernel");
                } else {
                    produced.add(s);
                }
            }
            FeatureVolume full = Conv3d.apply(live.window(), bank, ConvSpec.VALID);
            assertEquals(14, full.frames());
            // the last 14 slices are the 14 output frames of the window of frames 4..19
            for (int i = 0; i < 14; i++) {
                LiveSlice s = produced.get(produced.size() - 14 + i);
                for (int n = 0; n < bank.count(); n++) {
                    assertClose(full.slice(n, i), s.features().slice(n, 0), "kernel " + n + " output frame " + i);
                }
            }
        }
    }

    @Test
    void theNewestSliceIsTheLastOutputFrameForAnyGeometry() {
        Volume clip = SampleClip.generate(16, 24, 28);
        List<float[]> frames = new ArrayList<>();
        for (int t = 0; t < 16; t++) {
            frames.add(clip.frames(t, 1).data());
        }
        KernelBank bank = randomBank(2, 3, 3, 3, 2);
        List<ConvSpec> specs = List.of(ConvSpec.VALID, ConvSpec.VALID.withPadding(Padding.SAME),
                ConvSpec.VALID.withStride(new Axis3(3, 2, 1)).withPadding(Padding.of(2, 1, 0)),
                ConvSpec.VALID.withDilation(new Axis3(2, 1, 2)).withRelu(true));
        for (ConvSpec spec : specs) {
            FeatureVolume full = Conv3d.apply(clip, bank, spec);
            FeatureVolume newest = NewestSlice.compute(frames, 24, 28, bank, spec);
            assertEquals(1, newest.frames());
            for (int n = 0; n < bank.count(); n++) {
                assertClose(full.slice(n, full.frames() - 1), newest.slice(n, 0), spec.toString());
            }
        }
    }

    @Test
    void framesOfferedWhileBusyAreDroppedAndCountedNeverQueued() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicLong delivered = new AtomicLong();
        try (LiveWindow live = new LiveWindow(16, 16, 16, randomBank(1, 1, 3, 3, 3), ConvSpec.VALID, 4, s -> {
            delivered.incrementAndGet();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        })) {
            assertTrue(live.offer(sampleFrame(0, 16, 16)));
            for (int i = 1; i <= 100; i++) {
                assertFalse(live.offer(sampleFrame(i, 16, 16)), "frame " + i + " arrives while busy");
            }
            assertEquals(100, live.dropped());
            release.countDown();
            assertTrue(live.awaitIdle(5000));
            assertEquals(1, delivered.get());
            assertEquals(1, live.windowSize());
            assertTrue(live.offer(sampleFrame(101, 16, 16)), "idle again, the next frame is taken");
        }
    }

    @Test
    void memoryStaysFlatOverALongRunFromTheVirtualCamera() throws Exception {
        // the virtual camera's clock runs 40 ms per picture, so 3000 pictures are two minutes of waving
        AtomicLong clock = new AtomicLong();
        TestPatternDevice device = new TestPatternDevice(() -> clock.addAndGet(40_000_000L), new Dimension(64, 48));
        CaptureTimeouts timeouts = new CaptureTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(10));
        AtomicLong slices = new AtomicLong();
        try (WebcamSource camera = Cameras.open(new TestPatternDriver(device), null, timeouts);
             LiveWindow live = new LiveWindow(16, 32, 32, randomBank(1, 5, 5, 5, 4), ConvSpec.VALID, 8,
                     s -> slices.incrementAndGet())) {
            long baseline = 0;
            for (int i = 1; i <= 3000; i++) {
                live.offer(camera.grab());
                if (i % 500 == 0) {
                    assertTrue(live.awaitIdle(5000));
                    assertTrue(live.slices().size() <= 8, "ring holds " + live.slices().size());
                    assertTrue(live.windowSize() <= 16);
                    long used = heapAfterGc();
                    if (i == 500) {
                        baseline = used;
                    } else {
                        assertTrue(used - baseline < 24L << 20, "heap grew from " + (baseline >> 20) + " MB to "
                                + (used >> 20) + " MB after " + i + " frames");
                    }
                }
            }
            assertEquals(3000, live.received());
            assertTrue(slices.get() > 0);
            assertEquals(3000, slices.get() + live.dropped() + 4, 0, "every frame is either processed or dropped"
                    + " (the first 4 fill the window before a 5-frame kernel has an output)");
        }
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(20);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static Frame sampleFrame(int t, int height, int width) {
        return new Frame(width, height, SampleClip.frameArgb(t / 16.0, height, width), t * 1_000_000L);
    }

    static KernelBank randomBank(int count, int kt, int kh, int kw, long seed) {
        Random random = new Random(seed);
        List<Kernel> kernels = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            float[] w = new float[kt * kh * kw * 3];
            for (int i = 0; i < w.length; i++) {
                w[i] = (float) random.nextGaussian() * 0.1f;
            }
            kernels.add(new Kernel(kt, kh, kw, 3, w, (float) random.nextGaussian()));
        }
        return new KernelBank(kernels);
    }

    private static void assertClose(float[] expected, float[] actual, String what) {
        assertEquals(expected.length, actual.length, what);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 1e-3 * Math.max(1, Math.abs(expected[i])), what + " at " + i);
        }
    }
}
