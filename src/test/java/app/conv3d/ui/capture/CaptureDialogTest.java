package app.conv3d.ui.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.capture.CameraDriver;
import app.conv3d.capture.CaptureTimeouts;
import app.conv3d.core.Volume;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.image.PixelReader;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The capture dialog with the virtual camera, driven headless: preview, record, filmstrip, Use. */
@ExtendWith(ApplicationExtension.class)
class CaptureDialogTest {
    static {
        // headless JavaFX unless the build already chose a platform
        if (System.getProperty("glass.platform") == null) {
            System.setProperty("testfx.robot", "glass");
            System.setProperty("testfx.headless", "true");
            System.setProperty("prism.order", "sw");
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
        }
    }

    private CaptureSession session;
    private CaptureDialog dialog;

    @Start
    void start(Stage owner) {
        // generous deadlines: this test is about the flow, on a machine that may be busy with other builds
        CaptureTimeouts patient = new CaptureTimeouts(Duration.ofSeconds(20), Duration.ofSeconds(20), Duration.ofSeconds(15));
        session = new CaptureSession(64, 64, CameraDriver.TEST_PATTERN, patient, Platform::runLater);
        session.setCountdown(2, Duration.ofMillis(60));
        dialog = CaptureDialog.open(null, session);
        dialog.stage().show();
    }

    @Test
    void recordsFromTheVirtualCameraAndHandsOverTheClip(FxRobot robot) throws TimeoutException {
        waitForPhase(CaptureSession.Phase.PREVIEW);
        assertEquals("test-pattern", session.cameraProperty().get());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> previewHasPicture());

        robot.interact(() -> {
            session.setFrames(4);
            session.setIntervalMillis(30);
        });
        robot.clickOn("#record");
        waitForPhase(CaptureSession.Phase.REVIEW);
        assertEquals(4, session.filmstrip().size());
        assertFalse(robot.lookup("#use").queryAs(Button.class).isDisabled());

        robot.clickOn("#use");
        WaitForAsyncUtils.waitForFxEvents();
        Optional<Volume> clip = dialog.chosen();
        assertTrue(clip.isPresent());
        assertEquals(4, clip.get().frames());
        assertEquals(64, clip.get().height());
        assertFalse(dialog.stage().isShowing());
        assertEquals(CaptureSession.Phase.CLOSED, session.phase());
    }

    @Test
    void theDialogSaysThePicturesStayOnThisComputer(FxRobot robot) {
        javafx.scene.control.Label privacy = robot.lookup("#privacy").queryAs(javafx.scene.control.Label.class);
        assertTrue(privacy.isVisible());
        assertEquals("Private: the camera's frames stay on this computer. Nothing is uploaded.", privacy.getText());
        waitForPhase(CaptureSession.Phase.PREVIEW);
        robot.clickOn("#cancel"); // the dialog and its camera go, as in the other tests
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(CaptureSession.Phase.CLOSED, session.phase());
    }

    @Test
    void retakeGoesBackToThePreviewAndCancelHandsOverNothing(FxRobot robot) throws TimeoutException {
        waitForPhase(CaptureSession.Phase.PREVIEW);
        robot.interact(() -> session.setFrames(2));
        robot.clickOn("#record");
        waitForPhase(CaptureSession.Phase.REVIEW);
        robot.clickOn("#retake");
        waitForPhase(CaptureSession.Phase.PREVIEW);
        assertTrue(session.filmstrip().isEmpty());
        robot.clickOn("#cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(dialog.chosen().isEmpty());
    }

    private boolean previewHasPicture() {
        PixelReader pixels = dialog.preview().getPixelReader();
        return pixels.getArgb(32, 32) != 0;
    }

    private void waitForPhase(CaptureSession.Phase phase) {
        try {
            WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> session.phase() == phase);
        } catch (TimeoutException e) {
            throw new AssertionError("waited for " + phase + " but the dialog is " + session.phase() + ": "
                    + session.statusProperty().get(), e);
        }
    }
}
