package app.conv3d.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.core.ConvSpec;
import java.awt.Dimension;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LiveFeedTest {

    @Test
    void feedsTheWindowFromTheVirtualCameraUntilClosed() throws Exception {
        TestPatternDevice device = new TestPatternDevice(System::nanoTime, new Dimension(80, 60));
        AtomicInteger previews = new AtomicInteger();
        try (WebcamSource camera = Cameras.open(new TestPatternDriver(device), null,
                new CaptureTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(10)));
             LiveWindow live = new LiveWindow(16, 32, 32, LiveWindowTest.randomBank(1, 3, 3, 3, 9), ConvSpec.VALID, null)) {
            LiveFeed feed = LiveFeed.start(camera, live, f -> previews.incrementAndGet(), e -> { });
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while ((live.latest() == null || live.latest().sequence() < 20) && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            feed.close();
            assertTrue(feed.awaitStop(5000));
            assertTrue(live.latest().sequence() >= 20);
            assertEquals(14, live.latest().features().frames(), "a full window's worth of output frames");
            assertEquals(feed.grabbed(), previews.get());
            assertEquals(feed.grabbed(), live.received());
        }
    }

    @Test
    void pausedItGrabsNothingUntilResumed() throws Exception {
        AtomicInteger grabs = new AtomicInteger();
        FrameSource counting = source(() -> LiveWindowTest.sampleFrame(grabs.incrementAndGet(), 16, 16));
        try (LiveWindow live = new LiveWindow(16, 16, 16, LiveWindowTest.randomBank(1, 1, 3, 3, 1), ConvSpec.VALID, null)) {
            LiveFeed feed = LiveFeed.start(counting, live, f -> { }, e -> { });
            waitUntil(() -> grabs.get() > 5);
            feed.setPaused(true);
            Thread.sleep(50); // the grab in progress ends
            int paused = grabs.get();
            Thread.sleep(200);
            assertEquals(paused, grabs.get(), "no picture is grabbed while paused");
            assertTrue(feed.isRunning());
            feed.setPaused(false);
            waitUntil(() -> grabs.get() > paused + 5);
            feed.setPaused(true);
            feed.close();
            assertTrue(feed.awaitStop(5000), "closing ends a paused feed");
        }
    }

    @Test
    void startedPausedItTakesNoPictureAtAll() throws Exception {
        AtomicInteger grabs = new AtomicInteger();
        FrameSource counting = source(() -> LiveWindowTest.sampleFrame(grabs.incrementAndGet(), 16, 16));
        try (LiveWindow live = new LiveWindow(16, 16, 16, LiveWindowTest.randomBank(1, 1, 3, 3, 1), ConvSpec.VALID, null)) {
            LiveFeed feed = LiveFeed.start(counting, live, f -> { }, e -> { }, true);
            Thread.sleep(200);
            assertEquals(0, grabs.get(), "a feed started resting never grabs before it is woken");
            feed.setPaused(false);
            waitUntil(() -> grabs.get() > 3);
            feed.close();
            assertTrue(feed.awaitStop(5000));
        }
    }

    @Test
    void theVirtualCameraGivesPicturesAtAWebcamsRate() throws Exception {
        TestPatternDevice device = new TestPatternDevice();
        device.setResolution(new Dimension(32, 24));
        device.open();
        long start = System.nanoTime();
        for (int i = 0; i < 10; i++) {
            device.getImage();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        device.close();
        assertTrue(seconds >= 9.0 / TestPatternDevice.FRAMES_PER_SECOND,
                "10 pictures took " + seconds + " s: a camera paced at " + TestPatternDevice.FRAMES_PER_SECOND + " fps");
    }

    /** A camera that answers each grab with {@code grab}. */
    private interface Grab {
        Frame next() throws CaptureException;
    }

    private static FrameSource source(Grab grab) {
        return new FrameSource() {
            @Override
            public String name() {
                return "test camera";
            }

            @Override
            public Frame grab() throws CaptureException {
                return grab.next();
            }

            @Override
            public void close() {
            }
        };
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out");
            Thread.sleep(5);
        }
    }

    @Test
    void aFailingCameraIsReportedOnceAndStopsTheFeed() throws Exception {
        AtomicInteger grabs = new AtomicInteger();
        FrameSource failing = source(() -> {
            if (grabs.incrementAndGet() > 3) {
                throw new CaptureException(CaptureException.Reason.DISCONNECTED, "camera 'flaky' was disconnected");
            }
            return LiveWindowTest.sampleFrame(grabs.get(), 16, 16);
        });
        List<CaptureException> failures = new CopyOnWriteArrayList<>();
        try (LiveWindow live = new LiveWindow(16, 16, 16, LiveWindowTest.randomBank(1, 1, 3, 3, 1), ConvSpec.VALID, null)) {
            LiveFeed feed = LiveFeed.start(failing, live, f -> { }, failures::add);
            assertTrue(feed.awaitStop(5000));
            assertFalse(feed.isRunning());
            assertEquals(1, failures.size());
            assertEquals(CaptureException.Reason.DISCONNECTED, failures.get(0).reason());
            assertEquals(3, feed.grabbed());
        }
    }

    @Test
    void theBenchmarkRunsTheWholePath() throws Exception {
        LiveBenchmark.Result r = LiveBenchmark.run(Duration.ofMillis(500));
        assertTrue(r.updates() > 0, r.details());
        assertTrue(r.lastLine().matches("live \\d+\\.\\d fps"), r.lastLine());
    }
}
