package app.conv3d.capture;

import app.conv3d.core.Axis3;
import app.conv3d.core.ConvShape;
import app.conv3d.core.ConvSpec;
import app.conv3d.core.InvalidSpecException;
import app.conv3d.core.KernelBank;
import app.conv3d.core.Volume;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Live mode: the newest {@code frames} camera frames, fitted to the lesson's size, and per new frame the
 * window's features, equal to {@code Conv3d.apply} on those frames for every geometry ({@link WindowFeatures}
 * convolves only the output frames it has not seen). A frame offered while the previous one is still being
 * computed is dropped and counted, never queued: the camera may run faster than the convolution, and memory
 * must stay flat.
 */
public final class LiveWindow implements AutoCloseable {
    private final int frames;
    private final int height;
    private final int width;
    private final KernelBank bank;
    private final ConvSpec spec;
    private final Consumer<LiveSlice> listener;

    /**
     * The window, oldest first, in the engine's planar order ({@link Volume#toPlanar}); its arrays are reused as
     * frames roll through. Kept once: the channel-last clip is made from them when asked for ({@link #window()}).
     */
    private final ArrayDeque<float[]> planes;
    /** The newest camera frame fitted to the lesson's size, channel-last, before it is reordered; reused. */
    private final float[] fitted;
    private final WindowFeatures features;
    private LiveSlice latest;
    private final ExecutorService worker;
    private final AtomicBoolean busy = new AtomicBoolean();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong processed = new AtomicLong();
    private FrameFit fit;
    private long sequence;

    /**
     * @param frames   the window length (the lesson's clip length, 16)
     * @param listener told of each new slice on the live worker thread; may be null
     */
    public LiveWindow(int frames, int height, int width, KernelBank bank, ConvSpec spec, Consumer<LiveSlice> listener) {
        if (frames < 1) {
            throw new InvalidSpecException(CaptureTexts.text("live.frames", frames));
        }
        if (bank.channels() != 3) {
            throw new InvalidSpecException(CaptureTexts.text("live.channels", bank.channels()));
        }
        ConvShape full = WindowSlice.shape(frames, height, width, bank, spec);
        if (full == null) {
            throw new InvalidSpecException(CaptureTexts.text("live.time", frames));
        }
        this.frames = frames;
        this.height = height;
        this.width = width;
        this.bank = bank;
        this.spec = spec;
        this.listener = listener;
        this.planes = new ArrayDeque<>(frames);
        this.fitted = new float[height * width * 3];
        this.features = new WindowFeatures(height, width, bank, spec);
        this.worker = CameraCalls.singleThread("conv3d-live");
    }

    /**
     * Hands a frame to the live worker unless it is still busy with the previous one, in which case the frame
     * is dropped and counted. Never blocks.
     *
     * @return true when the frame will be processed
     */
    public boolean offer(Frame frame) {
        received.incrementAndGet();
        if (!busy.compareAndSet(false, true)) {
            dropped.incrementAndGet();
            return false;
        }
        try {
            worker.execute(() -> {
                try {
                    LiveSlice slice = push(frame);
                    if (slice != null && listener != null) {
                        listener.accept(slice);
                    }
                } catch (java.util.concurrent.CancellationException e) {
                    if (!worker.isShutdown()) {
                        throw e;
                    } // closing interrupts the convolution in progress: that frame is simply not shown
                } finally {
                    busy.set(false);
                    processed.incrementAndGet(); // after: whoever sees the count may offer the next frame at once
                }
            });
            return true;
        } catch (java.util.concurrent.RejectedExecutionException e) { // closed
            busy.set(false);
            dropped.incrementAndGet();
            return false;
        }
    }

    /**
     * Adds a frame on the caller's thread and returns the window's new features, or null while the window is
     * still too short for one output. For the worker, benchmarks and tests; not to be mixed with
     * {@link #offer} from another thread.
     */
    public LiveSlice push(Frame frame) {
        List<float[]> snapshot;
        long seq;
        long first;
        synchronized (this) {
            if (fit == null || !fit.fits(frame)) {
                fit = new FrameFit(frame.width(), frame.height(), width, height);
            }
            boolean full = planes.size() == frames;
            float[] planar = full ? planes.removeFirst() : new float[height * width * 3];
            fit.apply(frame, fitted, 0);
            Volume.toPlanar(fitted, height * width, 3, planar);
            planes.addLast(planar);
            seq = sequence++;
            first = seq - planes.size() + 1;
            if (WindowSlice.shape(planes.size(), height, width, bank, spec) == null) {
                return null;
            }
            snapshot = new ArrayList<>(planes);
        }
        // the buffers in the snapshot are only recycled by the next push, which runs on this same thread
        Axis3 out = features.output(snapshot.size());
        LiveSlice slice = new LiveSlice(seq, frame.nanos(), features.of(snapshot, first), bank.count(), out.h(), out.w());
        synchronized (this) {
            latest = slice;
        }
        return slice;
    }

    /** The features after the newest frame pushed, or null before the first output. */
    public synchronized LiveSlice latest() {
        return latest;
    }

    /** The frames in the window now, oldest first, as a clip (a copy: freeze this moment as the lesson's clip). */
    public synchronized Volume window() {
        if (planes.isEmpty()) {
            throw new IllegalStateException("no frames yet");
        }
        int frameSize = height * width * 3;
        float[] data = new float[planes.size() * frameSize];
        int t = 0;
        for (float[] f : planes) {
            Volume.toChannelLast(f, height * width, 3, data, t++ * frameSize);
        }
        return new Volume(planes.size(), height, width, 3, data);
    }

    /** The newest frame alone, as a one-frame clip (a copy: the window reuses its arrays). */
    public synchronized Volume newestFrame() {
        if (planes.isEmpty()) {
            throw new IllegalStateException("no frames yet");
        }
        float[] data = new float[height * width * 3];
        Volume.toChannelLast(planes.getLast(), height * width, 3, data, 0);
        return new Volume(1, height, width, 3, data);
    }

    public synchronized int windowSize() {
        return planes.size();
    }

    /** Frames offered while busy, dropped unprocessed. */
    public long dropped() {
        return dropped.get();
    }

    /** Frames the worker has finished with, features or not (a test hands a camera its next frame after this). */
    public long processed() {
        return processed.get();
    }

    /** Frames offered in all. */
    public long received() {
        return received.get();
    }

    /** Waits at most {@code millis} for the frame in progress, if any (tests, orderly shutdown). */
    public boolean awaitIdle(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (busy.get()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(1);
        }
        return true;
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
