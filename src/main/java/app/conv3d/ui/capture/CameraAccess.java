package app.conv3d.ui.capture;

import app.conv3d.capture.CameraDriver;
import app.conv3d.capture.Cameras;
import app.conv3d.capture.CaptureException;
import app.conv3d.capture.CaptureTimeouts;
import app.conv3d.capture.TestPatternAct;
import app.conv3d.capture.WebcamSource;
import java.util.List;

/** The cameras the capture dialog may list and open: the computer's through a driver, or a test's own. */
public interface CameraAccess {
    /** The cameras' names, in the driver's order. */
    List<String> names() throws CaptureException;

    /** Opens the camera called {@code name}; the exception's message names it and says what went wrong. */
    WebcamSource open(String name) throws CaptureException;

    /** The cameras {@code driver} finds, each call within {@code timeouts}. */
    static CameraAccess through(CameraDriver driver, CaptureTimeouts timeouts) {
        return new CameraAccess() {
            @Override
            public List<String> names() throws CaptureException {
                return Cameras.names(driver, timeouts);
            }

            @Override
            public WebcamSource open(String name) throws CaptureException {
                return Cameras.open(driver, name, timeouts);
            }
        };
    }

    /**
     * The cameras of {@code cameras}, the virtual one acting {@code gesture} while it is open (recording a training
     * class without a webcam); a real camera records as it is.
     */
    static CameraAccess acting(CameraAccess cameras, TestPatternAct gesture) {
        return new CameraAccess() {
            @Override
            public List<String> names() throws CaptureException {
                return cameras.names();
            }

            @Override
            public WebcamSource open(String name) throws CaptureException {
                WebcamSource source = cameras.open(name);
                source.act(gesture);
                return source;
            }
        };
    }
}
