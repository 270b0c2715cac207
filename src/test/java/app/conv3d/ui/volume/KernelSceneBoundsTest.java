package app.conv3d.ui.volume;

import static app.conv3d.ui.volume.FxTestSupport.onFx;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.core.ReceptiveField;
import app.conv3d.core.Volume;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The flat view says where it drew the kernel's box (what {@code snapshot --layout} reports as "kernel"). */
class KernelSceneBoundsTest {

    @BeforeAll
    static void startToolkit() throws Exception {
        FxTestSupport.startHeadless();
    }

    @Test
    void theBoundsAreWhereTheOrangeIs() throws Exception {
        Volume volume = TestVolumes.checkerboard(8, 60, 60, 3);
        for (ReceptiveField field : new ReceptiveField[] {
            TestVolumes.field(0, 0, 0, 5), TestVolumes.field(3, 20, 30, 5), TestVolumes.field(3, 55, 55, 5)}) {
            Picture p = draw(volume, field);
            KernelOnScreen.assertSameBox(p.said().orElseThrow(), KernelOnScreen.orange(p.image(), p.legend()), 3);
        }
    }

    @Test
    void theBoundsFollowTheKernelAndAreInTheWindowsPixels() throws Exception {
        Volume volume = TestVolumes.checkerboard(8, 60, 60, 3);
        Bounds left = draw(volume, TestVolumes.field(0, 20, 0, 5)).said().orElseThrow();
        Bounds right = draw(volume, TestVolumes.field(0, 20, 50, 5)).said().orElseThrow();
        assertTrue(right.getMinX() > left.getMaxX(), left + " then " + right);
        // the view sits 100 pixels into its window: so does the box
        assertTrue(left.getMinX() >= 100 && left.getMinY() >= 50, "in the window's pixels: " + left);
    }

    @Test
    void noKernelNoBounds() throws Exception {
        assertTrue(draw(TestVolumes.checkerboard(8, 60, 60, 3), null).said().isEmpty());
    }

    private record Picture(WritableImage image, Optional<Bounds> said, Bounds legend) {
    }

    private static Picture draw(Volume volume, ReceptiveField field) throws Exception {
        return onFx(() -> {
            IsometricVolumeView view = new IsometricVolumeView();
            StackPane room = new StackPane(view);
            room.setStyle("-fx-padding: 50 0 0 100; -fx-background-color: black;");
            Scene scene = new Scene(room, 1100, 750);
            view.volumeProperty().set(volume);
            view.fieldProperty().set(field);
            room.applyCss();
            room.layout();
            // the legend, drawn first, names the kernel in orange words
            Bounds legend = view.labelPlates().isEmpty() ? new javafx.geometry.BoundingBox(0, 0, 0, 0)
                    : view.localToScene(view.labelPlates().get(0));
            return new Picture(scene.snapshot(null), view.kernelSceneBounds(), legend);
        });
    }
}
