package app.conv3d.ui;

import app.conv3d.ui.app.Classroom;
import app.conv3d.ui.app.Theme;
import app.conv3d.ui.app.UiScale;
import app.conv3d.ui.lesson.LessonSize;
import java.nio.file.Path;

/**
 * How the window starts, from the command line of a lab PC or a double-clicked lesson: a file to open, the look,
 * full screen or the presentation view, the lesson size. A null or false part leaves the window as it would start
 * (the look the teacher left last time, the default lesson at full size). The look given here is for this run
 * only: the teacher's remembered settings stay as they were.
 *
 * @param file         a lesson (or a clip) to open through File ▸ Open's path, whose errors show in the window
 * @param lessonSize   the size the default lesson is worked at (a lesson file brings its own)
 */
public record StartOptions(Path file, Theme theme, UiScale textSize, boolean fullScreen, LessonSize lessonSize,
        boolean presentation) {
    /** The window as it starts with no options. */
    public static final StartOptions NONE = new StartOptions(null, null, null, false, null, false);

    /** The look, before the window shows. */
    void dress(Classroom classroom, javafx.stage.Stage stage) {
        classroom.appearance().startWith(theme, textSize);
        if (fullScreen) {
            stage.setFullScreen(true);
        }
    }

    /** What needs the window on screen: the presentation view (it goes full screen) and the file. */
    void begin(Classroom classroom) {
        if (presentation) {
            classroom.togglePresentation();
        }
        if (file != null) {
            classroom.openRequested(file);
        }
    }
}
