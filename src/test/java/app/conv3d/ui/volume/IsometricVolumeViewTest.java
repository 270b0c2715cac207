package app.conv3d.ui.volume;

import static app.conv3d.ui.volume.FxTestSupport.count;
import static app.conv3d.ui.volume.FxTestSupport.near;
import static app.conv3d.ui.volume.FxTestSupport.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.core.ReceptiveField;
import app.conv3d.core.Volume;
import java.util.List;
import javafx.application.ConditionalFeature;
import javafx.geometry.Bounds;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The flat fallback on the headless toolkit: it must draw the frames and the kernel, never nothing. */
class IsometricVolumeViewTest {

    @BeforeAll
    static void startToolkit() throws Exception {
        FxTestSupport.startHeadless();
    }

    @Test
    void createFallsBackWhenThereIsNo3d() throws Exception {
        boolean has3d = Platform.isSupported(ConditionalFeature.SCENE3D);
        // Under the default headless test run (Monocle, software pipeline) there is no 3D.
        Class<? extends VolumeView> expected = has3d ? Volume3dView.class : IsometricVolumeView.class;
        assertInstanceOf(expected, onFx(VolumeView::create));
        String before = System.getProperty(VolumeView.VIEW_PROPERTY);
        System.setProperty(VolumeView.VIEW_PROPERTY, "2d");
        try {
            assertInstanceOf(IsometricVolumeView.class, onFx(VolumeView::create));
        } finally {
            if (before == null) {
                System.clearProperty(VolumeView.VIEW_PROPERTY);
            } else {
                System.setProperty(VolumeView.VIEW_PROPERTY, before);
            }
        }
    }

    @Test
    void drawsTheFramesAndTheKernelBox() throws Exception {
        Volume volume = TestVolumes.checkerboard(8, 12, 12, 3);
        int[] pixels = FxTestSupport.argb(render(volume, TestVolumes.field(2, 3, 4, 3), 0.4, "volume-2d"));
        int green = count(pixels, near(0, 255, 0, 30));
        int blue = count(pixels, near(0, 0, 255, 30));
        int orange = count(pixels, near(255, 150, 20, 30));
        assertTrue(green > 5_000, "bright green frame pixels: " + green);
        assertTrue(blue > 5_000, "bright blue frame pixels: " + blue);
        assertTrue(orange > 300, "kernel edge pixels: " + orange);
    }

    @Test
    void rollingBallClipShowsBallAndKernel() throws Exception {
        Volume volume = TestVolumes.movingBall(16, 64);
        int[] red = TestVolumes.BALL;
        // Kernel on the first frames: frame 0 is opaque in front, its ball at full colour.
        int[] first = FxTestSupport.argb(render(volume, TestVolumes.field(0, 30, 4, 5), 0.5, "volume-2d-ball-start"));
        assertTrue(count(first, near(red[0], red[1], red[2], 40)) > 300, "the ball shows");
        assertTrue(count(first, near(255, 150, 20, 40)) > 300, "the kernel shows");
        // Kernel in the middle: the picture for the docs.
        int[] middle = FxTestSupport.argb(render(volume, TestVolumes.field(6, 30, 24, 5), 0.5, "volume-2d-ball"));
        assertTrue(count(middle, near(255, 150, 20, 40)) > 300, "the kernel shows");
    }

    @Test
    void framesOutsideTheKernelAreDimmed() throws Exception {
        Volume volume = TestVolumes.checkerboard(8, 12, 12, 3);
        // The kernel only reaches the last frames, so frame 0 in front is dimmed.
        int[] withField = FxTestSupport.argb(render(volume, TestVolumes.field(5, 0, 0, 3), 0.4, "volume-2d-dim"));
        int[] without = FxTestSupport.argb(render(volume, null, 0.4, "volume-2d-plain"));
        int brightWith = count(withField, near(0, 255, 0, 30));
        int brightWithout = count(without, near(0, 255, 0, 30));
        assertTrue(brightWith < brightWithout / 2,
                "bright green with the kernel at the back " + brightWith + " vs without " + brightWithout);
        assertTrue(count(without, near(255, 150, 20, 30)) == 0, "no kernel, no orange");
    }

    @Test
    void emptyViewShowsAHintInsteadOfNothing() throws Exception {
        int[] pixels = FxTestSupport.argb(render(null, null, 0.4, "volume-2d-empty"));
        int background = count(pixels, near(28, 32, 40, 3));
        assertTrue(background < pixels.length, "something besides background is drawn");
        assertTrue(count(pixels, near(255, 255, 255, 40)) > 100, "the hint's white text shows");
    }

    @Test
    void labelsStayInsideThePictureAndOffEachOtherInANarrowPane() throws Exception {
        Volume volume = TestVolumes.checkerboard(16, 256, 256, 32);
        for (double[] size : new double[][] {{1000, 700}, {330, 470}, {200, 320}, {600, 260}}) {
            List<Bounds> plates = onFx(() -> {
                IsometricVolumeView view = new IsometricVolumeView();
                new Scene(view, size[0], size[1]);
                view.volumeProperty().set(volume);
                view.fieldProperty().set(TestVolumes.field(3, 100, 100, 5));
                view.applyCss();
                view.layout();
                Bounds picture = view.pictureBounds();
                for (Bounds b : view.labelPlates()) {
                    assertTrue(b.getMinX() >= 0 && b.getMinY() >= 0 && b.getMaxX() <= picture.getWidth()
                            && b.getMaxY() <= picture.getHeight(), b + " inside " + picture + " at " + size[0] + "x" + size[1]);
                }
                return view.labelPlates();
            });
            assertEquals(4, plates.size(), "legend, x, y and t");
            for (int i = 0; i < plates.size(); i++) {
                for (int j = i + 1; j < plates.size(); j++) {
                    assertFalse(plates.get(i).intersects(plates.get(j)),
                            plates.get(i) + " overlaps " + plates.get(j) + " at " + size[0] + "x" + size[1]);
                }
            }
        }
    }

    private static WritableImage render(Volume volume, ReceptiveField field, double explode, String name)
            throws Exception {
        WritableImage image = onFx(() -> {
            VolumeView view = new IsometricVolumeView();
            Scene scene = new Scene(view, 1000, 700);
            view.volumeProperty().set(volume);
            view.fieldProperty().set(field);
            view.explodeProperty().set(explode);
            view.applyCss();
            view.layout();
            return scene.snapshot(null);
        });
        FxTestSupport.save(image, name);
        return image;
    }
}
