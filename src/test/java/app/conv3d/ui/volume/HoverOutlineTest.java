package app.conv3d.ui.volume;

import static app.conv3d.ui.volume.FxTestSupport.count;
import static app.conv3d.ui.volume.FxTestSupport.near;
import static app.conv3d.ui.volume.FxTestSupport.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.core.ReceptiveField;
import app.conv3d.core.Volume;
import javafx.scene.Scene;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The flat view outlines the hovered value's field beside the kernel, and forgets it when the mouse leaves. */
class HoverOutlineTest {
    private static final Color HOVER = VolumeView.HOVER_EDGE;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxTestSupport.startHeadless();
    }

    @Test
    void theHoveredFieldIsOutlinedAndLeavingClearsIt() throws Exception {
        Volume volume = TestVolumes.checkerboard(8, 12, 12, 3);
        int[] none = render(volume, null, "volume-2d-no-hover");
        int[] hovered = render(volume, TestVolumes.field(4, 6, 7, 3), "volume-2d-hover");
        assertEquals(0, hoverEdge(none), "no hover, no outline");
        assertTrue(hoverEdge(hovered) > 300, "the hovered field's edges show: " + hoverEdge(hovered));
    }

    private static int hoverEdge(int[] pixels) {
        return count(pixels, near((int) (255 * HOVER.getRed()), (int) (255 * HOVER.getGreen()),
                (int) (255 * HOVER.getBlue()), 30));
    }

    private static int[] render(Volume volume, ReceptiveField hover, String name) throws Exception {
        var image = onFx(() -> {
            VolumeView view = new IsometricVolumeView();
            Scene scene = new Scene(view, 1000, 700);
            view.volumeProperty().set(volume);
            view.fieldProperty().set(TestVolumes.field(0, 0, 0, 3));
            view.hoverFieldProperty().set(hover);
            view.applyCss();
            view.layout();
            return scene.snapshot(null);
        });
        FxTestSupport.save(image, name);
        return FxTestSupport.argb(image);
    }
}
