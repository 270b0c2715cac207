package app.conv3d.ui.volume;

import static app.conv3d.ui.volume.FxTestSupport.count;
import static app.conv3d.ui.volume.FxTestSupport.near;
import static app.conv3d.ui.volume.FxTestSupport.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.core.Volume;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The 3D view's second wire box: the hovered value's field, shown while hovered and gone after. */
@Tag("3d")
class Volume3dHoverOutlineTest {
    private static Stage stage;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxTestSupport.startDesktop();
        stage = FxToolkit.registerPrimaryStage();
    }

    @AfterAll
    static void hide() throws Exception {
        onFx(() -> {
            stage.hide();
            return null;
        });
    }

    @Test
    void theHoveredFieldIsASecondWireBoxThatLeavingRemoves() throws Exception {
        Volume volume = TestVolumes.checkerboard(8, 12, 12, 3);
        VolumeView view = onFx(() -> {
            VolumeView v = new Volume3dView();
            v.volumeProperty().set(volume);
            v.fieldProperty().set(TestVolumes.field(0, 0, 0, 3));
            v.hoverFieldProperty().set(TestVolumes.field(4, 6, 7, 3));
            stage.setScene(new Scene(v, 1000, 700));
            stage.show();
            return v;
        });
        int hovered = hoverEdge(snapshot("volume-3d-hover"));
        onFx(() -> {
            view.hoverFieldProperty().set(null);
            return null;
        });
        int left = hoverEdge(snapshot("volume-3d-hover-left"));
        assertTrue(hovered > 300, "the hovered field's edges show: " + hovered);
        assertEquals(0, left, "leaving clears the outline");
    }

    private static int hoverEdge(int[] pixels) {
        Color c = VolumeView.HOVER_EDGE;
        return count(pixels, near((int) (255 * c.getRed()), (int) (255 * c.getGreen()), (int) (255 * c.getBlue()), 40));
    }

    private static int[] snapshot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents(5);
        WritableImage image = onFx(() -> stage.getScene().snapshot(null));
        FxTestSupport.save(image, name);
        return FxTestSupport.argb(image);
    }
}
