package app.conv3d.ui.export;

import app.conv3d.io.ExportProgress;
import app.conv3d.ui.files.UserMessages;
import app.conv3d.ui.i18n.Messages;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

/**
 * One export in flight, as the dialog shows it: how far it is (0..1; -1 while unknown), whether it is
 * still running, and a way to cancel. Properties change on the FX thread.
 */
public final class ExportRun {
    private final Path target;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", true);
    private final CompletableFuture<ExportOutcome> outcome = new CompletableFuture<>();
    private final Executor fx;

    ExportRun(Path target, Executor fx) {
        this.target = target;
        this.fx = fx;
    }

    /** Runs {@code work} on {@code background}: progress and the outcome come back through {@code fx}. */
    static ExportRun start(Path target, Executor background, Executor fx, Work work) {
        ExportRun run = new ExportRun(target, fx);
        background.execute(() -> {
            try {
                work.write(target, run.progress());
                run.finish(ExportOutcome.written(target));
            } catch (CancellationException e) {
                run.finish(ExportOutcome.cancelled(target));
            } catch (Exception | OutOfMemoryError e) {
                run.finish(run.isCancelled() ? ExportOutcome.cancelled(target)
                        : ExportOutcome.failed(target, UserMessages.of(Messages.text("doing.export"), target, e)));
            }
        });
        return run;
    }

    /** An export's writing step. */
    @FunctionalInterface
    interface Work {
        void write(Path target, ExportProgress progress) throws Exception;
    }

    /** Progress reports for the worker: handed to the FX thread, never going back. */
    ExportProgress progress() {
        return ExportProgress.of(f -> fx.execute(() -> {
            if (running.get() && f > progress.get()) {
                progress.set(f);
            }
        }), cancelled::get);
    }

    void setProgress(double f) {
        progress.set(f);
    }

    /** Asks the export to stop; it ends as soon as it next looks, leaving no file. */
    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    void finish(ExportOutcome result) {
        fx.execute(() -> {
            if (result.status() == ExportOutcome.Status.WRITTEN) {
                progress.set(1);
            }
            running.set(false);
            outcome.complete(result);
        });
    }

    public Path target() {
        return target;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Completes (on the FX thread) when the export has ended one way or another; never exceptionally. */
    public CompletableFuture<ExportOutcome> outcome() {
        return outcome;
    }
}
