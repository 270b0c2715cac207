package app.conv3d.ui.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Enlarged images keep hard pixel edges on the software pipeline, where ImageView.setSmooth(false) does not. */
@ExtendWith(ApplicationExtension.class)
class PixelCanvasTest {
    private static final int RED = 0xFFE0301E;
    private static final int BLUE = 0xFF1E50E0;
    private PixelCanvas canvas;

    @Start
    void start(Stage stage) {
        canvas = new PixelCanvas("checker");
        WritableImage image = new WritableImage(2, 2);
        image.getPixelWriter().setPixels(0, 0, 2, 2, PixelFormat.getIntArgbInstance(),
                new int[] {RED, BLUE, BLUE, RED}, 0, 2);
        canvas.setImage(image);
        canvas.setMaxSize(301, 287); // scales that are not whole numbers
        stage.setScene(new Scene(new StackPane(canvas), 400, 400));
        stage.show();
    }

    @Test
    void aTwoByTwoCheckerboardScaledUpShowsExactlyItsTwoColours(FxRobot robot) {
        Set<Integer> colours = new TreeSet<>();
        robot.interact(() -> {
            WritableImage shot = canvas.lookup(".pixel-image").snapshot(null, null); // the picture, not the margin
            assertEquals(287, shot.getWidth());
            for (int y = 0; y < shot.getHeight(); y++) {
                for (int x = 0; x < shot.getWidth(); x++) {
                    colours.add(shot.getPixelReader().getArgb(x, y));
                }
            }
        });
        assertEquals(Set.of(RED, BLUE), colours);
    }

    @Test
    void aPictureChangedInOneRowLooksAsIfDrawnAfresh(FxRobot robot) {
        int[] first = new int[5 * 4];
        for (int i = 0; i < first.length; i++) {
            first[i] = i % 2 == 0 ? RED : BLUE;
        }
        int[] second = first.clone();
        second[2 * 5 + 1] = 0xFF20A040; // one pixel of row 2
        second[2 * 5 + 4] = 0; // and a blank one: the hatch shows through
        int[][] shots = new int[2][];
        robot.interact(() -> {
            canvas.setImage(image(first, 5, 4));
            canvas.layout();
            canvas.setImage(image(second, 5, 4)); // rewrites row 2 only
            shots[0] = pixels(canvas.lookup(".pixel-image").snapshot(null, null));
            canvas.setImage(null);
            canvas.layout();
            canvas.setImage(image(second, 5, 4)); // afresh
            canvas.layout();
            shots[1] = pixels(canvas.lookup(".pixel-image").snapshot(null, null));
        });
        org.junit.jupiter.api.Assertions.assertArrayEquals(shots[1], shots[0]);
    }

    @Test
    void onlyTheRowsSaidToHaveChangedAreRedrawn(FxRobot robot) {
        int[] first = new int[5 * 4];
        java.util.Arrays.fill(first, RED);
        int[] second = first.clone();
        second[1 * 5 + 2] = BLUE; // row 1
        second[3 * 5 + 0] = BLUE; // row 3, not reported below
        int[][] shots = new int[2][];
        robot.interact(() -> {
            canvas.setPixels(5, 4, first, 0, 4);
            canvas.layout();
            canvas.setPixels(5, 4, second, 1, 2);
            shots[0] = pixels(canvas.lookup(".pixel-image").snapshot(null, null));
            int[] expected = first.clone();
            expected[1 * 5 + 2] = BLUE;
            canvas.clear();
            canvas.layout();
            canvas.setPixels(5, 4, expected, 0, 4);
            canvas.layout();
            shots[1] = pixels(canvas.lookup(".pixel-image").snapshot(null, null));
        });
        org.junit.jupiter.api.Assertions.assertArrayEquals(shots[1], shots[0]);
    }

    private static WritableImage image(int[] argb, int w, int h) {
        WritableImage image = new WritableImage(w, h);
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return image;
    }

    private static int[] pixels(WritableImage shot) {
        int w = (int) shot.getWidth();
        int h = (int) shot.getHeight();
        int[] argb = new int[w * h];
        shot.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return argb;
    }
}
