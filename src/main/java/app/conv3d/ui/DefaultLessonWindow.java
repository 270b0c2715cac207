package app.conv3d.ui;

import app.conv3d.ui.lesson.DefaultLesson;
import app.conv3d.ui.lesson.Lesson;
import app.conv3d.ui.volume.Volume3dView;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The teaching window on the default lesson, opened as the app opens it (1920x1080, or the screen if smaller), for
 * the benchmarks that time the real window (`bench --window`, `bench --walkthrough`).
 */
record DefaultLessonWindow(Lesson lesson, MainWindow window, Stage stage, String size) {

    /**
     * Opens the window from any thread. The future completes on the FX thread once the first features are in, or
     * fails with the lesson's first error; {@code problems} hears every error message after that as well.
     */
    static CompletableFuture<DefaultLessonWindow> open(ExecutorService compute, Consumer<String> problems) {
        CompletableFuture<DefaultLessonWindow> opened = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                Lesson lesson = new Lesson(compute, Platform::runLater);
                Rectangle2D screen = Screen.getPrimary().getVisualBounds();
                int width = (int) Math.min(1920, screen.getWidth());
                int height = (int) Math.min(1080, screen.getHeight());
                MainWindow window = new MainWindow(lesson, width, height);
                Stage stage = new Stage();
                stage.setTitle(MainWindow.TITLE);
                stage.setScene(window.scene());
                stage.show();
                DefaultLessonWindow shown = new DefaultLessonWindow(lesson, window, stage, width + "x" + height);
                lesson.errorMessageProperty().addListener((obs, old, now) -> {
                    if (now != null) {
                        opened.completeExceptionally(new IllegalStateException(now));
                        problems.accept(now);
                    }
                });
                lesson.computedProperty().addListener((obs, old, now) -> {
                    if (old == null && now != null) {
                        opened.complete(shown);
                    }
                });
                lesson.load(DefaultLesson.clip(), DefaultLesson.kernels());
            } catch (RuntimeException e) {
                opened.completeExceptionally(e);
            }
        });
        return opened;
    }

    /** A step of a benchmark in the window: its result, its own failure unwrapped, or a timeout. */
    static <T> T await(CompletableFuture<T> future, Duration timeout) throws InterruptedException, TimeoutException {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** Which volume view the window shows: "3d" or "flat". */
    String view() {
        return window.volumeView() instanceof Volume3dView ? "3d" : "flat";
    }
}
