package app.conv3d.ui;

import app.conv3d.capture.CameraDriver;
import app.conv3d.core.Conv3d;
import app.conv3d.train.ClipClassifier;
import app.conv3d.ui.app.Appearance;
import app.conv3d.ui.live.LiveCamera;
import app.conv3d.ui.train.live.LiveClassifyModel;
import app.conv3d.ui.train.live.LiveClassifyPane;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeoutException;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Live classification where the class looks: the {@link LiveClassifyPane} alone in a real stage (1920x1080, or the
 * screen if smaller, the projector theme) on the virtual camera, classifying untimed for a warm-up, then counting for
 * the measured time the classifications whose bars reached the screen, counted when the frame carrying them was
 * presented, as {@link LiveWindowBenchmark} counts live mode's slices (its counter).
 */
public final class ClassifyWindowBenchmark {
    private ClassifyWindowBenchmark() {
    }

    /** What was measured; {@code picture} is the pane at the end when asked for, else null. */
    public record Result(String window, double seconds, long updates, long frames, long grabbed, long dropped,
            double heapStartMb, double heapEndMb, double peakResidentMb, double processCpuMillis, double fxCpuMillis,
            double renderCpuMillis, BufferedImage picture) {
        public double updatesPerSecond() {
            return updates / seconds;
        }

        public double cameraPerSecond() {
            return grabbed / seconds;
        }

        public double framesPerSecond() {
            return frames / seconds;
        }

        /** CPU time of the FX thread and of the render thread per update presented (negative where unknown). */
        public double fxCpuPerUpdate() {
            return fxCpuMillis / updates;
        }

        public double renderCpuPerUpdate() {
            return renderCpuMillis / updates;
        }

        public double cores() {
            return processCpuMillis / 1000 / seconds;
        }
    }

    /** Blocks for about {@code play} plus the warm-up; call from any thread but the FX thread. */
    public static Result measure(ClipClassifier model, Duration play, Duration timeout, boolean picture)
            throws InterruptedException, TimeoutException {
        FxStartup.start();
        Conv3d.warmUp();
        LiveWindowBenchmark.Counter counter = new LiveWindowBenchmark.Counter();
        Stage[] stage = new Stage[1];
        LiveClassifyModel live = new LiveClassifyModel(model, LiveCamera.firstOrVirtual(CameraDriver.TEST_PATTERN));
        try {
            String size = DefaultLessonWindow.await(LiveWindowBenchmark.onFx(() -> {
                Rectangle2D screen = Screen.getPrimary().getVisualBounds();
                int width = (int) Math.min(1920, screen.getWidth());
                int height = (int) Math.min(1080, screen.getHeight());
                Scene scene = new Scene(new LiveClassifyPane(live), width, height);
                scene.getStylesheets().add(Objects.requireNonNull(
                        MainWindow.class.getResource(MainWindow.STYLESHEET)).toExternalForm());
                Appearance.install(scene);
                stage[0] = new Stage();
                stage[0].setTitle(MainWindow.TITLE);
                stage[0].setScene(scene);
                stage[0].show();
                counter.install(scene, live.updatesProperty()::get);
                live.start();
                return width + "x" + height;
            }), timeout);
            Conv3d.awaitWarm(timeout.toMillis());
            LiveWindowBenchmark.await(() -> live.updatesProperty().get() > 0, timeout);
            Thread.sleep(LiveWindowBenchmark.WARM_UP_SECONDS * 1000L);
            double heapStart = LiveWindowBenchmark.heapAfterFullCollection();
            long[] start = DefaultLessonWindow.await(LiveWindowBenchmark.onFx(
                    () -> counter.read(live::grabbed, live::dropped)), timeout);
            long[] cpuStart = LiveWindowBenchmark.cpu();
            Thread.sleep(play.toMillis());
            long[] end = DefaultLessonWindow.await(LiveWindowBenchmark.onFx(
                    () -> counter.read(live::grabbed, live::dropped)), timeout);
            long[] cpuEnd = LiveWindowBenchmark.cpu();
            double heapEnd = LiveWindowBenchmark.heapAfterFullCollection();
            String failed = live.errorProperty().get();
            if (failed != null) {
                throw new IllegalStateException(failed);
            }
            BufferedImage shot = !picture ? null : DefaultLessonWindow.await(LiveWindowBenchmark.onFx(
                    () -> SwingFXUtils.fromFXImage(stage[0].getScene().snapshot(null), null)), timeout);
            return new Result(size, (end[0] - start[0]) / 1e9, end[1] - start[1], end[2] - start[2],
                    end[3] - start[3], end[4] - start[4], heapStart, heapEnd, LiveWindowBenchmark.peakResidentMb(),
                    (cpuEnd[0] - cpuStart[0]) / 1e6, WalkthroughBenchmark.millis(cpuStart[1], cpuEnd[1]),
                    WalkthroughBenchmark.millis(cpuStart[2], cpuEnd[2]), shot);
        } finally {
            DefaultLessonWindow.await(LiveWindowBenchmark.onFx(() -> {
                live.close();
                if (stage[0] != null) {
                    stage[0].close();
                }
                return null;
            }), Duration.ofSeconds(5));
        }
    }
}
