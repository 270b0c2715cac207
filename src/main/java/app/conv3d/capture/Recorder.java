package app.conv3d.capture;

import java.util.ArrayList;
import java.util.List;

/**
 * Records a clip from a {@link FrameSource} off the caller's thread: checks the camera answers with a real
 * picture, counts down, then takes the frames at a fixed rate (frame i is due at start + i x interval, so
 * a slow grab does not push every later frame back). Failures end it with one {@link CaptureException};
 * whatever the caller had before is untouched, because a recording only ever produces a new object.
 */
public final class Recorder {
    /** How long a camera may show only black (many show black for their first frames) before we say so. */
    static final long BLACK_WAIT_MILLIS = 3000;
    /** Pictures during the countdown come this often (25 a second), for a smooth preview. */
    private static final long COUNTDOWN_PREVIEW_NANOS = 40_000_000L;

    private Recorder() {
    }

    public static RecordingTask start(FrameSource source, RecordingPlan plan, RecordingListener listener) {
        RecordingTask task = new RecordingTask();
        Thread t = CameraCalls.daemonThreads("conv3d-recorder").newThread(() -> {
            try {
                task.result().complete(record(source, plan, listener, task));
            } catch (CaptureException e) {
                task.result().completeExceptionally(e);
            } catch (RuntimeException | Error e) {
                task.result().completeExceptionally(new CaptureException(CaptureException.Reason.NO_PICTURE,
                        CaptureTexts.text("recording.failed", source.name(), e), e));
            }
        });
        task.attach(t);
        t.start();
        return task;
    }

    private static Recording record(FrameSource source, RecordingPlan plan, RecordingListener listener, RecordingTask task)
            throws CaptureException {
        waitForPicture(source, task);
        // countdown: keep grabbing, so a camera that buffers pictures hands out fresh ones afterwards
        for (int left = plan.countdown(); left >= 1; left--) {
            int shown = left;
            notify(() -> listener.countdown(shown));
            long tickEnd = System.nanoTime() + plan.tick().toNanos();
            while (System.nanoTime() < tickEnd) {
                checkCancelled(task);
                Frame frame = source.grab();
                notify(() -> listener.previewed(frame));
                sleepUntil(Math.min(tickEnd, System.nanoTime() + COUNTDOWN_PREVIEW_NANOS), task);
            }
        }
        notify(() -> listener.countdown(0));
        long intervalNanos = plan.interval().toNanos();
        List<Frame> frames = new ArrayList<>(plan.frames());
        long start = System.nanoTime();
        for (int i = 0; i < plan.frames(); i++) {
            sleepUntil(start + i * intervalNanos, task);
            checkCancelled(task);
            Frame frame = source.grab();
            frames.add(frame);
            int index = i;
            notify(() -> listener.frameRecorded(index, plan.frames(), frame));
        }
        checkCancelled(task);
        return new Recording(source.name(), start, frames);
    }

    /** The first grab proves the camera answers; then it has a few seconds to show more than black. */
    private static void waitForPicture(FrameSource source, RecordingTask task) throws CaptureException {
        long deadline = System.nanoTime() + BLACK_WAIT_MILLIS * 1_000_000;
        while (true) {
            checkCancelled(task);
            if (!source.grab().isBlack()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new CaptureException(CaptureException.Reason.BLACK_PICTURE, CaptureTexts.text("camera.black", source.name()));
            }
            sleepUntil(System.nanoTime() + 30_000_000L, task);
        }
    }

    private static void sleepUntil(long nanos, RecordingTask task) throws CaptureException {
        while (true) {
            checkCancelled(task);
            long left = nanos - System.nanoTime();
            if (left <= 0) {
                return;
            }
            try {
                Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
            } catch (InterruptedException e) {
                checkCancelled(task);
                Thread.currentThread().interrupt();
                throw cancelled();
            }
        }
    }

    private static void checkCancelled(RecordingTask task) throws CaptureException {
        if (task.isCancelled()) {
            throw cancelled();
        }
    }

    private static CaptureException cancelled() {
        return new CaptureException(CaptureException.Reason.CANCELLED, CaptureTexts.text("recording.cancelled"));
    }

    private static void notify(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            // a listener's problem must not spoil the recording
        }
    }
}
