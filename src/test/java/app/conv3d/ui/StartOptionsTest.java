package app.conv3d.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.core.Axis3;
import app.conv3d.core.ConvSpec;
import app.conv3d.core.Kernel;
import app.conv3d.core.KernelBank;
import app.conv3d.core.KernelPreset;
import app.conv3d.core.Padding;
import app.conv3d.io.LessonFile;
import app.conv3d.io.RecentLessons;
import app.conv3d.ui.app.Classroom;
import app.conv3d.ui.app.Theme;
import app.conv3d.ui.app.UiScale;
import app.conv3d.ui.files.LessonState;
import app.conv3d.ui.lesson.Lesson;
import app.conv3d.ui.lesson.LessonSize;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window started as the launch options say, headless: a lesson file through File ▸ Open's path, the look. */
@ExtendWith(ApplicationExtension.class)
class StartOptionsTest {
    @TempDir
    Path dir;

    private Stage stage;
    private Lesson lesson;
    private MainWindow window;
    private Classroom classroom;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        lesson = new Lesson(Runnable::run, Runnable::run);
        lesson.setLessonSize(LessonSize.TINY);
        lesson.load(LessonRoundTripTest.clip(), KernelBank.of(KernelPreset.BLUR.build(Axis3.all(3), 3)));
        window = new MainWindow(lesson, 1280, 720);
        stage.setScene(window.scene());
        classroom = Classroom.install(stage, window, Runnable::run, (owner, purpose) -> Optional.empty(),
                new RecentLessons(Path.of(System.getProperty("java.io.tmpdir"), "conv3d-start-options-recent.txt")));
        stage.show();
    }

    @Test
    void aLessonFileOpensAsFileOpenWouldOpenIt(FxRobot robot) throws Exception {
        ConvSpec strided = new ConvSpec(new Axis3(1, 2, 2), Padding.of(0, 1, 1), Axis3.all(1), true);
        robot.interact(() -> lesson.setSpec(strided));
        Path file = dir.resolve("strided" + LessonFile.EXTENSION);
        LessonFile.save(file, WaitForAsyncUtils.asyncFx(() -> LessonState.capture(lesson).orElseThrow())
                .get(10, TimeUnit.SECONDS));
        robot.interact(() -> lesson.setSpec(ConvSpec.VALID));

        StartOptions options = new StartOptions(file, null, null, false, null, false);
        robot.interact(() -> {
            options.dress(classroom, stage);
            options.begin(classroom);
        });
        waitUntil(() -> strided.equals(lesson.specProperty().get()));
        assertEquals(null, lesson.errorMessageProperty().get());
    }

    @Test
    void aBadFileSaysWhyInOneLineAndTheWindowCarriesOn(FxRobot robot) throws Exception {
        Path file = dir.resolve("broken" + LessonFile.EXTENSION);
        Files.writeString(file, "not a lesson");
        StartOptions options = new StartOptions(file, null, null, false, null, false);
        robot.interact(() -> {
            options.dress(classroom, stage);
            options.begin(classroom);
        });
        waitUntil(() -> lesson.errorMessageProperty().get() != null);
        String message = lesson.errorMessageProperty().get();
        assertTrue(message.contains("broken" + LessonFile.EXTENSION), message);
        assertFalse(message.contains("\n"), message);
        assertTrue(stage.isShowing());
        assertEquals(ConvSpec.VALID, lesson.specProperty().get(), "the lesson as it was");
    }

    @Test
    void theLookIsForThisRun(FxRobot robot) {
        StartOptions options = new StartOptions(null, Theme.DARK, UiScale.P150, false, null, false);
        robot.interact(() -> options.dress(classroom, stage));
        assertEquals(Theme.DARK, classroom.appearance().themeProperty().get());
        assertEquals(UiScale.P150, classroom.appearance().scaleProperty().get());
    }

    /**
     * Full screen and the presentation view are switched on and off again within one turn of the FX thread: a
     * headless window drawn at the screen's size would overflow the pixel buffer Monocle gave it (see Monkey).
     */
    @Test
    void fullScreenAndThePresentationViewStartOn(FxRobot robot) {
        StartOptions options = new StartOptions(null, null, null, true, null, true);
        boolean[] seen = new boolean[2];
        robot.interact(() -> {
            options.dress(classroom, stage);
            seen[0] = stage.isFullScreen();
            options.begin(classroom);
            seen[1] = window.layout().presentingProperty().get();
            classroom.togglePresentation();
            stage.setFullScreen(false);
        });
        assertTrue(seen[0], "full screen");
        assertTrue(seen[1], "the presentation view");
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }
}
