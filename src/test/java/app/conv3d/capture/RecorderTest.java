package app.conv3d.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.capture.SyntheticDevice.Trouble;
import app.conv3d.core.Volume;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** Recording through the real webcam-capture Webcam API, with synthetic cameras that misbehave on cue. */
class RecorderTest {
    private static final CaptureTimeouts FAST =
            new CaptureTimeouts(Duration.ofSeconds(3), Duration.ofSeconds(3), Duration.ofMillis(1500));
    private static final RecordingPlan QUICK = new RecordingPlan(8, Duration.ofMillis(25), 3, Duration.ofMillis(40));
    private static final Duration NEVER_HANGS = Duration.ofSeconds(15);

    @Test
    void recordsTheFramesInOrderAfterACountdown() throws Exception {
        List<Integer> ticks = new CopyOnWriteArrayList<>();
        List<Integer> filmstrip = new CopyOnWriteArrayList<>();
        List<Frame> previews = new CopyOnWriteArrayList<>();
        Recording recording = assertTimeoutPreemptively(NEVER_HANGS, () -> {
            try (WebcamSource camera = Cameras.open(new SyntheticDriver(true, SyntheticDevice.healthy("desk cam")), null, FAST)) {
                return Recorder.start(camera, QUICK, new RecordingListener() {
                    @Override
                    public void countdown(int left) {
                        ticks.add(left);
                    }

                    @Override
                    public void previewed(Frame frame) {
                        previews.add(frame);
                    }

                    @Override
                    public void frameRecorded(int index, int total, Frame frame) {
                        filmstrip.add(index);
                        assertEquals(8, total);
                    }
                }).await(8000);
            }
        });
        assertEquals(List.of(3, 2, 1, 0), ticks);
        assertTrue(previews.size() >= 3, "the countdown shows pictures too, got " + previews.size());
        assertTrue(SyntheticDevice.number(previews.get(previews.size() - 1)) < SyntheticDevice.number(recording.frames().get(0)),
                "the countdown's pictures come before the recorded ones");
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7), filmstrip);
        assertEquals(8, recording.size());
        assertEquals("desk cam", recording.camera());
        for (int i = 1; i < recording.size(); i++) {
            assertTrue(SyntheticDevice.number(recording.frames().get(i)) > SyntheticDevice.number(recording.frames().get(i - 1)),
                    "frame " + i + " is newer than frame " + (i - 1));
            assertTrue(recording.offsetMillis(i) >= recording.offsetMillis(i - 1));
        }
        // frame i is never taken before its slot, start + i x interval
        for (int i = 0; i < recording.size(); i++) {
            assertTrue(recording.offsetMillis(i) >= i * 25, "frame " + i + " at " + recording.offsetMillis(i) + " ms");
        }
    }

    @Test
    void aRecordingBecomesAClipOfTheLessonSize() throws Exception {
        Recording recording = recordWith(new SyntheticDriver(true, SyntheticDevice.healthy("cam")), QUICK.withFrames(4));
        Volume clip = recording.toVolume(32, 32);
        assertEquals(4, clip.frames());
        assertEquals(32, clip.height());
        assertEquals(32, clip.width());
        assertEquals(0x80, clip.get(2, 16, 16, 1), 0.5); // the mid-grey body of the picture
    }

    @Test
    void noCameraSaysSo() {
        CaptureException e = assertThrows(CaptureException.class, () -> Cameras.open(new SyntheticDriver(true), null, FAST));
        assertEquals(CaptureException.Reason.NO_CAMERA, e.reason());
        assertTrue(e.getMessage().startsWith("no camera found"), e.getMessage());
    }

    @Test
    void anUnknownNameListsTheCamerasFound() {
        SyntheticDriver driver = new SyntheticDriver(true, SyntheticDevice.healthy("Front"), SyntheticDevice.healthy("Back"));
        CaptureException e = assertThrows(CaptureException.class, () -> Cameras.open(driver, "Side", FAST));
        assertEquals(CaptureException.Reason.UNKNOWN_CAMERA, e.reason());
        assertTrue(e.getMessage().contains("'Front', 'Back'"), e.getMessage());
    }

    @Test
    void aUniquePartOfTheNameFindsTheCamera() throws Exception {
        SyntheticDriver driver = new SyntheticDriver(true, SyntheticDevice.healthy("HD Webcam C270 /dev/video0"),
                SyntheticDevice.healthy("Integrated Camera /dev/video2"));
        try (WebcamSource camera = Cameras.open(driver, "c270", FAST)) {
            assertEquals("HD Webcam C270 /dev/video0", camera.name());
        }
    }

    @Test
    void aCameraThatThrowsMidRecordingStoppedWorking() {
        CaptureException e = failureMidRecording(true, Trouble.THROWS);
        assertEquals(CaptureException.Reason.DISCONNECTED, e.reason());
        assertTrue(e.getMessage().startsWith("camera 'cam' stopped working"), e.getMessage());
    }

    @Test
    void aThrowingCameraBehindANonThreadSafeDriverIsReportedTheSameWay() {
        CaptureException e = failureMidRecording(false, Trouble.THROWS);
        assertEquals(CaptureException.Reason.DISCONNECTED, e.reason());
    }

    @Test
    void aCameraThatSendsNothingSaysSo() {
        CaptureException e = failure(new SyntheticDriver(true, new SyntheticDevice("cam", Trouble.NULLS, 0)));
        assertEquals(CaptureException.Reason.NO_PICTURE, e.reason());
        assertEquals("camera 'cam' sends no pictures", e.getMessage());
    }

    @Test
    void aCameraThatHangsTimesOut() {
        CaptureException e = failureMidRecording(true, Trouble.HANGS);
        assertEquals(CaptureException.Reason.TIMEOUT, e.reason());
        assertTrue(e.getMessage().startsWith("camera 'cam' stopped answering"), e.getMessage());
    }

    @Test
    void aCameraUnpluggedMidRecordingIsReportedDisconnected() {
        CaptureException e = failureMidRecording(true, Trouble.UNPLUGGED);
        assertEquals(CaptureException.Reason.DISCONNECTED, e.reason());
        assertEquals("camera 'cam' was disconnected", e.getMessage());
    }

    @Test
    void aCameraShowingOnlyBlackSaysSo() {
        CaptureException e = failure(new SyntheticDriver(true, new SyntheticDevice("cam", Trouble.BLACK, 0)));
        assertEquals(CaptureException.Reason.BLACK_PICTURE, e.reason());
        assertTrue(e.getMessage().contains("only black"), e.getMessage());
    }

    @Test
    void aCameraThatWillNotOpenIsInUse() {
        CaptureException e = assertThrows(CaptureException.class,
                () -> Cameras.open(new SyntheticDriver(true, new SyntheticDevice("cam", Trouble.OPEN_FAILS, 0)), null, FAST));
        assertEquals(CaptureException.Reason.CAMERA_IN_USE, e.reason());
        assertTrue(e.getMessage().startsWith("camera 'cam' could not be opened"), e.getMessage());
    }

    @Test
    void aMissingNativeLibraryWhenOpeningNamesTheFix() {
        CaptureException e = assertThrows(CaptureException.class,
                () -> Cameras.open(new SyntheticDriver(true, new SyntheticDevice("cam", Trouble.OPEN_LINK_ERROR, 0)), null, FAST));
        assertEquals(CaptureException.Reason.DRIVER_MISSING, e.reason());
        assertTrue(e.getMessage().contains("libv4l-0"), e.getMessage());
    }

    @Test
    void aMissingNativeLibraryWhenLookingForCamerasNamesTheFix() {
        SyntheticDriver driver = new SyntheticDriver(true, SyntheticDevice.healthy("cam"));
        driver.discoveryError = new NoClassDefFoundError("org/bridj/Pointer");
        CaptureException e = assertThrows(CaptureException.class, () -> Cameras.open(driver, null, FAST));
        assertEquals(CaptureException.Reason.DRIVER_MISSING, e.reason());
    }

    @Test
    void aDriverThatNeverFindsAnythingTimesOut() {
        SyntheticDriver driver = new SyntheticDriver(true, SyntheticDevice.healthy("cam"));
        driver.discoveryGate = new CountDownLatch(1);
        CaptureException e = assertTimeoutPreemptively(NEVER_HANGS,
                () -> assertThrows(CaptureException.class, () -> Cameras.open(driver, null, FAST)));
        driver.discoveryGate.countDown();
        assertEquals(CaptureException.Reason.TIMEOUT, e.reason());
    }

    @Test
    void cancellingStopsTheRecording() throws Exception {
        try (WebcamSource camera = Cameras.open(new SyntheticDriver(true, SyntheticDevice.healthy("cam")), null, FAST)) {
            RecordingTask task = Recorder.start(camera, RecordingPlan.DEFAULT, RecordingListener.NONE);
            Thread.sleep(50);
            task.cancel();
            CaptureException e = assertTimeoutPreemptively(NEVER_HANGS,
                    () -> assertThrows(CaptureException.class, () -> task.await(5000)));
            assertEquals(CaptureException.Reason.CANCELLED, e.reason());
        }
    }

    private static Recording recordWith(SyntheticDriver driver, RecordingPlan plan) throws Exception {
        return assertTimeoutPreemptively(NEVER_HANGS, () -> {
            try (WebcamSource camera = Cameras.open(driver, null, FAST)) {
                return Recorder.start(camera, plan, RecordingListener.NONE).await(8000);
            }
        });
    }

    /** A camera that starts misbehaving as frame 2 of 8 is recorded: the failure, within seconds. */
    private static CaptureException failureMidRecording(boolean threadSafe, Trouble trouble) {
        SyntheticDevice device = new SyntheticDevice("cam", trouble, Integer.MAX_VALUE);
        SyntheticDriver driver = new SyntheticDriver(threadSafe, device);
        List<Integer> recorded = new CopyOnWriteArrayList<>();
        try {
            return assertTimeoutPreemptively(NEVER_HANGS, () -> assertThrows(CaptureException.class, () -> {
                try (WebcamSource camera = Cameras.open(driver, null, FAST)) {
                    Recorder.start(camera, QUICK, new RecordingListener() {
                        @Override
                        public void frameRecorded(int index, int total, Frame frame) {
                            recorded.add(index);
                            if (index == 2) {
                                device.startTrouble();
                            }
                        }
                    }).await(8000);
                }
            }));
        } finally {
            device.release.countDown();
            assertEquals(List.of(0, 1, 2), recorded, "the trouble came mid-recording");
        }
    }

    /** The recording's failure, which must come within seconds, never a hang. */
    private static CaptureException failure(SyntheticDriver driver) {
        return assertTimeoutPreemptively(NEVER_HANGS, () -> assertThrows(CaptureException.class, () -> recordWith(driver, QUICK)));
    }
}
