package app.conv3d.ui.lesson;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs heavy jobs in the background so that at most one is in flight and only the newest waiting one
 * runs next: a teacher dragging a slider asks for fifty recomputes and gets two. Results and failures
 * are handed to {@code deliver} (the FX thread in the app); a superseded job's result is dropped.
 * A job may come in two steps, a quick first answer and the whole one: the first is delivered as soon as it
 * is ready, and the second step is skipped when a newer job has arrived meanwhile.
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
        enqueue(job -> work.get(), onResult, onFailure);
    }

    /**
     * Queues a job in two steps, replacing any job not yet started: {@code first} runs and its answer goes to
     * {@code onFirst} at once; then, unless a newer job has been submitted meanwhile, {@code then} continues from
     * it to the job's result for {@code onResult}. Either is delivered only while the job is the newest; a failure
     * in either step goes to {@code onFailure}.
     */
    public <P> void submit(Supplier<P> first, Consumer<P> onFirst, Function<P, T> then, Consumer<T> onResult,
            Consumer<Throwable> onFailure) {
        enqueue(job -> {
            P early = first.get();
            deliver.execute(() -> {
                if (isNewest(job)) {
                    onFirst.accept(early);
                }
            });
            if (!isNewest(job)) {
                job.superseded = true;
                return null;
            }
            return then.apply(early);
        }, onResult, onFailure);
    }

    private void enqueue(Function<Job<T>, T> work, Consumer<T> onResult, Consumer<Throwable> onFailure) {
        synchronized (lock) {
            pending = new Job<>(++submitted, work, onResult, onFailure);
            if (running) {
                return;
            }
            running = true;
        }
        try {
            background.execute(this::drain);
        } catch (RejectedExecutionException closed) {
            // the worker was shut down (the window is closing): an edit committed on the way out has no one to show it to
            synchronized (lock) {
                pending = null;
                running = false;
            }
        }
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
                T result = job.work.apply(job);
                if (job.superseded) {
                    continue;
                }
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

    private static final class Job<T> {
        final long number;
        final Function<Job<T>, T> work;
        final Consumer<T> onResult;
        final Consumer<Throwable> onFailure;
        /** Set by the job itself when a newer one arrived between its steps: nothing to deliver. */
        boolean superseded;

        Job(long number, Function<Job<T>, T> work, Consumer<T> onResult, Consumer<Throwable> onFailure) {
            this.number = number;
            this.work = work;
            this.onResult = onResult;
            this.onFailure = onFailure;
        }
    }
}
