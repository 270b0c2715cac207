package app.conv3d.ui.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.capture.CameraDriver;
import app.conv3d.capture.CaptureTimeouts;
import app.conv3d.capture.TestPatternDevice;
import app.conv3d.core.Volume;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The capture dialog's states without a toolkit: the virtual camera, and one thread standing for the UI thread. */
class CaptureSessionTest {
    private static final CaptureTimeouts PATIENT =
            new CaptureTimeouts(Duration.ofSeconds(20), Duration.ofSeconds(20), Duration.ofSeconds(15));

    private final StandInUiThread ui = new StandInUiThread();
    private final CaptureSession session = new CaptureSession(24, 32, CameraDriver.TEST_PATTERN, PATIENT, ui);

    @AfterEach
    void close() {
        onUi(() -> {
            session.close();
            return null;
        });
        ui.shutdown();
    }

    @Test
    void opensTheVirtualCameraRecordsAndRetakes() {
        onUi(() -> {
            session.setCountdown(1, Duration.ofMillis(10));
            session.start(null);
            return null;
        });
        waitFor(() -> session.phase() == CaptureSession.Phase.PREVIEW);
        assertEquals(TestPatternDevice.NAME, onUi(() -> session.cameraProperty().get()));
        assertTrue(onUi(() -> session.cameras().contains(TestPatternDevice.NAME)));
        waitFor(() -> session.preview().pictureProperty().get() != null);

        onUi(() -> {
            session.setFrames(3);
            session.setIntervalMillis(30);
            session.record();
            return null;
        });
        waitFor(() -> session.phase() == CaptureSession.Phase.REVIEW);
        assertEquals(3, onUi(() -> session.filmstrip().size()));
        Volume clip = onUi(() -> session.clip().orElseThrow());
        assertEquals(3, clip.frames());
        assertEquals(24, clip.height());
        assertEquals(32, clip.width());

        onUi(() -> {
            session.retake();
            return null;
        });
        waitFor(() -> session.phase() == CaptureSession.Phase.PREVIEW);
        assertTrue(onUi(() -> session.filmstrip().isEmpty() && session.clip().isEmpty()));
    }

    @Test
    void aFrameCountOutsideThePlanIsRefusedWithItsReason() {
        onUi(() -> {
            session.start(null);
            return null;
        });
        waitFor(() -> session.phase() == CaptureSession.Phase.PREVIEW);
        onUi(() -> {
            session.setFrames(0);
            session.record();
            return null;
        });
        assertEquals(CaptureSession.Phase.PREVIEW, onUi(session::phase), "nothing recorded");
        assertTrue(onUi(() -> session.statusProperty().get()).contains("frames"), onUi(() -> session.statusProperty().get()));
    }

    private <T> T onUi(Callable<T> read) {
        return ui.call(read);
    }

    private void waitFor(Callable<Boolean> condition) {
        ui.waitFor(condition, () -> "the session is " + session.phase() + ": " + session.statusProperty().get());
    }
}
