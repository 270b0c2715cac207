package app.conv3d.capture;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a camera call on a daemon thread and waits at most a deadline: drivers may block forever, and the
 * caller (a recording, the UI) must not. A call that overruns is abandoned on its daemon thread.
 */
final class CameraCalls {
    private static final AtomicInteger THREADS = new AtomicInteger();

    private CameraCalls() {
    }

    static ThreadFactory daemonThreads(String name) {
        return r -> {
            Thread t = new Thread(r, name + "-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** A single daemon thread for a stream of calls that must stay in order (one camera's grabs). */
    static ExecutorService singleThread(String name) {
        return Executors.newSingleThreadExecutor(daemonThreads(name));
    }

    /** One call on its own daemon thread. */
    static <T> T call(String threadName, Callable<T> call, long timeoutMillis)
            throws TimeoutException, ExecutionException, InterruptedException {
        ExecutorService once = singleThread(threadName);
        try {
            return within(once.submit(call), timeoutMillis);
        } finally {
            once.shutdown();
        }
    }

    static <T> T within(Future<T> future, long timeoutMillis)
            throws TimeoutException, ExecutionException, InterruptedException {
        try {
            return future.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | InterruptedException e) {
            future.cancel(true);
            throw e;
        }
    }

    /** The first {@link LinkageError} in the cause chain: a driver whose native library did not load. */
    static LinkageError linkageError(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof LinkageError e) {
                return e;
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return null;
    }

    /** As {@link #driverMissing(String, LinkageError)} for the driver in use, whichever it is. */
    static CaptureException driverMissing(LinkageError e) {
        return new CaptureException(CaptureException.Reason.DRIVER_MISSING,
                CaptureTexts.text("driver.missing.inUse", firstLine(e.getMessage())), e);
    }

    static CaptureException driverMissing(String driver, LinkageError e) {
        return new CaptureException(CaptureException.Reason.DRIVER_MISSING,
                CaptureTexts.text("driver.missing", driver, firstLine(e.getMessage())), e);
    }

    static String firstLine(String s) {
        if (s == null) {
            return "no details";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
