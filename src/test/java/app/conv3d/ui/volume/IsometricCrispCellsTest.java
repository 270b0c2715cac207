package app.conv3d.ui.volume;

import static app.conv3d.ui.volume.FxTestSupport.count;
import static app.conv3d.ui.volume.FxTestSupport.onFx;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.core.Volume;
import javafx.scene.Scene;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The flat view blows a frame up pixel by pixel: a one-pixel green and blue checkerboard never turns teal. */
class IsometricCrispCellsTest {

    @BeforeAll
    static void startToolkit() throws Exception {
        FxTestSupport.startHeadless();
    }

    @Test
    void enlargedFramesKeepHardPixelEdges() throws Exception {
        Volume volume = TestVolumes.checkerboard(8, 12, 12, 1);
        var shot = onFx(() -> {
            VolumeView view = new IsometricVolumeView();
            Scene scene = new Scene(view, 1000, 700);
            view.volumeProperty().set(volume);
            view.fieldProperty().set(TestVolumes.field(0, 0, 0, 3));
            view.applyCss();
            view.layout();
            return scene.snapshot(null);
        });
        FxTestSupport.save(shot, "volume-2d-crisp");
        int[] pixels = FxTestSupport.argb(shot);
        int green = count(pixels, FxTestSupport.near(0, 255, 0, 10));
        // Green and blue blended: teal. A smoothing filter blends along every cell edge of the front frame (thousands
        // of pixels); only the slanted edges of the slabs' sides may blend a few, by their antialiasing.
        int blended = count(pixels, p -> (p >> 16 & 0xFF) < 40 && Math.abs((p >> 8 & 0xFF) - 128) < 60
                && Math.abs((p & 0xFF) - 128) < 60);
        assertTrue(green > 20_000, "the front frame shows: " + green);
        assertTrue(blended < 1_000, "blended pixels: " + blended);
    }
}
