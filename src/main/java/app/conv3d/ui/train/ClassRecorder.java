package app.conv3d.ui.train;

import app.conv3d.capture.CameraDriver;
import app.conv3d.capture.CaptureTimeouts;
import app.conv3d.capture.TestPatternAct;
import app.conv3d.core.Axis3;
import app.conv3d.core.Volume;
import app.conv3d.ui.capture.CameraAccess;
import app.conv3d.ui.capture.CaptureDialog;
import app.conv3d.ui.capture.CaptureSession;
import app.conv3d.ui.i18n.Messages;
import app.conv3d.ui.settings.UserSettings;
import java.util.Optional;
import javafx.application.Platform;
import javafx.stage.Window;

/** Records one clip for a class; the window's is the capture dialog, tests may shorten its countdown. */
@FunctionalInterface
public interface ClassRecorder {
    /**
     * Records a clip of {@code size} for the class {@code className} (FX thread, waits); the virtual camera acts
     * {@code act}. Empty when the teacher cancels.
     */
    Optional<Volume> record(Window owner, String className, TestPatternAct act, Axis3 size);

    /** The capture dialog on the computer's cameras, remembering the camera in {@code settings}' capture part. */
    static ClassRecorder dialog(UserSettings settings) {
        return (owner, className, act, size) -> {
            CaptureSession session = session(CameraAccess.through(CameraDriver.fromSetting(), CaptureTimeouts.DEFAULT),
                    act, size);
            session.remember(settings.part(CaptureDialog.SETTINGS_PART));
            return CaptureDialog.show(owner, session, Messages.text("trainingSet.record.title", className));
        };
    }

    /** A capture session of {@code size}'s frames and frame size, the virtual camera among {@code cameras} acting. */
    static CaptureSession session(CameraAccess cameras, TestPatternAct act, Axis3 size) {
        CaptureSession session = new CaptureSession(size.h(), size.w(), CameraAccess.acting(cameras, act),
                Platform::runLater);
        session.setFrames(size.t());
        return session;
    }
}
