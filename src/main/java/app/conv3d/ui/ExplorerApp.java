package app.conv3d.ui;

import app.conv3d.ui.lesson.ComputeThread;
import app.conv3d.ui.lesson.DefaultLesson;
import app.conv3d.ui.lesson.Lesson;
import app.conv3d.ui.walkthrough.LessonClock;
import java.util.concurrent.ExecutorService;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The JavaFX application: the teaching window on the default lesson. */
public final class ExplorerApp extends Application {
    private ExecutorService compute;
    private LessonClock clock;

    @Override
    public void start(Stage stage) {
        compute = ComputeThread.create();
        Lesson lesson = new Lesson(compute, Platform::runLater);
        // A bug in a view must not end the lesson: say so in the window and carry on.
        Thread.currentThread().setUncaughtExceptionHandler((thread, problem) -> lesson.report(problem));
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(1920, screen.getWidth());
        double height = Math.min(1080, screen.getHeight());
        stage.setTitle(MainWindow.TITLE);
        // The teacher's dividers come back where they were left last time.
        MainWindow window = new MainWindow(lesson, width, height, app.conv3d.ui.layout.LayoutMemory.user());
        stage.setScene(window.scene());
        app.conv3d.ui.app.Classroom.install(stage, window); // present: menus, files, exports, themes
        stage.setMaximized(screen.getWidth() <= 1920 && screen.getHeight() <= 1080);
        clock = new LessonClock(lesson);
        clock.start();
        stage.show();
        // The clip is drawn by code: do that on the worker too, so the window appears at once.
        compute.execute(() -> {
            var clip = DefaultLesson.clip();
            var kernels = DefaultLesson.kernels();
            Platform.runLater(() -> lesson.load(clip, kernels));
        });
    }

    @Override
    public void stop() {
        if (clock != null) {
            clock.stop();
        }
        if (compute != null) {
            compute.shutdownNow();
        }
    }
}
