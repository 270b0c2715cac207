package app.conv3d.ui.kernel;

import static app.conv3d.ui.kernel.KernelLabPage.onFx;
import static app.conv3d.ui.kernel.KernelLabPage.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.core.Axis3;
import app.conv3d.core.KernelBank;
import app.conv3d.core.KernelPreset;
import app.conv3d.ui.app.Theme;
import app.conv3d.ui.lesson.ComputeThread;
import app.conv3d.ui.lesson.DefaultLesson;
import app.conv3d.ui.lesson.Lesson;
import app.conv3d.ui.lesson.LessonSize;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Photographs the lab as a class would see it (three kernels on the built-in clip) to target/kernel-lab.png, for a
 * person to look at; checks that the picture has the pane's size and is not blank.
 */
@ExtendWith(ApplicationExtension.class)
class KernelLabScreenshotTest {
    static {
        HeadlessFx.configure();
    }

    private static final int HEIGHT = 1440;
    private ExecutorService compute;
    private Lesson lesson;
    private KernelLabPane pane;
    private Scene scene;
    private static final String WINDOW_STYLESHEET = "/app/conv3d/ui/explorer.css";

    @Start
    void start(Stage stage) {
        compute = ComputeThread.create();
        lesson = new Lesson(compute, Platform::runLater);
        lesson.setLessonSize(LessonSize.MEDIUM);
        pane = new KernelLabPane(lesson);
        // Taller than a headless screen, so photographed off screen: a scene in no window, dressed as the window is
        // (its stylesheet names the palette the lab's colours come from).
        scene = new Scene(pane, KernelLabPane.PREFERRED_WIDTH, HEIGHT);
        scene.getStylesheets().addAll(
                java.util.Objects.requireNonNull(getClass().getResource(WINDOW_STYLESHEET)).toExternalForm(),
                Theme.PROJECTOR.stylesheetUrl());
        Axis3 size = Axis3.all(5);
        lesson.load(DefaultLesson.clip(), KernelBank.of(KernelPreset.MOTION_RIGHT.build(size, 3),
                KernelPreset.BLUR.build(size, 3), KernelPreset.SOBEL_X.build(size, 3),
                KernelPreset.TEMPORAL_DIFFERENCE.build(size, 3)));
    }

    @AfterEach
    void stopComputing() {
        compute.shutdownNow();
    }

    private BufferedImage photograph(String name) throws IOException {
        BufferedImage image = onFx(() -> {
            pane.applyCss();
            pane.layout();
            return SwingFXUtils.fromFXImage(pane.snapshot(null, null), null);
        });
        Path out = Path.of("target", name);
        Files.createDirectories(out.getParent());
        ImageIO.write(image, "png", out.toFile());
        return image;
    }

    @Test
    void photographsTheLab() throws IOException {
        waitUntil(() -> lesson.computedProperty().get() != null && lesson.computedProperty().get().bank().count() == 4);
        onFx(() -> {
            lesson.showSlice(4);
            pane.model().weights().selectEditFrame(4);
            return null;
        });
        BufferedImage image = photograph("kernel-lab.png");

        // The same lab in 2D with a refused change and a file error showing, for a person to check those states too.
        onFx(() -> {
            pane.model().setFrameByFrame(true);
            pane.model().geometry().setDilation(1, 3);
            pane.model().geometry().setDilation(1, 9);
            pane.model().files().load(Path.of("target", "no-such-kernel.npy"));
            return null;
        });
        waitUntil(() -> lesson.computedProperty().get().bank().size().t() == 1);
        photograph("kernel-lab-2d.png");

        // The widest grid the lab offers: seven columns of random weights must still fit.
        onFx(() -> {
            pane.model().setFrameByFrame(false);
            pane.model().geometry().setDilation(1, 1);
            pane.model().presets().choosePreset(KernelPreset.RANDOM);
            pane.model().geometry().setKernelSize(1, 7);
            pane.model().geometry().setKernelSize(2, 7);
            return null;
        });
        waitUntil(() -> lesson.computedProperty().get().bank().size().equals(new Axis3(5, 7, 7)));
        photograph("kernel-lab-7x7.png");

        // The dark theme reaches into the lab: a dark panel, not the light one.
        onFx(() -> {
            scene.getStylesheets().set(1, Theme.DARK.stylesheetUrl());
            return null;
        });
        BufferedImage dark = photograph("kernel-lab-dark.png");
        int corner = image.getWidth() - 4;
        assertTrue(brightness(image.getRGB(corner, image.getHeight() - 4)) > 200, "projector: a light panel");
        assertTrue(brightness(dark.getRGB(corner, dark.getHeight() - 4)) < 80, "dark: a dark panel");

        assertEquals((int) KernelLabPane.PREFERRED_WIDTH, image.getWidth());
        assertEquals(HEIGHT, image.getHeight());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 50, "a drawn pane, not a blank one: " + colours.size() + " colours");
    }

    private static int brightness(int rgb) {
        return ((rgb >> 16 & 0xFF) + (rgb >> 8 & 0xFF) + (rgb & 0xFF)) / 3;
    }
}
