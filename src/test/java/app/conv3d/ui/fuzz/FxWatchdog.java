package app.conv3d.ui.fuzz;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;

/**
 * Pings the FX thread every few milliseconds and keeps the longest time the FX thread was blocked while a ping
 * waited: the CPU time it spent on something else, plus the time it was seen parked or waiting for a lock outside
 * its event loop. Not the wall-clock wait itself: on a machine shared by several builds (load 20 on two cores)
 * a starved FX thread waits for the CPU for seconds while doing nothing wrong, and the wall-clock wait is reported
 * alongside. When the FX thread has been blocked past the limit, its stack is kept, so a failure says what it was
 * doing.
 */
final class FxWatchdog implements AutoCloseable {
    private static final long PERIOD_MILLIS = 20;
    private static final long SAMPLE_MILLIS = 2;

    private final long limitNanos;
    private final Thread thread;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private volatile boolean running = true;
    private volatile Thread fxThread;
    private volatile long longestBlockedNanos;
    private volatile long wallOfLongestNanos;
    private volatile String stackOfLongest = "";

    FxWatchdog(long limitMillis) {
        this.limitNanos = limitMillis * 1_000_000L;
        Platform.runLater(() -> fxThread = Thread.currentThread());
        thread = new Thread(this::run, "fuzz-fx-watchdog");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        while (running) {
            Thread fx = fxThread;
            if (fx == null) {
                sleep(PERIOD_MILLIS);
                continue;
            }
            long sent = System.nanoTime();
            long cpuBefore = threads.getThreadCpuTime(fx.getId());
            AtomicLong answered = new AtomicLong(-1);
            Platform.runLater(() -> answered.set(System.nanoTime()));
            long waitingNanos = 0;
            long lastSample = sent;
            String stack = null;
            while (running && answered.get() < 0) {
                sleep(SAMPLE_MILLIS);
                long now = System.nanoTime();
                ThreadInfo info = threads.getThreadInfo(fx.getId(), 60);
                if (info != null && answered.get() < 0 && waitingOutsideEventLoop(info)) {
                    waitingNanos += now - lastSample;
                }
                lastSample = now;
                long blocked = threads.getThreadCpuTime(fx.getId()) - cpuBefore + waitingNanos;
                if (stack == null && blocked > limitNanos && info != null) {
                    stack = Arrays.stream(info.getStackTrace()).limit(40).map(e -> "\tat " + e)
                            .reduce("", (a, b) -> a + "\n" + b);
                }
            }
            long wall = (answered.get() < 0 ? System.nanoTime() : answered.get()) - sent;
            long blocked = Math.min(wall, threads.getThreadCpuTime(fx.getId()) - cpuBefore + waitingNanos);
            if (blocked > longestBlockedNanos) {
                longestBlockedNanos = blocked;
                wallOfLongestNanos = wall;
                stackOfLongest = stack == null ? "" : stack;
            }
            sleep(PERIOD_MILLIS);
        }
    }

    /** Parked, sleeping or waiting for a monitor, and not in the toolkit's own wait for the next event. */
    private static boolean waitingOutsideEventLoop(ThreadInfo info) {
        Thread.State state = info.getThreadState();
        if (state == Thread.State.RUNNABLE || state == Thread.State.NEW || state == Thread.State.TERMINATED) {
            return false;
        }
        for (StackTraceElement e : info.getStackTrace()) {
            String where = e.getClassName();
            if (where.startsWith("com.sun.glass.ui") || where.startsWith("com.sun.javafx.tk")) {
                return false; // the event loop (or a nested one) waiting for work: free to answer
            }
            if (where.startsWith("app.conv3d")) {
                return true;
            }
        }
        return state == Thread.State.BLOCKED;
    }

    /** The longest the FX thread was blocked while a ping waited, in milliseconds. */
    long longestMillis() {
        return longestBlockedNanos / 1_000_000L;
    }

    /** The wall-clock wait of that ping, in milliseconds (includes waiting for a busy machine's CPU). */
    long wallOfLongestMillis() {
        return wallOfLongestNanos / 1_000_000L;
    }

    /** What the FX thread was doing when blocked past the limit; empty if it never was. */
    String stackOfLongest() {
        return stackOfLongest;
    }

    /** Forgets what was seen so far. */
    void reset() {
        longestBlockedNanos = 0;
        wallOfLongestNanos = 0;
        stackOfLongest = "";
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
