package app.conv3d.ui;

import app.conv3d.io.SavedLesson;
import app.conv3d.ui.files.LessonState;
import app.conv3d.ui.lesson.ComputeThread;
import app.conv3d.ui.lesson.DefaultLesson;
import app.conv3d.ui.lesson.Lesson;
import java.awt.image.BufferedImage;
import app.conv3d.ui.layout.ScreenRegion;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The real window on the default lesson, photographed: opens it, advances the walkthrough, waits until
 * the features are computed and drawn, and returns the whole scene as an image with where its regions are.
 */
public final class WindowSnapshot {
    /** The picture, and the window's regions on it ({@link WindowLayout}) at the moment it was taken. */
    public record Picture(BufferedImage image, List<ScreenRegion> regions) {
    }

    /** Pulses to wait after the last change, so layout and images have settled. */
    private static final int SETTLE_PULSES = 3;

    private WindowSnapshot() {
    }

    /** Blocks until the picture is ready; call from any thread but the FX thread. */
    public static Picture take(int width, int height, int steps, Duration timeout)
            throws InterruptedException, TimeoutException {
        return take(width, height, steps, timeout, (stage, window) -> { });
    }

    /**
     * As {@link #take(int, int, int, Duration)}; {@code dress} is called on the FX thread with the stage
     * (its scene set, not yet shown) and its window, e.g. to add the menus and choose a theme.
     */
    public static Picture take(int width, int height, int steps, Duration timeout,
            java.util.function.BiConsumer<Stage, MainWindow> dress) throws InterruptedException, TimeoutException {
        return take(width, height, steps, timeout, dress, null);
    }

    /**
     * As above, on {@code saved} (null: the default lesson) as File ▸ Open shows it, at its saved position; a
     * positive {@code steps} then moves to that position instead.
     */
    public static Picture take(int width, int height, int steps, Duration timeout,
            java.util.function.BiConsumer<Stage, MainWindow> dress, SavedLesson saved)
            throws InterruptedException, TimeoutException {
        return take(width, height, steps, timeout, dress, saved, window -> CompletableFuture.completedFuture(null));
    }

    /**
     * As above; once the lesson's first picture is in, {@code ready} is called on the FX thread with the window (e.g.
     * to open the Train mode and train) and the picture is taken when what it returns completes (on the FX thread).
     */
    public static Picture take(int width, int height, int steps, Duration timeout,
            java.util.function.BiConsumer<Stage, MainWindow> dress, SavedLesson saved,
            java.util.function.Function<MainWindow, java.util.concurrent.CompletionStage<?>> ready)
            throws InterruptedException, TimeoutException {
        FxStartup.start();
        ExecutorService compute = ComputeThread.create();
        CompletableFuture<Picture> result = new CompletableFuture<>();
        Stage[] stage = new Stage[1];
        Platform.runLater(() -> {
            try {
                Lesson lesson = new Lesson(compute, Platform::runLater);
                MainWindow window = new MainWindow(lesson, width, height);
                Scene scene = window.scene();
                stage[0] = new Stage();
                stage[0].setTitle(MainWindow.TITLE);
                stage[0].setScene(scene);
                dress.accept(stage[0], window);
                stage[0].show();
                // A saved lesson first, so that its own listener puts the walkthrough where it was saved before ours.
                if (saved != null) {
                    LessonState.restore(lesson, saved);
                }
                lesson.computedProperty().addListener((obs, old, now) -> {
                    if (old == null && now != null) {
                        if (saved == null || steps > 0) {
                            lesson.moveTo(steps);
                        }
                        ready.apply(window).whenComplete((done, failed) -> {
                            if (failed != null) {
                                result.completeExceptionally(failed);
                                return;
                            }
                            afterPulses(SETTLE_PULSES, () -> result.complete(new Picture(
                                    SwingFXUtils.fromFXImage(scene.snapshot(null), null), WindowLayout.measure(window))));
                        });
                    }
                });
                lesson.errorMessageProperty().addListener((obs, old, now) -> {
                    if (now != null) {
                        result.completeExceptionally(new IllegalStateException(now));
                    }
                });
                if (saved == null) {
                    lesson.load(DefaultLesson.clip(), DefaultLesson.kernels());
                }
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            compute.shutdownNow();
            Platform.runLater(() -> {
                if (stage[0] != null) {
                    stage[0].close();
                }
            });
        }
    }

    private static void afterPulses(int pulses, Runnable action) {
        new AnimationTimer() {
            private int seen;

            @Override
            public void handle(long now) {
                if (++seen >= pulses) {
                    stop();
                    action.run();
                }
            }
        }.start();
    }
}
