package app.conv3d.ui.capture;

import app.conv3d.capture.CaptureException;
import app.conv3d.capture.Frame;
import app.conv3d.capture.FrameFit;
import app.conv3d.capture.FrameSource;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The live camera picture, cropped as the lesson will use it: a daemon thread grabs about thirty pictures a second,
 * and only the newest reaches the UI thread (at most one hand-over waits there, so a slow window skips pictures
 * instead of queueing them). Pictures shown by the recorder come through {@link #show} the same way. No toolkit:
 * a test drives it with the virtual camera and a plain executor.
 */
public final class CameraPreviewModel {
    private static final long FRAME_NANOS = 33_000_000L; // ~30 a second at most

    private final int width;
    private final int height;
    private final Executor ui;
    private final ReadOnlyObjectWrapper<ArgbPicture> picture = new ReadOnlyObjectWrapper<>(this, "picture");
    private final AtomicReference<ArgbPicture> newest = new AtomicReference<>();
    private final AtomicBoolean handOverWaiting = new AtomicBoolean();
    private volatile Thread grabbing;
    private FrameFit fit;

    /**
     * @param height, width the lesson's frame size, which every picture is cropped and resized to
     * @param ui            runs property updates on the UI thread ({@code Platform::runLater})
     */
    public CameraPreviewModel(int height, int width, Executor ui) {
        this.height = height;
        this.width = width;
        this.ui = Objects.requireNonNull(ui);
    }

    // ---- properties ----

    /** The newest picture shown; null before the first. A new object each time, never changed in place. */
    public ReadOnlyObjectProperty<ArgbPicture> pictureProperty() {
        return picture.getReadOnlyProperty();
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public boolean running() {
        return grabbing != null;
    }

    // ---- commands ----

    /**
     * Grabs from {@code source} until {@link #stop}; a grab that fails (other than by being cancelled) stops the
     * preview and hands its message to {@code failed} on the UI thread. Does nothing while already running.
     */
    public void start(FrameSource source, Consumer<String> failed) {
        if (grabbing != null) {
            return;
        }
        Thread t = new Thread(() -> grab(source, failed), "conv3d-capture-preview");
        t.setDaemon(true);
        grabbing = t;
        t.start();
    }

    /** Lets the grabbing thread finish its current grab and end; never waits for it (a frozen camera). */
    public void stop() {
        grabbing = null;
    }

    /** Shows {@code frame} (from any thread): the newest picture wins. */
    public void show(Frame frame) {
        newest.set(new ArgbPicture(width, height, fitted(frame)));
        if (handOverWaiting.compareAndSet(false, true)) {
            ui.execute(() -> {
                handOverWaiting.set(false);
                ArgbPicture p = newest.getAndSet(null);
                if (p != null) {
                    picture.set(p);
                }
            });
        }
    }

    private void grab(FrameSource source, Consumer<String> failed) {
        Thread self = Thread.currentThread();
        while (grabbing == self) {
            long next = System.nanoTime() + FRAME_NANOS;
            try {
                Frame frame = source.grab();
                if (grabbing == self) {
                    show(frame);
                }
            } catch (CaptureException e) {
                if (grabbing == self && e.reason() != CaptureException.Reason.CANCELLED) {
                    grabbing = null;
                    ui.execute(() -> failed.accept(e.getMessage()));
                }
                return;
            }
            long wait = next - System.nanoTime();
            if (wait > 0) {
                try {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /** The fit is kept while the camera's size stays (the preview thread and the recorder both call this). */
    private synchronized int[] fitted(Frame frame) {
        if (fit == null || !fit.fits(frame)) {
            fit = new FrameFit(frame.width(), frame.height(), width, height);
        }
        return fit.applyArgb(frame);
    }
}
