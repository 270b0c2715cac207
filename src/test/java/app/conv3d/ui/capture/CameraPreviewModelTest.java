package app.conv3d.ui.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.capture.CameraDriver;
import app.conv3d.capture.Cameras;
import app.conv3d.capture.CaptureException;
import app.conv3d.capture.CaptureTimeouts;
import app.conv3d.capture.Frame;
import app.conv3d.capture.TestPatternDevice;
import app.conv3d.capture.WebcamSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** The live picture without a toolkit: the virtual camera, and a plain executor standing for the UI thread. */
class CameraPreviewModelTest {
    private static final CaptureTimeouts PATIENT =
            new CaptureTimeouts(Duration.ofSeconds(20), Duration.ofSeconds(20), Duration.ofSeconds(15));

    private static Frame plain(int argb) {
        int[] pixels = new int[16 * 12];
        Arrays.fill(pixels, argb);
        return new Frame(16, 12, pixels, 0);
    }

    @Test
    void aUiThreadThatIsBehindGetsOnlyTheNewestPicture() {
        List<Runnable> waiting = new ArrayList<>();
        CameraPreviewModel preview = new CameraPreviewModel(6, 8, waiting::add);
        preview.show(plain(0xFF0000FF));
        preview.show(plain(0xFF00FF00));
        preview.show(plain(0xFFFF0000));
        assertEquals(1, waiting.size(), "one hand-over waits, however many pictures came");
        assertNull(preview.pictureProperty().get());

        waiting.get(0).run();
        ArgbPicture shown = preview.pictureProperty().get();
        assertEquals(8, shown.width());
        assertEquals(6, shown.height());
        assertTrue(Arrays.stream(shown.argb()).allMatch(p -> p == 0xFFFF0000), "the last picture, fitted");

        preview.show(plain(0xFF123456));
        assertEquals(2, waiting.size(), "the next picture gets a hand-over of its own");
    }

    @Test
    void previewsTheVirtualCameraUntilStopped() throws CaptureException {
        WebcamSource camera = Cameras.open(CameraDriver.TEST_PATTERN, TestPatternDevice.NAME, PATIENT);
        try {
            CameraPreviewModel preview = new CameraPreviewModel(24, 32, Runnable::run);
            AtomicInteger pictures = new AtomicInteger();
            preview.pictureProperty().addListener((obs, old, now) -> pictures.incrementAndGet());
            preview.start(camera, why -> {
                throw new AssertionError(why);
            });
            assertTrue(preview.running());
            waitFor(() -> pictures.get() >= 2);
            ArgbPicture p = preview.pictureProperty().get();
            assertEquals(32 * 24, p.argb().length);
            assertTrue(Arrays.stream(p.argb()).anyMatch(argb -> (argb & 0xFFFFFF) != 0), "a picture, not black");

            preview.stop();
            assertFalse(preview.running());
        } finally {
            camera.close();
        }
    }

    @Test
    void aCameraThatFailsStopsThePreviewWithItsMessage() throws Exception {
        WebcamSource camera = Cameras.open(CameraDriver.TEST_PATTERN, TestPatternDevice.NAME, PATIENT);
        camera.close();
        CameraPreviewModel preview = new CameraPreviewModel(24, 32, Runnable::run);
        CompletableFuture<String> failed = new CompletableFuture<>();
        preview.start(camera, failed::complete);
        String why = failed.get(20, TimeUnit.SECONDS);
        assertTrue(why.contains("test-pattern") && why.contains("closed"), why);
        assertFalse(preview.running());
        assertNull(preview.pictureProperty().get());
    }

    private static void waitFor(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out");
            }
            Thread.onSpinWait();
        }
    }
}
