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
    void liveFeaturesEqualTheBatchConvolutionOfTheSameFramesForRandomGeometries() {
        Random random = new Random(11);
        for (int trial = 0; trial < 40; trial++) {
            Axis3 k = new Axis3(1 + random.nextInt(4), 1 + random.nextInt(3), 1 + random.nextInt(3));
            KernelBank bank = randomBank(1 + random.nextInt(3), k.t(), k.h(), k.w(), trial);
            Axis3 stride = new Axis3(1 + random.nextInt(3), 1 + random.nextInt(2), 1 + random.nextInt(2));
            Axis3 dilation = new Axis3(1 + random.nextInt(2), 1 + random.nextInt(2), 1);
            Padding padding = switch (random.nextInt(3)) {
                case 0 -> Padding.VALID;
                case 1 -> Padding.SAME;
                default -> Padding.of(random.nextInt(dilation.t() * (k.t() - 1) + 1),
                        random.nextInt(dilation.h() * (k.h() - 1) + 1), random.nextInt(k.w()));
            };
            ConvSpec spec = ConvSpec.VALID.withDilation(dilation).withPadding(padding).withRelu(random.nextBoolean());
            if (padding != Padding.SAME) {
                spec = spec.withStride(stride);
            }
            int frames = 7 + random.nextInt(6); // at least the longest span, 3 x 2 + 1
            try (LiveWindow live = new LiveWindow(frames, 12, 14, bank, spec, null)) {
                for (int f = 0; f < frames + 9; f++) { // past the window's length: it has rolled
                    LiveSlice s = live.push(sampleFrame(f * 5 + trial, 12, 14));
                    String what = spec + " kernel " + bank.size() + " window " + frames + " after frame " + f;
                    if (s == null) {
                        assertNull(WindowSlice.shape(live.windowSize(), 12, 14, bank, spec), what);
                        continue;
                    }
                    FeatureVolume batch = Conv3d.apply(live.window(), bank, spec);
                    assertEquals(batch.size(), s.features().size(), what);
                    assertEquals(batch.kernels(), s.features().kernels(), what);
                    assertClose(batch.data(), s.features().data(), what);
                }
            }
        }
    }

    @Test
    void sameTimePaddingIsRecomputedForEachWindowNotReusedFromAnOlderOne() {
        KernelBank bank = randomBank(3, 3, 3, 3, 2);
        ConvSpec same = ConvSpec.VALID.withPadding(Padding.SAME);
        try (LiveWindow live = new LiveWindow(16, 20, 20, bank, same, null)) {
            for (int f = 0; f < 20; f++) {
                live.push(sampleFrame(f * 3, 20, 20));
            }
            FeatureVolume batch = Conv3d.apply(live.window(), bank, same);
            FeatureVolume shown = live.latest().features();
            assertEquals(16, shown.frames());
            for (int n = 0; n < 3; n++) {
                for (int t : new int[] {0, 1, 14, 15}) {
                    assertClose(batch.slice(n, t), shown.slice(n, t), "kernel " + n + " output frame " + t);
                }
            }
        }
    }

    @Test
    void eachOutputFrameOfTheWindowForAnyGeometry() {
        Volume clip = SampleClip.generate(16, 24, 28);
        List<float[]> frames = new ArrayList<>();
        for (int t = 0; t < 16; t++) {
            float[] planar = new float[24 * 28 * 3];
            Volume.toPlanar(clip.frames(t, 1).data(), planar.length / 3, 3, planar);
            frames.add(planar);
        }
        KernelBank bank = randomBank(2, 3, 3, 3, 2);
        List<ConvSpec> specs = List.of(ConvSpec.VALID, ConvSpec.VALID.withPadding(Padding.SAME),
                ConvSpec.VALID.withStride(new Axis3(3, 2, 1)).withPadding(Padding.of(2, 1, 0)),
                ConvSpec.VALID.withDilation(new Axis3(2, 1, 2)).withRelu(true));
        for (ConvSpec spec : specs) {
            FeatureVolume full = Conv3d.apply(clip, bank, spec);
            for (int t = 0; t < full.frames(); t++) {
                FeatureVolume one = WindowSlice.compute(frames, t, 24, 28, bank, spec, null);
                assertEquals(1, one.frames());
                for (int n = 0; n < bank.count(); n++) {
                    assertClose(full.slice(n, t), one.slice(n, 0), spec + " output frame " + t);
                }
            }
        }
    }

    @Test
    void framesOfferedWhileBusyAreDroppedAndCountedNeverQueued() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicLong delivered = new AtomicLong();
        try (LiveWindow live = new LiveWindow(16, 16, 16, randomBank(1, 1, 3, 3, 3), ConvSpec.VALID, s -> {
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
             LiveWindow live = new LiveWindow(16, 32, 32, randomBank(1, 5, 5, 5, 4), ConvSpec.VALID,
                     s -> slices.incrementAndGet())) {
            long baseline = 0;
            for (int i = 1; i <= 3000; i++) {
                live.offer(camera.grab());
                if (i % 500 == 0) {
                    assertTrue(live.awaitIdle(5000));
                    assertEquals(12, live.latest().features().frames());
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
