package app.conv3d.ui.live;

import app.conv3d.capture.CameraDriver;
import app.conv3d.capture.Cameras;
import app.conv3d.capture.CaptureException;
import app.conv3d.capture.CaptureTimeouts;
import app.conv3d.capture.FrameSource;
import app.conv3d.capture.TestPatternDevice;
import app.conv3d.ui.i18n.Messages;
import java.util.EnumSet;
import java.util.Set;

/** How live mode gets its camera; injected so tests can use the virtual camera or one that fails. */
@FunctionalInterface
public interface LiveCamera {

    /** An open camera, and a note for the teacher when it is not the one they might expect (null otherwise). */
    record Opened(FrameSource source, String note) {
    }

    /** Opens a camera; blocks (discovery can take seconds), so never on the FX thread. */
    Opened open() throws CaptureException;

    /**
     * The first camera of {@code driver}; when it finds none, or cannot run here, the virtual test-pattern
     * camera, so a teacher without a webcam still sees live mode work.
     */
    static LiveCamera firstOrVirtual(CameraDriver driver) {
        Set<CaptureException.Reason> noCamera = EnumSet.of(CaptureException.Reason.NO_CAMERA,
                CaptureException.Reason.DRIVER_MISSING, CaptureException.Reason.TIMEOUT);
        return () -> {
            if (driver == CameraDriver.TEST_PATTERN) {
                return new Opened(Cameras.open(driver, TestPatternDevice.NAME, CaptureTimeouts.DEFAULT), null);
            }
            try {
                return new Opened(Cameras.open(driver, null, CaptureTimeouts.DEFAULT), null);
            } catch (CaptureException e) {
                if (!noCamera.contains(e.reason())) {
                    throw e;
                }
                return new Opened(Cameras.open(CameraDriver.TEST_PATTERN, TestPatternDevice.NAME, CaptureTimeouts.DEFAULT),
                        Messages.text("live.noCamera"));
            }
        };
    }

    /** The camera chosen by the {@value CameraDriver#PROPERTY} setting, falling back to the virtual one. */
    static LiveCamera fromSetting() {
        return firstOrVirtual(CameraDriver.fromSetting());
    }
}
