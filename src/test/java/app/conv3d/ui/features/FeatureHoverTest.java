package app.conv3d.ui.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.core.Axis3;
import app.conv3d.core.Kernel;
import app.conv3d.core.KernelBank;
import app.conv3d.core.Volume;
import app.conv3d.ui.closeup.CloseUpView;
import app.conv3d.ui.lesson.Computed;
import app.conv3d.ui.lesson.Lesson;
import app.conv3d.ui.lesson.LessonSize;
import app.conv3d.ui.math.Numbers;
import app.conv3d.ui.volume.VolumeView;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Linking as in CNN Explainer, headless: hovering a feature pixel shows its value in large type by the mouse and
 * outlines the input it reads in the volume view and the close-up (wired as the window wires them); leaving clears
 * all of it; clicking still moves the kernel. And the slice keeps hard pixel edges however it is scaled.
 */
@ExtendWith(ApplicationExtension.class)
class FeatureHoverTest {
    private static final String STYLESHEET =
            FeatureHoverTest.class.getResource("/app/conv3d/ui/explorer.css").toExternalForm();
    private Stage stage;
    private Lesson lesson;
    private VolumeView volume;
    private CloseUpView closeUp;
    private FeatureViewPage page;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void hoveringShowsTheValueLargeByTheMouseAndOutlinesItsFieldUntilTheMouseLeaves(FxRobot robot)
            throws java.io.IOException {
        show(robot, randomClip(), KernelBank.of(new Kernel(5, 5, 5, 3, gaussian(375), 0.5f)));
        robot.interact(() -> lesson.setShowAll(true));
        assertNull(page.calloutText());
        assertEquals(0, hoverEdgePixels(robot));

        page.hoverPixel(3, 5);
        int t = lesson.viewSliceProperty().get();
        Computed c = lesson.computedProperty().get();
        assertEquals(Numbers.value(c.features().get(0, t, 3, 5)), page.calloutText());
        assertTrue(page.hoverText().endsWith("= " + page.calloutText()), page.hoverText());
        assertTrue(page.calloutTextScale() >= 2, "large type: " + page.calloutTextScale() + " x the body text");
        assertTrue(page.calloutNearPointer(60), "beside the mouse");
        assertNotNull(closeUp.hoverBoundsInScene(), "the close-up outlines the field");
        assertTrue(hoverEdgePixels(robot) > 100, "the volume view outlines the field");
        save(robot, "feature-hover");

        page.leaveSlice();
        assertNull(page.calloutText());
        assertNull(closeUp.hoverBoundsInScene());
        assertEquals(0, hoverEdgePixels(robot));
        assertTrue(page.hoverText().startsWith("Hover a pixel"), page.hoverText());
    }

    @Test
    void aValueNotComputedYetSaysSoAndClickingStillMovesTheKernelThere(FxRobot robot) {
        show(robot, randomClip(), KernelBank.of(new Kernel(5, 5, 5, 3, gaussian(375), 0)));
        page.hoverPixel(2, 6);
        assertEquals("?", page.calloutText());
        assertTrue(page.hoverText().contains("not computed yet"), page.hoverText());
        page.clickPixel(2, 6);
        assertEquals(new Axis3(0, 2, 6), lesson.positions().at(lesson.positionProperty().get()));
        assertEquals(Numbers.value(lesson.computedProperty().get().features().get(0, 0, 2, 6)), page.calloutText(),
                "the kernel has now computed it");
    }

    @Test
    void aCheckerboardFeatureScaledUpShowsExactlyTwoColours(FxRobot robot) {
        // a 2x2 checkerboard of 6x6-pixel squares, passed through by a 1x1x1 kernel that reads the red channel
        float[] data = new float[8 * 12 * 12 * 3];
        for (int t = 0; t < 8; t++) {
            for (int y = 0; y < 12; y++) {
                for (int x = 0; x < 12; x++) {
                    data[((t * 12 + y) * 12 + x) * 3] = (y / 6 + x / 6) % 2 == 0 ? 230 : 20;
                }
            }
        }
        show(robot, new Volume(8, 12, 12, 3, data), KernelBank.of(new Kernel(1, 1, 1, 3, new float[] {1, 0, 0}, 0)));
        robot.interact(() -> lesson.setShowAll(true));
        WritableImage slice = page.sliceSnapshot();
        assertTrue(slice.getWidth() > 12 * 10, "scaled up: " + slice.getWidth());
        Set<Integer> colours = new TreeSet<>();
        for (int y = 0; y < slice.getHeight(); y++) {
            for (int x = 0; x < slice.getWidth(); x++) {
                colours.add(slice.getPixelReader().getArgb(x, y));
            }
        }
        assertEquals(2, colours.size(), "colours on screen: " + colours);
    }

    private void show(FxRobot robot, Volume clip, KernelBank kernels) {
        lesson = new Lesson(Runnable::run, Runnable::run);
        lesson.setLessonSize(LessonSize.TINY);
        lesson.load(clip, kernels);
        robot.interact(() -> {
            volume = VolumeView.create();
            volume.volumeProperty().bind(Bindings.createObjectBinding(() -> lesson.volumeProperty().get(),
                    lesson.volumeProperty()));
            volume.hoverFieldProperty().bind(lesson.hover().fieldProperty());
            volume.setPrefSize(500, 500);
            closeUp = new CloseUpView(lesson);
            FeatureView features = new FeatureView(lesson);
            features.setPrefSize(520, 700);
            Scene scene = new Scene(new HBox(volume, features, closeUp), 1400, 760);
            scene.getStylesheets().add(STYLESHEET); // the window's, which sizes the text
            stage.setScene(scene);
            stage.show();
        });
        page = new FeatureViewPage(robot);
    }

    /** The whole scene under target/screenshots, for people to look at. */
    private void save(FxRobot robot, String name) throws java.io.IOException {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = stage.getScene().snapshot(null));
        java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(shot[0], null), "png",
                dir.resolve(name + ".png").toFile());
    }

    private int hoverEdgePixels(FxRobot robot) {
        Color c = VolumeView.HOVER_EDGE;
        int[] n = new int[1];
        robot.interact(() -> {
            WritableImage shot = volume.snapshot(null, null);
            for (int y = 0; y < shot.getHeight(); y++) {
                for (int x = 0; x < shot.getWidth(); x++) {
                    Color p = shot.getPixelReader().getColor(x, y);
                    if (Math.abs(p.getRed() - c.getRed()) < 0.12 && Math.abs(p.getGreen() - c.getGreen()) < 0.12
                            && Math.abs(p.getBlue() - c.getBlue()) < 0.12) {
                        n[0]++;
                    }
                }
            }
        });
        return n[0];
    }

    /** Random grays: nothing in the clip looks like the hover outline's magenta. */
    private static Volume randomClip() {
        Random rnd = new Random(3);
        float[] data = new float[8 * 12 * 12 * 3];
        for (int i = 0; i < data.length; i += 3) {
            data[i] = rnd.nextInt(256);
            data[i + 1] = data[i];
            data[i + 2] = data[i];
        }
        return new Volume(8, 12, 12, 3, data);
    }

    private static float[] gaussian(int n) {
        Random rnd = new Random(5);
        float[] w = new float[n];
        for (int i = 0; i < n; i++) {
            w[i] = (float) (0.5 * rnd.nextGaussian());
        }
        return w;
    }
}
