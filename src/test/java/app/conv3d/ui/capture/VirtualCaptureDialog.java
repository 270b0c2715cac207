package app.conv3d.ui.capture;

import app.conv3d.capture.CameraDriver;
import app.conv3d.capture.CaptureTimeouts;
import java.time.Duration;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The capture dialog on the virtual camera, shown without waiting, for tests outside this package. */
public final class VirtualCaptureDialog {
    private VirtualCaptureDialog() {
    }

    /** Opens and shows the dialog over {@code owner} (FX thread); closing the stage ends its session. */
    public static Stage show(Window owner) {
        CaptureTimeouts patient = new CaptureTimeouts(Duration.ofSeconds(20), Duration.ofSeconds(20), Duration.ofSeconds(15));
        CaptureSession session = new CaptureSession(64, 64, CameraDriver.TEST_PATTERN, patient, Platform::runLater);
        Stage stage = CaptureDialog.open(owner, session).stage();
        stage.show();
        return stage;
    }
}
