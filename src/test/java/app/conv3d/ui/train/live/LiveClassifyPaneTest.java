package app.conv3d.ui.train.live;

import static app.conv3d.ui.train.live.LiveClassifyPage.onFx;
import static app.conv3d.ui.train.live.LiveClassifyPage.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.capture.CameraDriver;
import app.conv3d.core.Axis3;
import app.conv3d.core.Kernel;
import app.conv3d.core.KernelBank;
import app.conv3d.train.ClipClassifier;
import app.conv3d.ui.app.Theme;
import app.conv3d.ui.i18n.Messages;
import app.conv3d.ui.live.LiveCamera;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The pane on the virtual camera at a projector's 1280x720, read through {@link LiveClassifyPage}. */
@ExtendWith(ApplicationExtension.class)
class LiveClassifyPaneTest {
    private static final String WINDOW_STYLESHEET = "/app/conv3d/ui/explorer.css";
    private Stage stage;
    private LiveClassifyModel model;
    private LiveClassifyPane pane;
    private StackPane holder;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = new LiveClassifyModel(classifier(), LiveCamera.firstOrVirtual(CameraDriver.TEST_PATTERN));
        pane = new LiveClassifyPane(model);
        holder = new StackPane(pane);
        Scene scene = new Scene(holder, 1280, 720);
        scene.getStylesheets().addAll(
                Objects.requireNonNull(getClass().getResource(WINDOW_STYLESHEET)).toExternalForm(),
                Theme.PROJECTOR.stylesheetUrl());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void closeCamera() {
        onFx(() -> {
            model.close();
            return null;
        });
    }

    @Test
    void theBarsFollowTheModelWithTheWinnerHighlighted(FxRobot robot) {
        LiveClassifyPage page = new LiveClassifyPage(robot);
        assertEquals(Messages.text("classify.title"), page.title());
        assertEquals(Messages.text("classify.start"), page.startText());
        assertEquals(Messages.text("classify.hint"), page.message());
        assertEquals(3, page.classCount());
        assertEquals(List.of("right", "left", "still"), List.of(page.className(0), page.className(1), page.className(2)));
        assertEquals(4, page.kernelPictures(), "one picture per learned kernel");

        page.pressStart();
        assertEquals(Messages.text("classify.stop"), page.startText());
        waitUntil(() -> model.updatesProperty().get() >= 3);
        page.pressFreeze();
        assertEquals(Messages.text("classify.resume"), page.freezeText());
        LiveClassification shown = onFx(() -> model.classificationProperty().get());
        assertNull(page.message(), "once classifications come in, the hint goes");
        for (int i = 0; i < 3; i++) {
            double p = shown.probabilities()[i];
            assertEquals(Messages.text("classify.percent", Math.round(p * 100)), page.percent(i), "class " + i);
            assertEquals(p, page.barFill(i), 0.01, "class " + i + "'s bar");
            assertEquals(i == shown.predicted(), page.isWinner(i), "class " + i + " highlighted only if it wins");
        }
        page.pressFreeze();
        long before = onFx(() -> model.updatesProperty().get());
        waitUntil(() -> model.updatesProperty().get() > before + 2);
        page.pressStart();
        assertEquals(Messages.text("classify.start"), page.startText());
        assertFalse(onFx(() -> model.activeProperty().get()));
    }

    @Test
    void outOfTheSceneThePaneRestsTheCamera(FxRobot robot) {
        LiveClassifyPage page = new LiveClassifyPage(robot);
        page.pressStart();
        waitUntil(() -> model.feedingProperty().get());
        robot.interact(() -> holder.getChildren().clear()); // another mode chosen
        assertFalse(onFx(() -> model.feedingProperty().get()), "hidden, nothing is grabbed");
        robot.interact(() -> holder.getChildren().add(pane));
        assertTrue(onFx(() -> model.feedingProperty().get()), "shown again, it goes on");
        robot.interact(() -> pane.setVisible(false));
        assertFalse(onFx(() -> model.feedingProperty().get()));
        robot.interact(() -> pane.setVisible(true));
        assertTrue(onFx(() -> model.feedingProperty().get()));
        robot.interact(() -> holder.setVisible(false)); // a container above it hidden
        assertFalse(onFx(() -> model.feedingProperty().get()), "a hidden container hides the pane");
        robot.interact(() -> holder.setVisible(true));
        assertTrue(onFx(() -> model.feedingProperty().get()));
    }

    /**
     * Photographs the pane in each theme at 1280x720 to target/live-classify-THEME.png for a person to look at, and
     * checks that every percentage is whole inside the picture (nothing cut at a projector's size).
     */
    @Test
    void photographsThePaneInEachTheme(FxRobot robot) throws Exception {
        LiveClassifyPage page = new LiveClassifyPage(robot);
        page.pressStart();
        waitUntil(() -> model.updatesProperty().get() >= 3);
        page.pressFreeze();
        List<String> themes = new ArrayList<>(List.of("plain"));
        for (Theme t : Theme.values()) {
            themes.add(t.name().toLowerCase(java.util.Locale.ROOT));
        }
        for (String theme : themes) {
            BufferedImage image = onFx(() -> {
                Scene scene = stage.getScene();
                scene.getStylesheets().setAll(
                        Objects.requireNonNull(getClass().getResource(WINDOW_STYLESHEET)).toExternalForm());
                if (!theme.equals("plain")) {
                    scene.getStylesheets().add(Theme.parse(theme).stylesheetUrl());
                }
                scene.getRoot().applyCss();
                scene.getRoot().layout();
                return SwingFXUtils.fromFXImage(scene.snapshot(null), null);
            });
            Path out = Path.of("target", "live-classify-" + theme + ".png");
            Files.createDirectories(out.getParent());
            ImageIO.write(image, "png", out.toFile());
            assertEquals(1280, image.getWidth());
            for (int i = 0; i < 3; i++) {
                Bounds b = page.percentBounds(i);
                assertTrue(b.getMinX() >= 0 && b.getMaxX() <= 1280 && b.getMaxY() <= 720, theme + ": percentage " + i
                        + " inside the picture, " + b);
            }
        }
    }

    /** Four random 5x5x5 kernels on 16x32x32 clips, three classes: what a trained model looks like to the pane. */
    private static ClipClassifier classifier() {
        Random random = new Random(2);
        List<Kernel> kernels = new ArrayList<>();
        for (int n = 0; n < 4; n++) {
            float[] w = new float[5 * 5 * 5 * 3];
            for (int i = 0; i < w.length; i++) {
                w[i] = (float) random.nextGaussian() * 0.1f;
            }
            kernels.add(new Kernel(5, 5, 5, 3, w, 0.05f));
        }
        float[] weights = new float[3 * 4];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = (float) random.nextGaussian() * 4;
        }
        return new ClipClassifier(List.of("right", "left", "still"), new Axis3(16, 32, 32), new KernelBank(kernels),
                weights, new float[] {0, 0, 0});
    }
}
