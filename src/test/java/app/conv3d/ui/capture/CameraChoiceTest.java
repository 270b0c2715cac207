package app.conv3d.ui.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.capture.CameraDriver;
import app.conv3d.capture.Cameras;
import app.conv3d.capture.CaptureException;
import app.conv3d.capture.CaptureTimeouts;
import app.conv3d.capture.TestPatternDevice;
import app.conv3d.capture.WebcamSource;
import app.conv3d.ui.settings.UserSettings;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The right camera without a toolkit: names in the list, the camera last recorded with chosen again, and a camera
 * that fails to open named, with the next one opened in its place. The cameras are a fake list whose broken ones
 * refuse to open as a camera in use does; the virtual camera stands for a working one.
 */
class CameraChoiceTest {
    private static final CaptureTimeouts PATIENT =
            new CaptureTimeouts(Duration.ofSeconds(20), Duration.ofSeconds(20), Duration.ofSeconds(15));

    private final StandInUiThread ui = new StandInUiThread();
    private final Preferences node = Preferences.userRoot().node("/app/conv3d/test/" + UUID.randomUUID());
    private final List<String> statuses = new CopyOnWriteArrayList<>();
    private CaptureSession session;

    /** Lists {@code names}; opening one in {@code broken} fails, any other opens the virtual camera. */
    private final class FakeCameras implements CameraAccess {
        final List<String> names;
        final Set<String> broken;
        final List<String> opened = new CopyOnWriteArrayList<>();

        FakeCameras(List<String> names, Set<String> broken) {
            this.names = names;
            this.broken = broken;
        }

        @Override
        public List<String> names() {
            return names;
        }

        @Override
        public WebcamSource open(String name) throws CaptureException {
            opened.add(name);
            if (broken.contains(name)) {
                throw new CaptureException(CaptureException.Reason.CAMERA_IN_USE,
                        "camera '" + name + "' is in use by another program");
            }
            return Cameras.open(CameraDriver.TEST_PATTERN, TestPatternDevice.NAME, PATIENT);
        }
    }

    @AfterEach
    void close() throws BackingStoreException {
        if (session != null) {
            onUi(() -> {
                session.close();
                return null;
            });
        }
        ui.shutdown();
        node.removeNode();
    }

    private FakeCameras start(FakeCameras cameras, UserSettings memory) {
        session = new CaptureSession(24, 32, cameras, ui);
        onUi(() -> {
            session.statusProperty().addListener((obs, old, now) -> statuses.add(now));
            session.remember(memory);
            session.setCountdown(1, Duration.ofMillis(10));
            session.start(null);
            return null;
        });
        return cameras;
    }

    @Test
    void aCameraThatFailsToOpenIsNamedAndTheNextOneOpens() {
        FakeCameras cameras = start(new FakeCameras(List.of("Front camera", "Document camera"),
                Set.of("Front camera")), UserSettings.none());
        waitFor(() -> session.phase() == CaptureSession.Phase.PREVIEW);
        assertEquals(List.of("Front camera", "Document camera", TestPatternDevice.NAME), onUi(() -> List.copyOf(session.cameras())),
                "the list shows the cameras' names, the virtual one last");
        assertEquals(List.of("Front camera", "Document camera"), cameras.opened);
        assertTrue(statuses.contains("Camera 'Front camera' is in use by another program. Trying 'Document camera'..."),
                statuses.toString());
        assertEquals("Camera 'Front camera' is in use by another program. Showing 'Document camera': choose another"
                + " camera above, or press Record.", onUi(() -> session.statusProperty().get()));
        assertEquals("Document camera", onUi(() -> session.cameraProperty().get()), "the list shows it chosen");
    }

    @Test
    void whenEveryCameraFailsEachIsNamed() {
        FakeCameras cameras = start(new FakeCameras(List.of("Front camera"),
                Set.of("Front camera", TestPatternDevice.NAME)), UserSettings.none());
        waitFor(() -> session.phase() == CaptureSession.Phase.FAILED);
        assertEquals(List.of("Front camera", TestPatternDevice.NAME), cameras.opened);
        assertEquals("Camera 'Front camera' is in use by another program; camera '" + TestPatternDevice.NAME
                + "' is in use by another program", onUi(() -> session.statusProperty().get()));
    }

    @Test
    void theCameraLastRecordedWithIsChosenAgain() {
        UserSettings memory = UserSettings.in(node);
        FakeCameras first = start(new FakeCameras(List.of("Front camera", "Document camera"), Set.of()), memory);
        waitFor(() -> session.phase() == CaptureSession.Phase.PREVIEW);
        assertEquals(List.of("Front camera"), first.opened, "the first camera when nothing is remembered");
        onUi(() -> {
            session.selectCamera("Document camera");
            return null;
        });
        waitFor(() -> session.phase() == CaptureSession.Phase.PREVIEW && "Document camera".equals(first.opened.get(first.opened.size() - 1)));
        onUi(() -> {
            session.setFrames(2);
            session.setIntervalMillis(30);
            session.record();
            return null;
        });
        waitFor(() -> session.phase() == CaptureSession.Phase.REVIEW);
        onUi(() -> {
            session.close();
            return null;
        });

        FakeCameras second = start(new FakeCameras(List.of("Front camera", "Document camera"), Set.of()), memory);
        waitFor(() -> session.phase() == CaptureSession.Phase.PREVIEW);
        assertEquals(List.of("Document camera"), second.opened);
    }

    @Test
    void aRememberedCameraThatIsGoneGivesWayToTheFirst() {
        UserSettings memory = UserSettings.in(node);
        memory.put(CaptureSession.LAST_CAMERA, "Unplugged camera");
        FakeCameras cameras = start(new FakeCameras(List.of("Front camera"), Set.of()), memory);
        waitFor(() -> session.phase() == CaptureSession.Phase.PREVIEW);
        assertEquals(List.of("Front camera"), cameras.opened);
    }

    private <T> T onUi(Callable<T> read) {
        return ui.call(read);
    }

    private void waitFor(Callable<Boolean> condition) {
        ui.waitFor(condition, () -> "the session is " + session.phase() + ": " + session.statusProperty().get() + " after " + statuses);
    }
}
