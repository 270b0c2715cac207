package app.conv3d.ui.capture;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** One thread standing for the UI thread in the capture session's tests, which run without a toolkit. */
final class StandInUiThread implements Executor {
    private final ExecutorService thread = Executors.newSingleThreadExecutor();

    @Override
    public void execute(Runnable command) {
        thread.execute(command);
    }

    /** Runs {@code read} on the thread and returns what it gives. */
    <T> T call(Callable<T> read) {
        try {
            return thread.submit(read).get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Waits (40 s at most) until {@code condition} holds on the thread; else fails with {@code state}. */
    void waitFor(Callable<Boolean> condition, Supplier<String> state) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
        while (!call(condition)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out; " + call(state::get));
            }
            Thread.onSpinWait();
        }
    }

    void shutdown() {
        thread.shutdown();
    }
}
