package app.conv3d.ui;

import app.conv3d.ui.train.TrainRun;
import app.conv3d.ui.train.TrainRunModel;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * For `snapshot --train`: the Train mode opened on the practice gestures and trained for a few epochs, as a teacher
 * would with the Train button (and "Compare with 2D"), so the picture shows the curves, kernels and matrix at the end.
 * Deterministic: the practice set and the training both have fixed seeds. Call on the FX thread.
 */
public final class TrainSnapshot {
    private TrainSnapshot() {
    }

    /** Completes (on the FX thread) when the training has finished; exceptionally with its message otherwise. */
    public static CompletionStage<?> trained(MainWindow window, int epochs, boolean compare) {
        CompletableFuture<Object> done = new CompletableFuture<>();
        window.trainShownProperty().set(true);
        TrainRunModel model = window.trainRun();
        model.setEpochs(epochs);
        model.trainingProperty().addListener((obs, was, now) -> {
            if (!now) {
                TrainRun last = compare ? model.comparisonProperty().get() : model.runProperty().get();
                if (last != null && last.finished()) {
                    done.complete(null);
                } else {
                    done.completeExceptionally(new IllegalStateException(model.messageProperty().get()));
                }
            }
        });
        if (compare) {
            model.compareWith2d();
        } else {
            model.train();
        }
        return done;
    }
}
