package app.conv3d.ui.volume;

import static app.conv3d.ui.volume.FxTestSupport.count;
import static app.conv3d.ui.volume.FxTestSupport.near;
import static app.conv3d.ui.volume.FxTestSupport.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.core.ReceptiveField;
import app.conv3d.core.Volume;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import java.util.ArrayList;
import java.util.List;
import javafx.event.EventType;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.SubScene;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.Shape3D;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real 3D view, rendered by the graphics pipeline (Mesa under Xvfb in CI). These tests must fail,
 * not skip, where 3D is missing: the build requires them wherever a display is present.
 */
@Tag("3d")
class Volume3dViewTest {
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
    void threeDimensionalGraphicsAreAvailable() throws Exception {
        assertTrue(Platform.isSupported(ConditionalFeature.SCENE3D),
                "SCENE3D unsupported: run with -Dprism.forceGPU=true on a display with OpenGL (xvfb-run + Mesa)");
        assertInstanceOf(Volume3dView.class, onFx(VolumeView::create));
    }

    @Test
    void rendersTheFramesTexturesAndTheKernelBox() throws Exception {
        assertTrue(Platform.isSupported(ConditionalFeature.SCENE3D));
        Volume volume = TestVolumes.checkerboard(8, 12, 12, 3);
        int[] pixels = FxTestSupport.argb(show(volume, TestVolumes.field(0, 3, 4, 3), 0.4, "volume-3d"));
        int green = count(pixels, near(0, 255, 0, 40));
        int blue = count(pixels, near(0, 0, 255, 40));
        int orange = count(pixels, near(255, 150, 20, 40));
        assertTrue(green > 5_000, "bright green texture pixels: " + green);
        assertTrue(blue > 5_000, "bright blue texture pixels: " + blue);
        assertTrue(orange > 300, "kernel edge pixels: " + orange);
    }

    @Test
    void movingTheKernelDimsTheFramesItLeaves() throws Exception {
        Volume volume = TestVolumes.checkerboard(8, 12, 12, 3);
        int[] front = FxTestSupport.argb(show(volume, TestVolumes.field(0, 0, 0, 3), 0.4, "volume-3d-front"));
        int[] back = FxTestSupport.argb(show(volume, TestVolumes.field(5, 0, 0, 3), 0.4, "volume-3d-back"));
        int brightFront = count(front, near(0, 255, 0, 40));
        int brightBack = count(back, near(0, 255, 0, 40));
        assertTrue(brightBack < brightFront / 2,
                "frame 0 in front is dimmed once the kernel leaves it: " + brightBack + " vs " + brightFront);
        assertNotEquals(0, count(back, near(255, 150, 20, 40)));
    }

    @Test
    void fullSizeClipRenders() throws Exception {
        Volume volume = TestVolumes.checkerboard(16, 256, 256, 32);
        int[] pixels = FxTestSupport.argb(show(volume, TestVolumes.field(4, 100, 60, 5), 0.6, "volume-3d-full"));
        assertTrue(count(pixels, near(0, 255, 0, 40)) > 5_000);
        assertTrue(count(pixels, near(255, 150, 20, 40)) > 100);
    }

    @Test
    void rollingBallClipShowsBallAndKernel() throws Exception {
        Volume volume = TestVolumes.movingBall(16, 64);
        int[] red = TestVolumes.BALL;
        // Kernel on the first frames: frame 0 is opaque in front, its ball at full colour.
        int[] first = FxTestSupport.argb(show(volume, TestVolumes.field(0, 30, 4, 5), 0.5, "volume-3d-ball-start"));
        assertTrue(count(first, near(red[0], red[1], red[2], 40)) > 300, "the ball shows");
        assertTrue(count(first, near(255, 150, 20, 40)) > 300, "the kernel shows");
        // Kernel in the middle: the picture for the docs.
        int[] middle = FxTestSupport.argb(show(volume, TestVolumes.field(6, 30, 24, 5), 0.5, "volume-3d-ball"));
        assertTrue(count(middle, near(255, 150, 20, 40)) > 300, "the kernel shows");
    }

    @Test
    void dragTurnsTheViewAndResetBringsItBack() throws Exception {
        Volume volume = TestVolumes.checkerboard(8, 12, 12, 3);
        int[] home = FxTestSupport.argb(show(volume, TestVolumes.field(2, 3, 4, 3), 0.4, "volume-3d-home"));
        onFx(() -> {
            VolumeView view = (VolumeView) stage.getScene().getRoot();
            Node picture = view.getChildrenUnmodifiable().get(0);
            picture.fireEvent(mouse(MouseEvent.MOUSE_PRESSED, 400, 300));
            picture.fireEvent(mouse(MouseEvent.MOUSE_DRAGGED, 520, 340));
            return null;
        });
        int[] turned = snapshot("volume-3d-turned");
        assertTrue(differing(home, turned) > home.length / 20, "a drag turns the stack");
        onFx(() -> {
            ((VolumeView) stage.getScene().getRoot()).resetView();
            return null;
        });
        int[] reset = snapshot("volume-3d-reset");
        assertTrue(differing(home, reset) < home.length / 500, "reset restores the starting view");
    }

    @Test
    void explodeSpreadsTheFramesApart() throws Exception {
        Volume volume = TestVolumes.checkerboard(8, 12, 12, 3);
        int[] touching = FxTestSupport.argb(show(volume, null, 0, "volume-3d-explode0"));
        int[] spread = FxTestSupport.argb(show(volume, null, 1, "volume-3d-explode1"));
        // Spread apart, the slabs leave gaps: less of the picture is solid texture.
        int solidTouching = count(touching, near(0, 255, 0, 40)) + count(touching, near(0, 0, 255, 40));
        int solidSpread = count(spread, near(0, 255, 0, 40)) + count(spread, near(0, 0, 255, 40));
        assertNotEquals(solidTouching, solidSpread);
        assertTrue(count(spread, near(28, 32, 40, 2)) > count(touching, near(28, 32, 40, 2)),
                "more background shows between spread frames");
    }

    @Test
    void emptyViewShowsAHint() throws Exception {
        int[] pixels = FxTestSupport.argb(show(null, TestVolumes.field(0, 0, 0, 3), 0.4, "volume-3d-empty"));
        assertTrue(count(pixels, near(255, 255, 255, 40)) > 100, "the hint's text shows");
        assertTrue(count(pixels, near(255, 150, 20, 40)) == 0, "no kernel without a clip");
    }

    @Test
    void walkingTheKernelReusesNodesAndTextures() throws Exception {
        Volume volume = TestVolumes.checkerboard(16, 64, 64, 8);
        show(volume, TestVolumes.field(0, 0, 0, 3), 0.4, "volume-3d-walk-start");
        List<Object> before = onFx(() -> sceneContents(stage.getScene().getRoot()));
        onFx(() -> {
            VolumeView view = (VolumeView) stage.getScene().getRoot();
            for (int t = 0; t < 14; t++) {
                for (int y = 0; y < 62; y += 5) {
                    view.fieldProperty().set(TestVolumes.field(t, y, y / 2, 3));
                }
            }
            return null;
        });
        List<Object> after = onFx(() -> sceneContents(stage.getScene().getRoot()));
        assertEquals(before.size(), after.size());
        for (int i = 0; i < before.size(); i++) {
            assertSame(before.get(i), after.get(i), "node or texture " + i + " was replaced");
        }
    }

    @Test
    void aRollingClipKeepsTheSlabsAndMovesTheTexturesAlong() throws Exception {
        Volume first = TestVolumes.checkerboard(9, 64, 64, 8);
        Volume window = first.frames(0, 8);
        Volume rolled = first.frames(1, 8);
        show(window, null, 0.4, "volume-3d-roll-start");
        List<Object> before = onFx(() -> sceneContents(stage.getScene().getRoot()));
        onFx(() -> {
            ((VolumeView) stage.getScene().getRoot()).volumeProperty().set(rolled);
            return null;
        });
        List<Object> after = onFx(() -> sceneContents(stage.getScene().getRoot()));
        List<Object> texturesBefore = before.stream().filter(o -> o instanceof javafx.scene.image.Image).toList();
        List<Object> texturesAfter = after.stream().filter(o -> o instanceof javafx.scene.image.Image).toList();
        assertEquals(8, texturesAfter.size());
        for (int t = 0; t < 7; t++) {
            assertSame(texturesBefore.get(t + 1), texturesAfter.get(t), "texture of frame " + t);
        }
        assertTrue(!texturesBefore.contains(texturesAfter.get(7)), "the newest frame gets a new texture");
        assertEquals(before.stream().filter(o -> o instanceof Shape3D).toList(),
                after.stream().filter(o -> o instanceof Shape3D).toList(), "the same slabs");
        int[] rolledPicture = snapshot("volume-3d-rolled");
        int[] freshPicture = FxTestSupport.argb(show(rolled, null, 0.4, "volume-3d-rolled-fresh"));
        assertEquals(0, differing(rolledPicture, freshPicture), "rolled view differs from one made for the clip");
    }

    /** Every node under {@code node}, into SubScenes, and every material texture, in drawing order. */
    private static List<Object> sceneContents(Node node) {
        List<Object> out = new ArrayList<>();
        out.add(node);
        if (node instanceof Shape3D shape && shape.getMaterial() instanceof PhongMaterial material) {
            out.add(material.getDiffuseMap());
        }
        if (node instanceof SubScene sub) {
            out.addAll(sceneContents(sub.getRoot()));
        } else if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                out.addAll(sceneContents(child));
            }
        }
        return out;
    }

    private static MouseEvent mouse(EventType<MouseEvent> type, double x, double y) {
        return new MouseEvent(type, x, y, x, y, MouseButton.PRIMARY, 1, false, false, false, false,
                true, false, false, false, false, false, null);
    }

    private static int differing(int[] a, int[] b) {
        int n = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                n++;
            }
        }
        return n;
    }

    @Test
    void labelsStayInsideThePictureAndOffEachOtherInANarrowPane() throws Exception {
        Volume volume = TestVolumes.checkerboard(16, 256, 256, 32);
        for (double[] size : new double[][] {{1000, 700}, {330, 470}, {220, 320}}) {
            onFx(() -> {
                VolumeView view = new Volume3dView();
                view.volumeProperty().set(volume);
                view.fieldProperty().set(TestVolumes.field(3, 100, 100, 5));
                stage.setScene(new Scene(view, size[0], size[1]));
                stage.show();
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents(5);
            onFx(() -> {
                Parent view = stage.getScene().getRoot();
                List<javafx.geometry.Bounds> plates = new ArrayList<>();
                // the labels' pane covers the picture above the toolbar
                Node labelPane = view.lookup("#volume-label-x").getParent();
                javafx.geometry.Bounds picture = labelPane.localToScene(labelPane.getLayoutBounds());
                for (String id : new String[] {"#volume-label-kernel", "#volume-label-x", "#volume-label-y", "#volume-label-t"}) {
                    Node label = view.lookup(id);
                    javafx.geometry.Bounds b = label.localToScene(label.getLayoutBounds());
                    assertTrue(picture.contains(b), id + " " + b + " inside the picture " + picture + " at " + size[0]);
                    plates.add(b);
                }
                for (int i = 0; i < plates.size(); i++) {
                    for (int j = i + 1; j < plates.size(); j++) {
                        assertTrue(!plates.get(i).intersects(plates.get(j)),
                                plates.get(i) + " overlaps " + plates.get(j) + " at " + size[0] + "x" + size[1]);
                    }
                }
                return null;
            });
        }
    }

    private static int[] snapshot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents(5);
        WritableImage image = onFx(() -> stage.getScene().snapshot(null));
        FxTestSupport.save(image, name);
        return FxTestSupport.argb(image);
    }

    private static WritableImage show(Volume volume, ReceptiveField field, double explode, String name)
            throws Exception {
        onFx(() -> {
            VolumeView view = new Volume3dView();
            view.volumeProperty().set(volume);
            view.fieldProperty().set(field);
            view.explodeProperty().set(explode);
            stage.setScene(new Scene(view, 1000, 700));
            stage.show();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents(5);
        WritableImage image = onFx(() -> stage.getScene().snapshot(null));
        FxTestSupport.save(image, name);
        return image;
    }
}
