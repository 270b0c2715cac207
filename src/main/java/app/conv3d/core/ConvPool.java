package app.conv3d.core;

import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * The engine's own threads, one per processor, daemons so they never keep the app alive. The caller
 * only hands out work and waits: its thread may be the UI's worker or a benchmark harness, and mixing
 * heavy work into it would make timings depend on who calls.
 */
final class ConvPool {
    static final ConvPool SHARED = new ConvPool(Runtime.getRuntime().availableProcessors());

    private static final ThreadGroup GROUP = new ThreadGroup("conv3d");

    private final int threads;
    private final Executor executor;

    ConvPool(int threads) {
        this.threads = Math.max(1, threads);
        AtomicInteger counter = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(this.threads, this.threads, 0, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(GROUP, r, "conv3d-" + counter.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    /** A daemon thread of the engine's group: pool calls made on it run inline, on that thread alone. */
    static Thread engineThread(Runnable body, String name) {
        Thread t = new Thread(GROUP, body, name);
        t.setDaemon(true);
        return t;
    }

    int threads() {
        return threads;
    }

    /**
     * Runs {@code body} for every index in {@code [0, tasks)} on the pool's threads and returns when all
     * are done. Indices are handed out one at a time, so uneven tasks balance themselves. If the caller
     * is interrupted while waiting, the remaining tasks are skipped and a {@link CancellationException}
     * is thrown (the result is incomplete; newest-request-wins callers drop it anyway).
     */
    void parallelFor(int tasks, IntConsumer body) {
        if (tasks <= 0) {
            return;
        }
        if (Thread.currentThread().getThreadGroup() == GROUP) {
            // Already on an engine thread (a nested call): waiting for siblings could deadlock.
            for (int i = 0; i < tasks; i++) {
                body.accept(i);
            }
            return;
        }
        Batch batch = new Batch(tasks, body, Math.min(threads, tasks), Thread.currentThread());
        for (int w = 0; w < batch.workers; w++) {
            executor.execute(batch);
        }
        batch.await();
    }

    /** One parallelFor call: a shared task counter, and a count of workers still running. */
    private static final class Batch implements Runnable {
        private final int tasks;
        private final IntConsumer body;
        private final int workers;
        private final Thread caller;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger running;
        private volatile boolean cancelled;
        private volatile Throwable failure;

        Batch(int tasks, IntConsumer body, int workers, Thread caller) {
            this.tasks = tasks;
            this.body = body;
            this.workers = workers;
            this.caller = caller;
            this.running = new AtomicInteger(workers);
        }

        @Override
        public void run() {
            try {
                int i;
                while (!cancelled && failure == null && (i = next.getAndIncrement()) < tasks) {
                    body.accept(i);
                }
            } catch (Throwable e) {
                failure = e;
            } finally {
                if (running.decrementAndGet() == 0) {
                    LockSupport.unpark(caller);
                }
            }
        }

        void await() {
            while (running.get() > 0) {
                LockSupport.park(this);
                if (Thread.interrupted()) {
                    cancelled = true;
                    while (running.get() > 0) {
                        LockSupport.park(this);
                        Thread.interrupted();
                    }
                    Thread.currentThread().interrupt();
                    throw new CancellationException("convolution cancelled: the calling thread was interrupted");
                }
            }
            Throwable e = failure;
            if (e instanceof RuntimeException r) {
                throw r;
            }
            if (e instanceof Error err) {
                throw err;
            }
            if (e != null) {
                throw new IllegalStateException(e);
            }
        }
    }
}
