package app.conv3d.ui.volume;

import static app.conv3d.ui.volume.FxTestSupport.onFx;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.core.ReceptiveField;
import app.conv3d.core.Volume;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The 3D view's kernel box, projected through its camera, is where the picture shows it. */
@Tag("3d")
class KernelSceneBounds3dTest {
    private static Stage stage;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxTestSupport.startDesktop();
        stage = FxToolkit.registerPrimaryStage();
    }

    @Test
    void theProjectedCornersAreWhereTheOrangeIs() throws Exception {
        assertTrue(Platform.isSupported(ConditionalFeature.SCENE3D));
        Volume volume = TestVolumes.checkerboard(8, 60, 60, 3);
        for (ReceptiveField field : new ReceptiveField[] {
            TestVolumes.field(0, 0, 0, 5), TestVolumes.field(3, 20, 30, 5)}) {
            VolumeView view = onFx(() -> {
                VolumeView v = new Volume3dView();
                v.volumeProperty().set(volume);
                v.fieldProperty().set(field);
                stage.setScene(new Scene(v, 1000, 700));
                stage.show();
                return v;
            });
            WaitForAsyncUtils.waitForFxEvents(5);
            WritableImage image = onFx(() -> stage.getScene().snapshot(null));
            Bounds said = onFx(view::kernelSceneBounds).orElseThrow();
            javafx.scene.Node caption = onFx(() -> view.lookup("#volume-label-kernel"));
            Bounds legend = onFx(() -> caption.localToScene(caption.getLayoutBounds()));
            // the box's edges are lines a few pixels thick around its corners
            KernelOnScreen.assertSameBox(said, KernelOnScreen.orange(image, legend), 6);
        }
    }
}
