package app.conv3d.ui.train;

import static app.conv3d.ui.train.TrainingSetPage.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.capture.TestPatternAct;
import app.conv3d.capture.TestPatternDevice;
import app.conv3d.core.Volume;
import app.conv3d.ui.app.Theme;
import app.conv3d.ui.kernel.HeadlessFx;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Photographs the training set at a 1280x720 projector's size (and half its width, as beside another view) to
 * target/training-set*.png, for a person to look at: three classes of clips the virtual camera acted, one class
 * still empty, mirroring chosen, and an import that failed.
 */
@ExtendWith(ApplicationExtension.class)
class TrainingSetScreenshotTest {
    static {
        HeadlessFx.configure();
    }

    private static final String WINDOW_STYLESHEET = "/app/conv3d/ui/explorer.css";
    private TrainingSetModel model;
    private TrainingSetPane pane;
    private Scene scene;

    @Start
    void start(Stage stage) {
        model = new TrainingSetModel(Platform::runLater);
        pane = new TrainingSetPane(model, () -> (owner, purpose) -> Optional.empty(),
                (owner, name, act, size) -> Optional.empty());
        scene = new Scene(pane, 1280, 720);
        scene.getStylesheets().addAll(
                Objects.requireNonNull(getClass().getResource(WINDOW_STYLESHEET)).toExternalForm(),
                Theme.PROJECTOR.stylesheetUrl());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void photographsTheTrainingSet() throws IOException {
        onFx(() -> {
            TestPatternAct[] acts = {TestPatternAct.RIGHT, TestPatternAct.LEFT, TestPatternAct.STILL};
            for (int c = 0; c < acts.length; c++) {
                for (int k = 0; k < 6 - c; k++) {
                    model.addClip(c, acted(acts[c], 0.37 * k));
                }
            }
            model.addClass();
            model.mirrorProperty().set(true);
            model.importFolder(Path.of("target", "no-such-training-folder"));
            return null;
        });
        TrainingSetPage.waitUntil(() -> !model.messageProperty().get().isEmpty());
        BufferedImage image = photograph("training-set.png", 1280, Theme.PROJECTOR);
        assertEquals(1280, image.getWidth());
        assertEquals(720, image.getHeight());
        photograph("training-set-narrow.png", 640, Theme.PROJECTOR);
        BufferedImage dark = photograph("training-set-dark.png", 1280, Theme.DARK);
        assertTrue(brightness(image.getRGB(640, 700)) > 200, "projector: a light pane");
        assertTrue(brightness(dark.getRGB(640, 700)) < 80, "dark: a dark pane");
    }

    /** Sixteen pictures 120 ms apart from the virtual camera acting {@code act}, from {@code start} seconds. */
    static Volume acted(TestPatternAct act, double start) {
        AtomicLong clock = new AtomicLong();
        TestPatternDevice camera = new TestPatternDevice(clock::get);
        camera.open();
        camera.act(act);
        int w = 320;
        int h = 240;
        float[] data = new float[16 * h * w * 3];
        for (int t = 0; t < 16; t++) {
            clock.set((long) ((start + 0.12 * t) * 1e9));
            BufferedImage picture = camera.getImage();
            int[] argb = picture.getRGB(0, 0, w, h, null, 0, w);
            for (int i = 0; i < argb.length; i++) {
                int o = (t * h * w + i) * 3;
                data[o] = (argb[i] >> 16) & 0xFF;
                data[o + 1] = (argb[i] >> 8) & 0xFF;
                data[o + 2] = argb[i] & 0xFF;
            }
        }
        camera.close();
        return new Volume(16, h, w, 3, data);
    }

    /** The pane in a scene of {@code width} x 720 dressed as the window is in {@code theme}. */
    private BufferedImage photograph(String name, int width, Theme theme) throws IOException {
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        BufferedImage image = onFx(() -> {
            scene.setRoot(new javafx.scene.layout.Region());
            Scene shot = new Scene(pane, width, 720);
            shot.getStylesheets().addAll(
                    Objects.requireNonNull(getClass().getResource(WINDOW_STYLESHEET)).toExternalForm(),
                    theme.stylesheetUrl());
            for (int pass = 0; pass < 2; pass++) { // the second pass styles what the scroll panes' new skins hold
                pane.applyCss();
                pane.layout();
            }
            BufferedImage taken = SwingFXUtils.fromFXImage(shot.snapshot(null), null);
            shot.setRoot(new javafx.scene.layout.Region());
            scene.setRoot(pane);
            return taken;
        });
        Path out = Path.of("target", name);
        Files.createDirectories(out.getParent());
        ImageIO.write(image, "png", out.toFile());
        return image;
    }

    private static int brightness(int rgb) {
        return (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF)) / 3;
    }
}
