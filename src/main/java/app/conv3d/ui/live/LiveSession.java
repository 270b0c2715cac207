package app.conv3d.ui.live;

import app.conv3d.capture.CaptureException;
import app.conv3d.capture.FrameSource;
import app.conv3d.capture.LiveFeed;
import app.conv3d.capture.LiveWindow;
import java.util.function.Supplier;

/**
 * One run of a live camera, from opening it to closing it: the camera opened off the caller's thread (discovery can
 * take seconds), a {@link LiveWindow} made for it, and the {@link LiveFeed} that grabs into the window; resting and
 * waking the feed; and closing all three off the caller's thread (a frozen camera must not freeze the window). The
 * one camera loop behind live mode ({@link LiveMode}) and live classification. Toolkit-free: what it has to say
 * arrives on its own threads, and the owner hands it on (to the FX thread, or to its next pulse).
 */
public final class LiveSession {
    /** What happens to the session; called on the session's threads. */
    public interface Events {
        /** Once the camera is open and the feed runs; {@code note} is what the teacher should know, or null. */
        void opened(String note);

        /** Once at most: the camera could not be opened or failed; the session has released it. */
        void failed(String message);
    }

    private final LiveCamera camera;
    private final Supplier<LiveWindow> windowMaker;
    private final Events events;
    private volatile boolean closed;
    private volatile LiveFeed feed;
    private volatile LiveWindow window;
    /** Whether the feed should rest; the feed may start after this was set. */
    private boolean paused;
    private FrameSource source;

    /**
     * @param windowMaker makes the live window once the camera is open, on the opener thread
     */
    public LiveSession(LiveCamera camera, Supplier<LiveWindow> windowMaker, Events events) {
        this.camera = camera;
        this.windowMaker = windowMaker;
        this.events = events;
    }

    /** Opens the camera on a thread of its own and starts feeding; returns at once. */
    public void open() {
        Thread opener = new Thread(this::openHere, "conv3d-live-open");
        opener.setDaemon(true);
        opener.start();
    }

    private void openHere() {
        try {
            LiveCamera.Opened opened = camera.open();
            synchronized (this) {
                source = opened.source(); // released on failure from here on, even if the window cannot be made
            }
            LiveWindow w = windowMaker.get();
            synchronized (this) {
                window = w;
                if (closed) {
                    release();
                    return;
                }
                feed = LiveFeed.start(opened.source(), w, frame -> { }, e -> events.failed(e.getMessage()), paused);
            }
            events.opened(opened.note());
        } catch (CaptureException | RuntimeException e) {
            synchronized (this) {
                release();
            }
            events.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    /** Rests the camera loop (nothing grabbed, nothing convolved), or wakes it; any thread. */
    public synchronized void pause(boolean rest) {
        paused = rest;
        if (feed != null) {
            feed.setPaused(rest);
        }
    }

    /** The live window once the camera is open, else null. */
    public LiveWindow window() {
        return window;
    }

    public boolean isClosed() {
        return closed;
    }

    /** Camera pictures grabbed so far (0 before the camera is open); any thread. */
    public long grabbed() {
        LiveFeed f = feed;
        return f == null ? 0 : f.grabbed();
    }

    /** Pictures the live window dropped because it was still busy with the one before; any thread. */
    public long dropped() {
        LiveWindow w = window;
        return w == null ? 0 : w.dropped();
    }

    /** Whether the camera is open and its loop started, resting or not. */
    public boolean feedStarted() {
        return feed != null;
    }

    /** Whether a camera loop is running now (it must end when the session closes). */
    public boolean feeding() {
        LiveFeed f = feed;
        return f != null && f.isRunning();
    }

    /** Ends the feed, then the window's worker and the camera, on a thread of its own; returns at once. */
    public void close() {
        closed = true;
        Thread closer = new Thread(() -> {
            synchronized (this) {
                release();
            }
        }, "conv3d-live-close");
        closer.setDaemon(true);
        closer.start();
    }

    private void release() {
        LiveFeed f = feed;
        if (f != null) {
            f.close();
            try {
                f.awaitStop(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (window != null) {
            try {
                // closing interrupts the worker: let the slice in progress finish rather than fail
                window.awaitIdle(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            window.close();
        }
        if (source != null) {
            source.close();
        }
    }
}
