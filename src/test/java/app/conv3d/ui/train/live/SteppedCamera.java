package app.conv3d.ui.train.live;

import app.conv3d.capture.CaptureException;
import app.conv3d.capture.Frame;
import app.conv3d.capture.FrameSource;
import app.conv3d.core.Volume;
import app.conv3d.ui.live.LiveCamera;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A camera the test hands frames to, one at a time: {@link #grab} waits for the next one. It counts openings and
 * grabs begun, so a test sees whether the live loop reads it at all.
 */
final class SteppedCamera implements LiveCamera {
    final AtomicInteger opened = new AtomicInteger();
    final AtomicInteger grabs = new AtomicInteger();
    final BlockingQueue<Frame> frames = new LinkedBlockingQueue<>();
    private volatile boolean closed;
    private long nanos;

    @Override
    public Opened open() {
        opened.incrementAndGet();
        return new Opened(new FrameSource() {
            @Override
            public String name() {
                return "stepped";
            }

            @Override
            public Frame grab() throws CaptureException {
                grabs.incrementAndGet();
                try {
                    while (!closed) {
                        Frame f = frames.poll(20, TimeUnit.MILLISECONDS);
                        if (f != null) {
                            return f;
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new CaptureException(CaptureException.Reason.DISCONNECTED, "closed");
            }

            @Override
            public void close() {
                closed = true;
            }
        }, null);
    }

    /** Frame {@code t} of {@code clip} (values 0..255) as a camera picture, 33 ms after the one before. */
    Frame frameOf(Volume clip, int t) {
        int[] argb = new int[clip.height() * clip.width()];
        float[] d = clip.data();
        int base = clip.index(t, 0, 0, 0);
        for (int i = 0; i < argb.length; i++) {
            int r = Math.round(d[base + 3 * i]);
            int g = Math.round(d[base + 3 * i + 1]);
            int b = Math.round(d[base + 3 * i + 2]);
            argb[i] = 0xFF000000 | r << 16 | g << 8 | b;
        }
        nanos += 33_333_333L;
        return new Frame(clip.width(), clip.height(), argb, nanos);
    }
}
