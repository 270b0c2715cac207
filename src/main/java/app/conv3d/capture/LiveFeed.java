package app.conv3d.capture;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Live mode's camera loop: a daemon thread grabs pictures as fast as the camera gives them, shows each to
 * the preview and offers it to the {@link LiveWindow} (which drops it if still busy). Paused, it grabs nothing
 * (nobody watches, or the class discusses a frozen moment). Stops when closed, or at the first camera failure,
 * which it reports once.
 */
public final class LiveFeed implements AutoCloseable {
    private final Thread thread;
    private final AtomicLong grabbed = new AtomicLong();
    private volatile boolean running = true;
    private final Object pause = new Object();
    private boolean paused;

    private LiveFeed(FrameSource source, LiveWindow window, Consumer<Frame> preview, Consumer<CaptureException> failed) {
        thread = CameraCalls.daemonThreads("conv3d-live-feed").newThread(() -> {
            while (running) {
                if (!awaitUnpaused()) {
                    return;
                }
                Frame frame;
                try {
                    frame = source.grab();
                } catch (CaptureException e) {
                    if (running) {
                        running = false;
                        failed.accept(e);
                    }
                    return;
                }
                grabbed.incrementAndGet();
                preview.accept(frame);
                window.offer(frame);
            }
        });
    }

    /**
     * Starts feeding {@code window} from {@code source}.
     *
     * @param preview told of every picture, on the feed's thread (keep it quick: newest-wins painting)
     * @param failed  told once if the camera fails, on the feed's thread
     */
    public static LiveFeed start(FrameSource source, LiveWindow window, Consumer<Frame> preview,
            Consumer<CaptureException> failed) {
        return start(source, window, preview, failed, false);
    }

    /**
     * Starts feeding {@code window} from {@code source}, resting from the first moment when {@code paused} (a camera
     * opened for a hidden pane must not take even one picture before the pause arrives).
     */
    public static LiveFeed start(FrameSource source, LiveWindow window, Consumer<Frame> preview,
            Consumer<CaptureException> failed, boolean paused) {
        LiveFeed feed = new LiveFeed(source, window, preview, failed);
        feed.paused = paused;
        feed.thread.start();
        return feed;
    }

    /** Stops grabbing after the picture in progress ({@code true}), or goes on ({@code false}); any thread. */
    public void setPaused(boolean pausing) {
        synchronized (pause) {
            paused = pausing;
            pause.notifyAll();
        }
    }

    /** Waits while paused; false once closed. */
    private boolean awaitUnpaused() {
        synchronized (pause) {
            while (paused && running) {
                try {
                    pause.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return running;
    }

    /** Pictures grabbed so far. */
    public long grabbed() {
        return grabbed.get();
    }

    public boolean isRunning() {
        return running && thread.isAlive();
    }

    /** Stops after the current grab; does not wait (a frozen camera must not freeze the caller). */
    @Override
    public void close() {
        running = false;
        setPaused(false);
    }

    /** Waits at most {@code millis} for the loop to end (tests, benchmarks). */
    public boolean awaitStop(long millis) throws InterruptedException {
        thread.join(millis);
        return !thread.isAlive();
    }
}
