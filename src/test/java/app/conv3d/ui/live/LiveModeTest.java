package app.conv3d.ui.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.capture.CameraDriver;
import app.conv3d.capture.CaptureException;
import app.conv3d.capture.Frame;
import app.conv3d.capture.FrameSource;
import app.conv3d.core.Axis3;
import app.conv3d.core.Conv3d;
import app.conv3d.core.ConvSpec;
import app.conv3d.core.FeatureVolume;
import app.conv3d.core.Kernel;
import app.conv3d.core.KernelBank;
import app.conv3d.core.Padding;
import app.conv3d.core.Volume;
import app.conv3d.ui.lesson.Computed;
import app.conv3d.ui.lesson.Lesson;
import app.conv3d.ui.lesson.LessonSize;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Live mode against the virtual camera, headless; the lesson computes on the FX thread (tiny size). */
@ExtendWith(ApplicationExtension.class)
class LiveModeTest {
    private Lesson lesson;
    private Volume before;

    @Start
    void start(Stage stage) {
        lesson = new Lesson(Runnable::run, Runnable::run);
        lesson.setLessonSize(LessonSize.TINY);
        before = clip();
        lesson.load(before, kernels());
    }

    @Test
    void theFeaturesFollowTheCameraSliceBySlice(FxRobot robot) throws Exception {
        LiveMode live = new LiveMode(lesson, LiveCamera.firstOrVirtual(CameraDriver.TEST_PATTERN));
        robot.interact(live::start);
        try {
            waitFor(() -> live.updatesProperty().get() >= 1);
            Volume first = onFx(() -> lesson.computedProperty().get().volume());
            waitFor(() -> !Arrays.equals(first.data(), onFx(() -> lesson.computedProperty().get().volume()).data()));

            Computed now = onFx(() -> lesson.computedProperty().get());
            Volume rolling = now.volume();
            assertEquals(LessonSize.TINY.size(), rolling.size());
            assertEquals(Conv3d.shape(rolling, now.bank(), now.spec()).output(), now.features().size());
            int kt = now.bank().get(0).depth();
            int frame = rolling.height() * rolling.width() * rolling.channels();
            Volume newest = new Volume(kt, rolling.height(), rolling.width(), rolling.channels(),
                    Arrays.copyOfRange(rolling.data(), (rolling.frames() - kt) * frame, rolling.frames() * frame));
            FeatureVolume expected = Conv3d.apply(newest, now.bank(), now.spec());
            FeatureVolume shown = now.features();
            for (int n = 0; n < shown.kernels(); n++) {
                float[] want = expected.slice(n, 0);
                float[] got = shown.slice(n, shown.frames() - 1);
                for (int i = 0; i < want.length; i++) {
                    assertEquals(want[i], got[i], 1e-3, "kernel " + n + " value " + i);
                }
            }
        } finally {
            robot.interact(live::close);
        }
    }

    @Test
    void withSamePaddingTheFeaturesAndTheArithmeticAgreeWithTheBatchConvolution(FxRobot robot) throws Exception {
        ConvSpec same = ConvSpec.VALID.withPadding(Padding.SAME);
        robot.interact(() -> {
            lesson.setSpec(same);
            lesson.selectKernel(1);
        });
        LiveMode live = new LiveMode(lesson, LiveCamera.firstOrVirtual(CameraDriver.TEST_PATTERN));
        robot.interact(live::start);
        try {
            waitFor(() -> live.updatesProperty().get() >= 3);
            Computed now = onFx(() -> lesson.computedProperty().get());
            assertEquals(same, now.spec());
            FeatureVolume batch = Conv3d.apply(now.volume(), now.bank(), now.spec());
            assertEquals(batch.size(), now.features().size());
            float[] want = batch.data();
            float[] got = now.features().data();
            for (int i = 0; i < want.length; i++) {
                assertEquals(want[i], got[i], 1e-3 * Math.max(1, Math.abs(want[i])), "feature value " + i);
            }
            Axis3 out = now.features().size();
            for (int[] p : new int[][] {{0, 0, 0}, {0, out.h() - 1, out.w() - 2}, {out.t() - 1, 3, out.w() - 1}}) {
                float[] pair = onFx(() -> {
                    lesson.moveTo(p[0], p[1], p[2]);
                    Computed c = lesson.computedProperty().get();
                    return new float[] {lesson.walkthroughProperty().get().value(),
                            c.features().get(1, p[0], p[1], p[2])};
                });
                assertEquals(pair[1], pair[0], 1e-3 * Math.max(1, Math.abs(pair[1])),
                        "the arithmetic at " + Arrays.toString(p) + " says what the feature pixel shows");
            }
        } finally {
            robot.interact(live::close);
        }
    }

    @Test
    void liveSlicesAreShownWholeNotHatched(FxRobot robot) throws Exception {
        LiveMode live = new LiveMode(lesson, LiveCamera.firstOrVirtual(CameraDriver.TEST_PATTERN));
        robot.interact(() -> {
            lesson.setShowAll(false);
            lesson.moveTo(0);
        });
        robot.interact(live::start);
        try {
            waitFor(() -> live.updatesProperty().get() >= 1);
            int[] revealed = onFx(() -> {
                Axis3 out = lesson.computedProperty().get().features().size();
                int[] r = new int[out.t() + 1];
                for (int t = 0; t < out.t(); t++) {
                    r[t] = lesson.revealedPixels(t);
                }
                r[out.t()] = out.h() * out.w();
                return r;
            });
            for (int t = 0; t < revealed.length - 1; t++) {
                assertEquals(revealed[revealed.length - 1], revealed[t], "live slice " + t + " is shown whole");
            }
            int[] shown = onFx(() -> new int[] {lesson.viewSliceProperty().get(),
                lesson.computedProperty().get().features().frames() - 1});
            assertEquals(shown[1], shown[0], "the feature view shows the newest slice, the camera's latest frames");
            assertFalse(lesson.showAllProperty().get(), "the teacher's own 'Show all' is left as it was");
        } finally {
            robot.interact(live::close);
        }
    }

    @Test
    void stoppingEndsTheFeedAndKeepsTheLastLiveWindowAsTheClip(FxRobot robot) throws Exception {
        AtomicLong grabs = new AtomicLong();
        LiveMode live = countingLive(grabs);
        robot.interact(live::start);
        waitFor(() -> live.updatesProperty().get() >= 2);
        Volume lastLive = onFx(() -> {
            live.stop();
            return lesson.computedProperty().get().volume();
        });
        assertFalse(live.activeProperty().get());
        assertFalse(live.feeding());
        assertSame(lastLive, lesson.sourceClipProperty().get());

        long updates = live.updatesProperty().get();
        // The camera is closed only once the feed's loop has ended (after the grab in progress).
        waitFor(() -> grabs.get() < 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(CLOSED, grabs.get(), "the camera is not read after it was closed");
        assertEquals(updates, live.updatesProperty().get(), "the lesson gets no more pictures");
    }

    @Test
    void freezingHoldsTheFramesAndTheirFeaturesAndRestsTheCameraUntilResumed(FxRobot robot) throws Exception {
        AtomicLong grabs = new AtomicLong();
        LiveMode live = countingLive(grabs);
        robot.interact(live::start);
        try {
            waitFor(() -> live.updatesProperty().get() >= 2);
            Computed held = onFx(() -> {
                live.toggleFreeze();
                return lesson.computedProperty().get();
            });
            assertTrue(live.frozenProperty().get());
            long updates = live.updatesProperty().get();
            Thread.sleep(100); // the grab in progress when freezing ends
            long grabbed = grabs.get();
            Thread.sleep(400);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(grabbed, grabs.get(), "no picture is grabbed while frozen");
            assertEquals(updates, live.updatesProperty().get(), "no picture reaches the lesson while frozen");
            assertSame(held, lesson.computedProperty().get(), "the frames and their features are held");

            robot.interact(live::toggleFreeze);
            assertFalse(live.frozenProperty().get());
            waitFor(() -> live.updatesProperty().get() > updates);
            assertTrue(grabs.get() > grabbed, "resumed, the camera is read again");
        } finally {
            robot.interact(live::close);
        }
    }

    @Test
    void useTheseFramesKeepsTheHeldFramesAsTheLessonsClip(FxRobot robot) throws Exception {
        LiveMode live = new LiveMode(lesson, LiveCamera.firstOrVirtual(CameraDriver.TEST_PATTERN));
        robot.interact(live::start);
        waitFor(() -> live.updatesProperty().get() >= 2);
        Volume held = onFx(() -> {
            live.toggleFreeze();
            return lesson.computedProperty().get().volume();
        });
        robot.interact(live::useFrames);
        assertFalse(live.activeProperty().get());
        assertFalse(live.frozenProperty().get());
        assertSame(held, lesson.sourceClipProperty().get(), "the held frames are the lesson's clip");
        assertTrue(Arrays.equals(held.data(), onFx(() -> lesson.computedProperty().get().volume()).data()));
    }

    @Test
    void nobodyWatchingNothingIsGrabbedOrConvolved(FxRobot robot) throws Exception {
        AtomicLong grabs = new AtomicLong();
        LiveMode live = countingLive(grabs);
        robot.interact(() -> live.setWatched(false)); // minimised before Live was turned on
        robot.interact(live::start);
        try {
            waitFor(() -> onFx(live::feedStarted));
            Thread.sleep(300);
            assertEquals(0, grabs.get(), "a minimised window's live mode grabs nothing");
            robot.interact(() -> live.setWatched(true));
            waitFor(() -> live.updatesProperty().get() >= 1);

            robot.interact(() -> live.setWatched(false));
            long updates = onFx(() -> live.updatesProperty().get());
            Thread.sleep(100);
            long grabbed = grabs.get();
            Thread.sleep(400);
            assertEquals(grabbed, grabs.get(), "minimised again, the camera rests");
            assertEquals(updates, onFx(() -> live.updatesProperty().get()));
            assertFalse(live.frozenProperty().get(), "resting is not freezing: the picture comes back by itself");
        } finally {
            robot.interact(live::close);
        }
    }

    @Test
    void aCameraThatWillNotOpenShowsWhyAndLeavesTheClip(FxRobot robot) throws Exception {
        Computed shown = onFx(() -> lesson.computedProperty().get());
        LiveMode live = new LiveMode(lesson, () -> {
            throw new CaptureException(CaptureException.Reason.CAMERA_IN_USE, "the camera is in use by another program");
        });
        robot.interact(live::start);
        waitFor(() -> onFx(() -> lesson.errorMessageProperty().get()) != null);
        assertTrue(lesson.errorMessageProperty().get().contains("the camera is in use by another program"),
                lesson.errorMessageProperty().get());
        assertFalse(live.activeProperty().get());
        assertSame(before, lesson.sourceClipProperty().get());
        assertSame(shown, lesson.computedProperty().get());
    }

    @Test
    void aCameraThatFailsWhileLivePutsTheClipBackAndShowsWhy(FxRobot robot) throws Exception {
        LiveCamera virtual = LiveCamera.firstOrVirtual(CameraDriver.TEST_PATTERN);
        LiveMode live = new LiveMode(lesson, () -> new LiveCamera.Opened(failingAfter(virtual.open().source(), 40), null));
        robot.interact(live::start);
        waitFor(() -> onFx(() -> lesson.errorMessageProperty().get()) != null);
        String message = onFx(() -> lesson.errorMessageProperty().get());
        assertTrue(message.contains("unplugged"), message);
        assertFalse(live.activeProperty().get());
        assertSame(before, lesson.sourceClipProperty().get());
        assertSame(before, onFx(() -> lesson.sourceClipProperty().get()));
        assertNotNull(lesson.computedProperty().get());
        assertEquals(LessonSize.TINY.size(), lesson.computedProperty().get().volume().size());
    }

    /** Live mode on the virtual camera, its grabs counted in {@code grabs} ({@link #counting}). */
    private LiveMode countingLive(AtomicLong grabs) {
        LiveCamera virtual = LiveCamera.firstOrVirtual(CameraDriver.TEST_PATTERN);
        return new LiveMode(lesson, () -> new LiveCamera.Opened(counting(virtual.open().source(), grabs), null));
    }

    /** What {@link #counting} sets its count to when the camera is closed; a grab after that leaves it above. */
    private static final long CLOSED = Long.MIN_VALUE / 2;

    /** Counts grabs in {@code grabs}; on close the count becomes {@link #CLOSED}, and a later grab shows. */
    private static FrameSource counting(FrameSource source, AtomicLong grabs) {
        return new FrameSource() {
            @Override
            public String name() {
                return source.name();
            }

            @Override
            public Frame grab() throws CaptureException {
                grabs.incrementAndGet();
                return source.grab();
            }

            @Override
            public void close() {
                grabs.set(CLOSED);
                source.close();
            }
        };
    }

    private static FrameSource failingAfter(FrameSource source, int frames) {
        AtomicLong grabs = new AtomicLong();
        return new FrameSource() {
            @Override
            public String name() {
                return source.name();
            }

            @Override
            public Frame grab() throws CaptureException {
                if (grabs.incrementAndGet() > frames) {
                    throw new CaptureException(CaptureException.Reason.DISCONNECTED, "the camera was unplugged");
                }
                return source.grab();
            }

            @Override
            public void close() {
                source.close();
            }
        };
    }

    private static void waitFor(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    private static Volume clip() {
        Random rnd = new Random(1);
        float[] data = new float[16 * 32 * 32 * 3];
        for (int i = 0; i < data.length; i++) {
            data[i] = rnd.nextInt(256);
        }
        return new Volume(16, 32, 32, 3, data);
    }

    private static KernelBank kernels() {
        Random rnd = new Random(5);
        Kernel[] bank = new Kernel[2];
        for (int n = 0; n < bank.length; n++) {
            float[] w = new float[3 * 3 * 3 * 3];
            for (int i = 0; i < w.length; i++) {
                w[i] = (float) (0.1 * rnd.nextGaussian());
            }
            bank[n] = new Kernel(3, 3, 3, 3, w, 0.5f);
        }
        return KernelBank.of(bank);
    }
}
