package app.conv3d.ui.export;

import app.conv3d.io.GifRecorder;
import app.conv3d.ui.files.UserMessages;
import app.conv3d.ui.i18n.Messages;
import app.conv3d.ui.lesson.Lesson;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Records the real window while the kernel steps through a range of walkthrough positions: on the FX
 * thread the lesson moves one position, the window is drawn, and the part of it holding the given
 * views (the 3D volume and the feature view) is photographed; each photograph goes, one at a time, to
 * io's {@link GifRecorder} on its own encoding thread, and the next step waits for it, so memory holds
 * one frame. Cancel or failure leave no file; the lesson goes back to where it was.
 */
final class WalkthroughRecording {
    /** Pulses after a move, so layout and images have caught up before the photograph. */
    private static final int SETTLE_PULSES = 2;
    /** Share of the progress bar for taking the frames; the GIF's encoding takes the rest. */
    private static final double CAPTURE_SHARE = 0.6;

    private final Lesson lesson;
    private final Scene scene;
    private final List<Node> views;
    private final ExportSettings settings;
    private final ExportRun run;
    private final ExecutorService encoder;
    private final int startPosition;
    private GifRecorder gif;
    private WritableImage shot;
    private int[] row;
    private Bounds area;

    private WalkthroughRecording(Lesson lesson, Scene scene, List<Node> views, ExportSettings settings, ExportRun run) {
        this.lesson = lesson;
        this.scene = scene;
        this.views = views;
        this.settings = settings;
        this.run = run;
        this.startPosition = lesson.positionProperty().get();
        this.encoder = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "walkthrough-gif");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts recording on the FX thread; {@code views} are looked up now and must be showing. */
    static ExportRun start(Path target, Lesson lesson, Supplier<List<Node>> views, ExportSettings settings) {
        ExportRun run = new ExportRun(target, javafx.application.Platform::runLater);
        List<Node> nodes = views.get();
        if (nodes.isEmpty() || nodes.get(0).getScene() == null) {
            run.finish(ExportOutcome.failed(target, Messages.text("export.walkthrough.hidden")));
            return run;
        }
        int last = lesson.positionCountProperty().get() - 1;
        ExportSettings s = new ExportSettings(settings.delayMs(), 1, Math.min(settings.fromStep(), last),
                Math.min(settings.toStep(), last));
        if (s.toStep() - s.fromStep() + 1 > GifRecorder.MAX_FRAMES) {
            run.finish(ExportOutcome.failed(target, Messages.text("export.walkthrough.tooLong", GifRecorder.MAX_FRAMES)));
            return run;
        }
        WalkthroughRecording rec = new WalkthroughRecording(lesson, nodes.get(0).getScene(), nodes, s, run);
        rec.begin(target);
        return run;
    }

    private void begin(Path target) {
        lesson.pause();
        area = union(views);
        CompletableFuture.runAsync(() -> {
            try {
                gif = GifRecorder.open(target, settings.delayMs());
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, encoder).whenComplete((ok, problem) -> javafx.application.Platform.runLater(() -> {
            if (problem != null) {
                end(ExportOutcome.failed(run.target(), UserMessages.of(Messages.text("doing.record"), run.target(), problem)));
            } else {
                step(settings.fromStep());
            }
        }));
    }

    private void step(int position) {
        if (run.isCancelled()) {
            encoder.execute(gif::cancel);
            end(ExportOutcome.cancelled(run.target()));
            return;
        }
        if (position > settings.toStep()) {
            encode();
            return;
        }
        lesson.moveTo(position);
        afterPulses(() -> {
            BufferedImage frame = photograph();
            int count = settings.toStep() - settings.fromStep() + 1;
            run.setProgress(CAPTURE_SHARE * (position - settings.fromStep() + 1) / count);
            CompletableFuture.runAsync(() -> {
                try {
                    gif.add(frame);
                } catch (Exception e) {
                    gif.cancel();
                    throw new java.util.concurrent.CompletionException(e);
                }
            }, encoder).whenComplete((ok, problem) -> javafx.application.Platform.runLater(() -> {
                if (problem != null) {
                    end(ExportOutcome.failed(run.target(), UserMessages.of(Messages.text("doing.record"), run.target(),
                            problem)));
                } else {
                    step(position + 1);
                }
            }));
        });
    }

    private void encode() {
        lesson.moveTo(startPosition);
        var progress = run.progress().part(CAPTURE_SHARE, 1);
        encoder.execute(() -> {
            ExportOutcome outcome;
            try {
                gif.finish(progress);
                outcome = ExportOutcome.written(run.target());
            } catch (CancellationException e) {
                outcome = ExportOutcome.cancelled(run.target());
            } catch (Exception | OutOfMemoryError e) {
                gif.cancel();
                outcome = ExportOutcome.failed(run.target(), UserMessages.of(Messages.text("doing.record"), run.target(), e));
            }
            run.finish(outcome);
            encoder.shutdown();
        });
    }

    private void end(ExportOutcome outcome) {
        lesson.moveTo(startPosition);
        encoder.execute(encoder::shutdown);
        run.finish(outcome);
    }

    /** The window as drawn now, cut to the views' area. */
    private BufferedImage photograph() {
        shot = scene.snapshot(shot != null && shot.getWidth() == scene.getWidth() && shot.getHeight() == scene.getHeight()
                ? shot : null);
        int x = (int) Math.max(0, Math.floor(area.getMinX()));
        int y = (int) Math.max(0, Math.floor(area.getMinY()));
        int w = (int) Math.min(shot.getWidth() - x, Math.ceil(area.getWidth()));
        int h = (int) Math.min(shot.getHeight() - y, Math.ceil(area.getHeight()));
        BufferedImage frame = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        if (row == null || row.length != w) {
            row = new int[w];
        }
        var reader = shot.getPixelReader();
        for (int r = 0; r < h; r++) {
            reader.getPixels(x, y + r, w, 1, PixelFormat.getIntArgbInstance(), row, 0, w);
            frame.setRGB(0, r, w, 1, row, 0, w);
        }
        return frame;
    }

    /** The smallest scene rectangle holding all {@code nodes}. */
    private static Bounds union(List<Node> nodes) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Node n : nodes) {
            Bounds b = n.localToScene(n.getLayoutBounds());
            minX = Math.min(minX, b.getMinX());
            minY = Math.min(minY, b.getMinY());
            maxX = Math.max(maxX, b.getMaxX());
            maxY = Math.max(maxY, b.getMaxY());
        }
        return new javafx.geometry.BoundingBox(minX, minY, Math.max(1, maxX - minX), Math.max(1, maxY - minY));
    }

    private static void afterPulses(Runnable action) {
        new AnimationTimer() {
            private int seen;

            @Override
            public void handle(long now) {
                if (++seen >= SETTLE_PULSES) {
                    stop();
                    action.run();
                }
            }
        }.start();
    }
}
