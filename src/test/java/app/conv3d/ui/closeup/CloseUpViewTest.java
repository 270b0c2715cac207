package app.conv3d.ui.closeup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.core.Kernel;
import app.conv3d.core.KernelBank;
import app.conv3d.core.Volume;
import app.conv3d.ui.lesson.DefaultLesson;
import app.conv3d.ui.lesson.Lesson;
import app.conv3d.ui.lesson.LessonSize;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The close-up on the headless toolkit: big enough for the back row, crisp, and a way into the arithmetic. */
@ExtendWith(ApplicationExtension.class)
class CloseUpViewTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void theDefaultLessonsKernelIsAtLeastFortyPixelsInAThreeHundredPixelView(FxRobot robot) throws IOException {
        Lesson lesson = new Lesson(Runnable::run, Runnable::run);
        lesson.load(DefaultLesson.clip(), DefaultLesson.kernels());
        CloseUpView view = show(robot, lesson, 300, 250);
        robot.interact(() -> lesson.moveTo(4, 100, 120));
        Bounds kernel = view.kernelBoundsInScene();
        assertTrue(kernel.getWidth() >= 40 && kernel.getHeight() >= 40, "kernel drawn " + kernel);
        save(robot, view, "closeup-default-300x250");
        robot.interact(() -> view.setPrefSize(600, 500));
        Bounds larger = view.kernelBoundsInScene();
        assertTrue(larger.getWidth() >= 1.8 * kernel.getWidth(), "scales with its region: " + kernel + " " + larger);
        save(robot, view, "closeup-default-600x500");
    }

    @Test
    void aCheckerboardClipShowsExactlyItsTwoColoursInEveryCell(FxRobot robot) {
        Lesson lesson = new Lesson(Runnable::run, Runnable::run);
        lesson.setLessonSize(LessonSize.TINY);
        lesson.load(checkerboard(8, 12, 12), KernelBank.of(new Kernel(3, 3, 3, 3, new float[81], 0)));
        CloseUpView view = show(robot, lesson, 331, 259); // sizes that divide evenly into nothing
        robot.interact(() -> lesson.moveTo(2, 3, 4));
        Set<Integer> colours = new TreeSet<>();
        robot.interact(() -> {
            WritableImage shot = view.snapshot(null, null);
            CloseUp p = view.model().pictureProperty().get();
            for (int r = 0; r < p.rows(); r++) {
                for (int c = 0; c < p.columns(); c++) {
                    Bounds cell = view.cellBounds(0, r, c);
                    // inside the cell, clear of the outlines drawn along its edges
                    for (int y = (int) cell.getMinY() + 4; y < cell.getMaxY() - 4; y++) {
                        for (int x = (int) cell.getMinX() + 4; x < cell.getMaxX() - 4; x++) {
                            colours.add(shot.getPixelReader().getArgb(x, y));
                        }
                    }
                }
            }
        });
        assertEquals(Set.of(RED, BLUE), colours);
    }

    @Test
    void zeroPaddingIsDrawnApartFromTheClip(FxRobot robot) throws IOException {
        Lesson lesson = new Lesson(Runnable::run, Runnable::run);
        lesson.load(DefaultLesson.clip(), DefaultLesson.kernels());
        lesson.setSpec(app.conv3d.core.ConvSpec.VALID.withPadding(app.conv3d.core.Padding.SAME)); // two cells of zeros
        CloseUpView view = show(robot, lesson, 300, 250);
        save(robot, view, "closeup-padding");
        int[] corner = new int[2];
        robot.interact(() -> {
            WritableImage shot = view.snapshot(null, null);
            Bounds padding = view.cellBounds(2, 0, 0); // frame 0, row and column -2
            Bounds inside = view.cellBounds(2, 2, 2); // frame 0, row and column 0
            corner[0] = shot.getPixelReader().getArgb((int) padding.getMinX() + 2, (int) padding.getMinY() + 2);
            corner[1] = shot.getPixelReader().getArgb((int) inside.getMinX() + 4, (int) inside.getMinY() + 4);
        });
        assertEquals(0xFF000000 | 70 << 16 | 76 << 8 | 90, corner[0], Integer.toHexString(corner[0]));
        int clip = app.conv3d.core.ClipPixels.argb(lesson.computedProperty().get().volume().data(), 0, 3);
        assertEquals(clip, corner[1], "the first pixel of the clip in its own colour");
    }

    @Test
    void clickingAFrameShowsItInTheArithmeticAndTheChannelTileTurnsTheChannel(FxRobot robot) {
        Lesson lesson = new Lesson(Runnable::run, Runnable::run);
        lesson.setLessonSize(LessonSize.TINY);
        lesson.load(checkerboard(8, 12, 12), KernelBank.of(new Kernel(3, 3, 3, 3, new float[81], 0)));
        CloseUpView view = show(robot, lesson, 400, 300);
        robot.clickOn(view.localToScreen(centre(view.cellBounds(2, 1, 1))));
        assertEquals(2, lesson.mathFrameProperty().get());
        assertEquals(2, view.model().pictureProperty().get().selectedFrame());
        robot.clickOn(view.localToScreen(centre(view.cellBounds(3, 1, 1))));
        assertEquals(1, lesson.mathChannelProperty().get());
    }

    private static javafx.geometry.Point2D centre(Bounds b) {
        return new javafx.geometry.Point2D(b.getCenterX(), b.getCenterY());
    }

    private static final int RED = 0xFFE0301E;
    private static final int BLUE = 0xFF1E50E0;

    /** Squares of 3x3 pixels in two colours, the pattern shifted by one square from frame to frame. */
    static Volume checkerboard(int frames, int height, int width) {
        float[] data = new float[frames * height * width * 3];
        for (int t = 0; t < frames; t++) {
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    int colour = ((t + y / 3 + x / 3) % 2 == 0) ? RED : BLUE;
                    int i = ((t * height + y) * width + x) * 3;
                    data[i] = colour >> 16 & 0xFF;
                    data[i + 1] = colour >> 8 & 0xFF;
                    data[i + 2] = colour & 0xFF;
                }
            }
        }
        return new Volume(frames, height, width, 3, data);
    }

    private CloseUpView show(FxRobot robot, Lesson lesson, double width, double height) {
        CloseUpView[] made = new CloseUpView[1];
        robot.interact(() -> {
            made[0] = new CloseUpView(lesson);
            made[0].setPrefSize(width, height);
            stage.setScene(new Scene(new Pane(made[0]), width + 100, height + 100));
            stage.show();
        });
        return made[0];
    }

    private static void save(FxRobot robot, CloseUpView view, String name) throws IOException {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = view.snapshot(null, null));
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        ImageIO.write(SwingFXUtils.fromFXImage(shot[0], null), "png", dir.resolve(name + ".png").toFile());
    }
}
