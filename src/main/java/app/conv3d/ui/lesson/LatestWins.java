package app.conv3d.ui.lesson;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs heavy jobs in the background so that at most one is in flight and only the newest waiting one
 * runs next: a teacher dragging a slider asks for fifty recomputes and gets two. Results and failures
 * are handed to {@code deliver} (the FX thread in the app); a superseded job's result is dropped.
 */
public final class LatestWins<T> {
    private final Executor background;
    private final Executor deliver;
    private final Object lock = new Object();
    private Job<T> pending;
    private boolean running;
    private long submitted;

    public LatestWins(Executor background, Executor deliver) {
        this.background = background;
        this.deliver = deliver;
    }

    /** Queues {@code work}, replacing any job not yet started. */
    public void submit(Supplier<T> work, Consumer<T> onResult, Consumer<Throwable> onFailure) {
        synchronized (lock) {
            pending = new Job<>(++submitted, work, onResult, onFailure);
            if (running) {
                return;
            }
            running = true;
        }
        background.execute(this::drain);
    }

    /** Whether a job is running or waiting. */
    public boolean busy() {
        synchronized (lock) {
            return running;
        }
    }

    private void drain() {
        while (true) {
            Job<T> job;
            synchronized (lock) {
                job = pending;
                pending = null;
                if (job == null) {
                    running = false;
                    return;
                }
            }
            try {
                T result = job.work.get();
                deliver.execute(() -> {
                    if (isNewest(job)) {
                        job.onResult.accept(result);
                    }
                });
            } catch (RuntimeException | Error e) {
                deliver.execute(() -> {
                    if (isNewest(job)) {
                        job.onFailure.accept(e);
                    }
                });
            }
        }
    }

    private boolean isNewest(Job<T> job) {
        synchronized (lock) {
            return job.number == submitted;
        }
    }

    private record Job<T>(long number, Supplier<T> work, Consumer<T> onResult, Consumer<Throwable> onFailure) {
    }
}
