package app.conv3d.ui.lesson;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The app's own worker for resizing and convolution: one daemon thread, so closing the window ends the app. */
public final class ComputeThread {
    private ComputeThread() {
    }

    public static ExecutorService create() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "conv3d-compute");
            t.setDaemon(true);
            return t;
        });
    }
}
