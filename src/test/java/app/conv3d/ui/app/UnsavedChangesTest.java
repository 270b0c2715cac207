package app.conv3d.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.core.Volume;
import app.conv3d.io.LessonFile;
import app.conv3d.io.RecentLessons;
import app.conv3d.ui.MainWindow;
import app.conv3d.ui.i18n.Languages;
import app.conv3d.ui.lesson.Lesson;
import app.conv3d.ui.lesson.LessonSize;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Quit, open, record and reset all ask before they throw away a teacher's unsaved work, and only then. */
@ExtendWith(ApplicationExtension.class)
class UnsavedChangesTest {
    @TempDir
    Path dir;

    private Stage stage;
    private Lesson lesson;
    private Classroom classroom;
    private final List<String> asked = new ArrayList<>();
    private final List<String> questions = new ArrayList<>();
    private final ArrayDeque<Boolean> answers = new ArrayDeque<>();
    private final ArrayDeque<Path> chosen = new ArrayDeque<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        lesson = new Lesson(Runnable::run, Runnable::run);
        lesson.setLessonSize(LessonSize.TINY);
        MainWindow window = new MainWindow(lesson, 1280, 720);
        stage.setScene(window.scene());
        classroom = Classroom.install(stage, window, Runnable::run, (owner, purpose) -> Optional.ofNullable(chosen.poll()),
                new RecentLessons(dir.resolve("recent.txt")), (question, goAhead) -> {
                    asked.add(goAhead);
                    questions.add(question);
                    return answers.isEmpty() ? false : answers.poll();
                });
        lesson.load(ClassroomTest.clip(1), ClassroomTest.kernels(2)); // the opening lesson arrives after the window
        stage.show();
    }

    @Test
    void aRecordedClipIsNotThrownAwayWithoutAQuestion(FxRobot robot) throws Exception {
        Volume recorded = ClassroomTest.clip(7);
        robot.interact(() -> classroom.commands().useClip(recorded)); // as the capture dialog's Use
        assertTrue(classroom.commands().changes().unsavedProperty().get());

        robot.interact(classroom::resetAll);
        robot.interact(classroom::quit);
        robot.interact(classroom::recordFromCamera); // "no" comes before the camera dialog would open
        robot.interact(() -> classroom.openDropped(dir.resolve("other" + LessonFile.EXTENSION)));
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertEquals(List.of("Reset all without saving", "Quit without saving", "Record a new clip without saving",
                "Open the dropped file without saving", "Quit without saving"), asked);
        assertSame(recorded, lesson.sourceClipProperty().get(), "every 'Cancel' kept the recording");
        assertTrue(stage.isShowing());
        assertTrue(chosen.isEmpty());
    }

    @Test
    void savedWorkIsNotAskedAboutAndYesGoesAhead(FxRobot robot) throws Exception {
        robot.interact(() -> classroom.commands().useClip(ClassroomTest.clip(8)));
        Path file = dir.resolve("mine" + LessonFile.EXTENSION);
        assertTrue(WaitForAsyncUtils.asyncFx(() -> classroom.commands().saveLesson(file)).get(20, TimeUnit.SECONDS)
                .get(60, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(classroom.commands().changes().unsavedProperty().get());
        robot.interact(() -> classroom.openLesson(file));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), asked, "nothing unsaved: no question");

        Volume recorded = ClassroomTest.clip(9);
        robot.interact(() -> classroom.commands().useClip(recorded));
        answers.add(true);
        robot.interact(() -> classroom.openLesson(file));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Open another lesson without saving"), asked);
        assertFalse(lesson.sourceClipProperty().get() == recorded, "yes opened the saved lesson");
        assertFalse(classroom.commands().changes().unsavedProperty().get());
    }

    @Test
    void inSpanishTheQuestionIsWholeSpanish(FxRobot robot) {
        robot.interact(() -> classroom.commands().useClip(ClassroomTest.clip(10)));
        Languages.use(Languages.SPANISH);
        try {
            robot.interact(classroom::quit);
            robot.interact(classroom::recordFromCamera);
        } finally {
            Languages.use(Languages.ENGLISH);
        }
        assertEquals(List.of("Salir sin guardar", "Grabar un clip nuevo sin guardar"), asked);
        assertEquals("La lección tiene cambios sin guardar (su clip, kernels, geometría o tamaño). ¿Salir sin guardarlos?",
                questions.get(0));
        assertTrue(stage.isShowing());
    }

    /**
     * macOS sends a double-clicked lesson as an "open file" event, perhaps before the window is up: it waits, then
     * takes File ▸ Open's path, asking first about unsaved work. Invoked here as the handler would invoke it (Linux
     * sends no such event; docs/installing.md says what was checked only here).
     */
    @Test
    void aLessonTheSystemAsksToOpenAsksAboutUnsavedWorkThenOpens(FxRobot robot) throws Exception {
        Path file = dir.resolve("double-clicked" + LessonFile.EXTENSION);
        robot.interact(() -> classroom.commands().useClip(ClassroomTest.clip(8)));
        assertTrue(WaitForAsyncUtils.asyncFx(() -> classroom.commands().saveLesson(file)).get(20, TimeUnit.SECONDS)
                .get(60, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
        Volume recorded = ClassroomTest.clip(11);
        robot.interact(() -> classroom.commands().useClip(recorded));

        app.conv3d.ui.files.OpenFileEvents events = new app.conv3d.ui.files.OpenFileEvents();
        events.open(List.of(file.toFile())); // arrives before the window takes it: it waits
        assertEquals(List.of(), asked);
        robot.interact(() -> events.deliverTo(classroom::openRequested, Runnable::run)); // "Cancel"
        assertEquals(List.of("Open another lesson without saving"), asked);
        assertSame(recorded, lesson.sourceClipProperty().get(), "Cancel kept the unsaved clip");

        answers.add(true);
        // once the window is up, a second double-click goes straight to it (the FX thread stands in for AWT's)
        robot.interact(() -> events.open(List.of(file.toFile())));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !classroom.commands().changes().unsavedProperty().get());
        assertEquals(List.of("Open another lesson without saving", "Open another lesson without saving"), asked);
        assertFalse(lesson.sourceClipProperty().get() == recorded, "yes opened the double-clicked lesson");
    }
}
