package app.conv3d.capture;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A recording in progress: its eventual result, and a way to stop it. */
public final class RecordingTask {
    private final CompletableFuture<Recording> result = new CompletableFuture<>();
    private volatile boolean cancelled;
    private volatile Thread worker;

    RecordingTask() {
    }

    /** Completes with the recording, or exceptionally with a {@link CaptureException}. */
    public CompletableFuture<Recording> result() {
        return result;
    }

    /** Stops the recording; the result fails with reason {@code CANCELLED}. Safe to call at any time. */
    public void cancel() {
        cancelled = true;
        Thread t = worker;
        if (t != null) {
            t.interrupt();
        }
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Waits for the result at most {@code timeoutMillis}. */
    public Recording await(long timeoutMillis) throws CaptureException, InterruptedException {
        try {
            return result.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof CaptureException c) {
                throw c;
            }
            throw new IllegalStateException("recording failed unexpectedly", e.getCause());
        } catch (TimeoutException e) {
            throw new CaptureException(CaptureException.Reason.TIMEOUT, CaptureTexts.text("recording.timeout"), e);
        }
    }

    void attach(Thread t) {
        worker = t;
    }
}
