package app.conv3d.ui.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import app.conv3d.core.Kernel;
import app.conv3d.core.KernelBank;
import app.conv3d.core.Volume;
import app.conv3d.ui.lesson.Lesson;
import app.conv3d.ui.lesson.LessonSize;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.Random;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A kernel edit in the feature view: first the slice on screen, coloured on the scale already on screen (and the
 * colour bar still saying so), then exactly the picture of the whole result, pixel for pixel what a view that computed the new
 * kernels in one step shows.
 */
@ExtendWith(ApplicationExtension.class)
class FeatureSliceFirstTest {
    private final Queue<Runnable> background = new ArrayDeque<>();
    /** What the compute thread hands to the FX thread, run when the test says. */
    private final Queue<Runnable> deliveries = new ArrayDeque<>();
    private Lesson stepwise;
    private Lesson oneStep;
    private FeatureView stepwiseView;
    private FeatureView oneStepView;
    private final KernelBank before = bank(1);
    private final KernelBank after = bank(2);

    @Start
    void start(Stage stage) {
        Volume clip = clip();
        stepwise = new Lesson(background::add, deliveries::add);
        oneStep = new Lesson(Runnable::run, Runnable::run);
        for (Lesson l : new Lesson[] {stepwise, oneStep}) {
            l.setLessonSize(LessonSize.TINY);
            l.load(clip, l == stepwise ? before : after);
            l.setShowAll(true);
        }
        runAll();
        stepwiseView = new FeatureView(stepwise);
        oneStepView = new FeatureView(oneStep);
        stepwiseView.setPrefSize(500, 640);
        oneStepView.setPrefSize(500, 640);
        Scene scene = new Scene(new HBox(stepwiseView, oneStepView), 1000, 640);
        scene.getStylesheets().add(getClass().getResource("/app/conv3d/ui/explorer.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theSliceComesFirstAndThePictureEndsAsTheOneStepPicture(FxRobot robot) {
        int[] old = slice(robot, stepwiseView);
        String scale = text(robot, stepwiseView, "#colorBarHigh");
        robot.interact(() -> {
            stepwise.setKernelBank(after);
            runBackground(); // both steps; what they deliver waits for the FX thread
            assertEquals(2, deliveries.size(), "the slice on screen, then the whole result");
            deliveries.poll().run(); // the slice on screen reaches the view, the whole result not yet
        });
        int[] first = slice(robot, stepwiseView);
        assertFalse(java.util.Arrays.equals(old, first), "the new kernel's slice is on screen");
        assertEquals(scale, text(robot, stepwiseView, "#colorBarHigh"),
                "until the whole volume's scale arrives, the slice is coloured on the one on screen");

        robot.interact(() -> deliveries.poll().run()); // the whole result
        assertArrayEquals(slice(robot, oneStepView), slice(robot, stepwiseView), "exactly the one-step picture");
        assertEquals(text(robot, oneStepView, "#colorBarHigh"), text(robot, stepwiseView, "#colorBarHigh"));
    }

    private void runBackground() {
        for (Runnable r; (r = background.poll()) != null; ) {
            r.run();
        }
    }

    private void runAll() {
        while (!background.isEmpty() || !deliveries.isEmpty()) {
            runBackground();
            for (Runnable r; (r = deliveries.poll()) != null; ) {
                r.run();
            }
        }
    }

    private static int[] slice(FxRobot robot, FeatureView view) {
        int[][] argb = new int[1][];
        robot.interact(() -> {
            WritableImage shot = view.lookup("#" + FeatureView.OUTPUT_ID).lookup(".pixel-image").snapshot(null, null);
            int w = (int) shot.getWidth();
            int h = (int) shot.getHeight();
            argb[0] = new int[w * h];
            shot.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb[0], 0, w);
        });
        return argb[0];
    }

    private static String text(FxRobot robot, FeatureView view, String query) {
        String[] text = new String[1];
        robot.interact(() -> text[0] = ((Label) view.lookup(query)).getText());
        return text[0];
    }

    private static Volume clip() {
        Random rnd = new Random(7);
        float[] data = new float[8 * 12 * 12 * 3];
        for (int i = 0; i < data.length; i++) {
            data[i] = rnd.nextInt(256);
        }
        return new Volume(8, 12, 12, 3, data);
    }

    private static KernelBank bank(int seed) {
        Random rnd = new Random(seed);
        float[] w = new float[5 * 5 * 5 * 3];
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) rnd.nextGaussian();
        }
        return KernelBank.of(new Kernel(5, 5, 5, 3, w, 0));
    }
}
