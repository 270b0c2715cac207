package app.conv3d.ui.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;
import javafx.geometry.Bounds;
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

@ExtendWith(ApplicationExtension.class)
class PixelCanvasTest {
    private static final int RED = 0xFFE0301E;
    private static final int BLUE = 0xFF1E50E0;
    private PixelCanvas canvas;

    @Start
    void start(Stage stage) {
        canvas = new PixelCanvas("checker");
        WritableImage image = new WritableImage(2, 2);
        image.getPixelWriter().setPixels(0, 0, 2, 2, PixelFormat.getIntArgbInstance(), new int[] {RED, BLUE, BLUE, RED}, 0, 2);
        canvas.setImage(image);
        canvas.setPrefSize(301, 287);
        stage.setScene(new Scene(new StackPane(canvas), 400, 400));
        stage.show();
    }

    @Test
    void aCheckerboardScaledUpKeepsItsTwoColours(FxRobot robot) {
        Set<String> colours = new TreeSet<>();
        robot.interact(() -> {
            WritableImage shot = canvas.snapshot(null, null);
            int w = (int) shot.getWidth();
            int h = (int) shot.getHeight();
            for (int y = 2; y < h - 2; y++) {
                for (int x = 10; x < w - 10; x++) {
                    colours.add(Integer.toHexString(shot.getPixelReader().getArgb(x, y)));
                }
            }
        });
        assertEquals(Set.of(Integer.toHexString(RED), Integer.toHexString(BLUE)), colours);
    }
}
