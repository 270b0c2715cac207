package app.conv3d.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.io.RecentLessons;
import app.conv3d.ui.ContrastAudit;
import app.conv3d.ui.MainWindow;
import app.conv3d.ui.capture.VirtualCaptureDialog;
import app.conv3d.ui.lesson.Lesson;
import app.conv3d.ui.lesson.LessonSize;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every text of every window the app opens reads from the back row: WCAG AA (4.5:1) against what is behind it,
 * in each theme. The main window with the kernel lab open and the error line showing, the shortcuts (F1), About,
 * the export dialog and the capture dialog.
 */
@ExtendWith(ApplicationExtension.class)
class ThemeContrastTest {
    @TempDir
    static Path dir;

    private Stage stage;
    private Lesson lesson;
    private Classroom classroom;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        lesson = new Lesson(Runnable::run, Runnable::run);
        lesson.setLessonSize(LessonSize.TINY);
        lesson.load(ClassroomTest.clip(1), ClassroomTest.kernels(2));
        window = new MainWindow(lesson, 1280, 720);
        stage.setScene(window.scene());
        classroom = Classroom.install(stage, window, Runnable::run, (owner, purpose) -> Optional.empty(),
                new RecentLessons(dir.resolve("recent.txt")));
        stage.show();
    }

    @Test
    void theRatioIsWcags() {
        assertEquals(21, ContrastAudit.ratio(Color.BLACK, Color.WHITE), 1e-9);
        assertEquals(1, ContrastAudit.ratio(Color.web("#f4f2ed"), Color.web("#f4f2ed")), 1e-9);
        // #767676 is the lightest grey that passes AA on white (4.54:1), #777777 fails (4.48:1).
        assertEquals(4.54, ContrastAudit.ratio(Color.web("#767676"), Color.WHITE), 0.01);
        assertEquals(4.48, ContrastAudit.ratio(Color.web("#777777"), Color.WHITE), 0.01);
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void everyTextOfEveryWindowReads(Theme theme) throws Exception {
        onFx(() -> {
            classroom.appearance().themeProperty().set(theme);
            lesson.reportError("the clip could not be read: frames.gif is not a GIF");
            stage.getScene().getAccelerators().get(Shortcut.KERNEL_LAB.combination()).run();
            classroom.showShortcuts();
            classroom.showAbout();
            classroom.showExport();
            return VirtualCaptureDialog.show(stage);
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<String> problems = onFx(() -> {
            List<String> found = new ArrayList<>();
            int windows = 0;
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w.isShowing() && w.getScene() != null && w instanceof Stage) {
                    Scene scene = w.getScene();
                    scene.getRoot().applyCss();
                    scene.getRoot().layout();
                    windows++;
                    screenshot(scene, theme.name().toLowerCase(java.util.Locale.ROOT) + "-" + windows);
                    for (ContrastAudit.Finding f : ContrastAudit.below(scene, ContrastAudit.AA)) {
                        found.add(((Stage) w).getTitle() + ": " + f);
                    }
                }
            }
            assertTrue(windows >= 5, "only " + windows + " windows open");
            return found;
        });
        onFx(() -> {
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w != stage && w instanceof Stage s) {
                    s.close();
                }
            }
            return null;
        });
        assertTrue(problems.isEmpty(), theme + ": " + problems.size() + " texts below 4.5:1\n" + String.join("\n", problems));
    }

    /** The Train mode after a (tiny) training and its 2D comparison: curves, scores, matrix with its mistakes. */
    @ParameterizedTest
    @EnumSource(Theme.class)
    void theTrainModeReads(Theme theme) throws Exception {
        List<ContrastAudit.Finding> problems = onFx(() -> {
            classroom.appearance().themeProperty().set(theme);
            window.trainShownProperty().set(true);
            window.trainRun().setOptions(new app.conv3d.train.TrainingOptions(2, app.conv3d.core.Axis3.all(3), 2, 4,
                    0.02, 1));
            window.trainRun().setData(app.conv3d.ui.train.TrainRunPractice.make(3, new app.conv3d.core.Axis3(8, 12, 12),
                    1));
            window.trainRun().compareWith2d(); // synchronous here: the lesson's executor runs in place
            Scene scene = stage.getScene();
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            screenshot(scene, "train-" + theme.name().toLowerCase(java.util.Locale.ROOT));
            return ContrastAudit.below(scene, ContrastAudit.AA);
        });
        onFx(() -> {
            window.trainShownProperty().set(false);
            return null;
        });
        assertTrue(window.trainRun().comparisonProperty().get().finished(), "trained before the audit");
        assertTrue(problems.isEmpty(), theme + ": " + problems.size() + " texts below 4.5:1\n"
                + problems.stream().map(Object::toString).collect(java.util.stream.Collectors.joining("\n")));
    }

    /** A picture of each window for people to look at, in target/screenshots. */
    private static void screenshot(Scene scene, String name) {
        try {
            Path folder = Path.of("target", "screenshots");
            java.nio.file.Files.createDirectories(folder);
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png",
                    folder.resolve("contrast-" + name + ".png").toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(30, TimeUnit.SECONDS);
    }
}
