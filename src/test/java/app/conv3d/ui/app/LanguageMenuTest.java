package app.conv3d.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.io.RecentLessons;
import app.conv3d.ui.MainWindow;
import app.conv3d.ui.i18n.LanguageSetting;
import app.conv3d.ui.i18n.Languages;
import app.conv3d.ui.lesson.Lesson;
import app.conv3d.ui.lesson.LessonSize;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** View ▸ Language: the choice is remembered for the next start and said in the chosen language. */
@ExtendWith(ApplicationExtension.class)
class LanguageMenuTest {
    @TempDir
    Path dir;

    private final Preferences node = Preferences.userRoot().node("/app/conv3d/test/" + UUID.randomUUID());
    private Classroom classroom;
    private ClassroomPage page;

    @Start
    void start(Stage stage) {
        Languages.start(LanguageSetting.in(node));
        Languages.use(Languages.ENGLISH);
        Lesson lesson = new Lesson(Runnable::run, Runnable::run);
        lesson.setLessonSize(LessonSize.TINY);
        lesson.load(ClassroomTest.clip(1), ClassroomTest.kernels(1));
        MainWindow window = new MainWindow(lesson, 1280, 720);
        stage.setScene(window.scene());
        classroom = Classroom.install(stage, window, Runnable::run, (owner, purpose) -> Optional.empty(),
                new RecentLessons(dir.resolve("recent.txt")));
        stage.show();
    }

    @AfterEach
    void forget() throws BackingStoreException {
        Languages.start(LanguageSetting.none());
        Languages.use(Languages.ENGLISH);
        node.removeNode();
    }

    @Test
    void choosingSpanishRemembersItAndSaysSoInSpanish(FxRobot robot) {
        page = new ClassroomPage(robot, classroom.menuBar());
        page.choose("menuLanguage-es");
        assertEquals(Optional.of(Languages.SPANISH), LanguageSetting.in(node).chosen());
        assertEquals(Languages.ENGLISH, Languages.current(), "the window on screen keeps its language");
        List<String> note = page.windowTexts("languageDialog").orElseThrow();
        assertTrue(note.stream().anyMatch(t -> t.contains("español")), note.toString());
    }

    @Test
    void choosingTheLanguageOnScreenSaysNothing(FxRobot robot) {
        page = new ClassroomPage(robot, classroom.menuBar());
        page.choose("menuLanguage-en");
        assertEquals(Optional.of(Languages.ENGLISH), LanguageSetting.in(node).chosen());
        assertEquals(Optional.empty(), page.windowTexts("languageDialog"));
    }
}
