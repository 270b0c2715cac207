package app.conv3d.ui.fuzz;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Catches every exception no code caught: the JVM's default handler and the FX thread's own (JavaFX hands an
 * exception thrown in an event handler to the FX thread's handler), for the time of a test.
 */
final class UncaughtExceptions implements AutoCloseable {
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final Thread.UncaughtExceptionHandler previousDefault;
    private final Thread fxThread;
    private final Thread.UncaughtExceptionHandler previousFx;

    /** Installs the handlers; call on the FX thread. */
    UncaughtExceptions() {
        previousDefault = Thread.getDefaultUncaughtExceptionHandler();
        fxThread = Thread.currentThread();
        previousFx = fxThread.getUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler(this::record);
        fxThread.setUncaughtExceptionHandler(this::record);
    }

    private void record(Thread thread, Throwable problem) {
        StringWriter text = new StringWriter();
        problem.printStackTrace(new PrintWriter(text));
        seen.add("in " + thread.getName() + ": " + text);
    }

    List<String> seen() {
        return List.copyOf(seen);
    }

    /** Puts the handlers back; call on the FX thread. */
    @Override
    public void close() {
        Thread.setDefaultUncaughtExceptionHandler(previousDefault);
        fxThread.setUncaughtExceptionHandler(previousFx);
    }
}
