package app.conv3d.capture;

import com.github.sarxos.webcam.Webcam;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * An open webcam as a {@link FrameSource}. Every grab runs on this camera's own daemon thread and waits at
 * most the grab timeout, so an unplugged or frozen camera becomes a message, never a hang.
 */
public final class WebcamSource implements FrameSource {
    private static final long NULL_RETRY_MILLIS = 10;

    private final Webcam webcam;
    private final String name;
    private final long grabMillis;
    private final ExecutorService grabber;
    private volatile boolean stuck;
    private volatile boolean closed;

    WebcamSource(Webcam webcam, CaptureTimeouts timeouts) {
        this.webcam = webcam;
        this.name = webcam.getName();
        this.grabMillis = timeouts.grab().toMillis();
        this.grabber = CameraCalls.singleThread("conv3d-camera-grab");
    }

    @Override
    public String name() {
        return name;
    }

    /**
     * Has the virtual camera act {@code gesture} until it is closed; a real camera cannot act, and false says so.
     */
    public boolean act(TestPatternAct gesture) {
        if (webcam.getDevice() instanceof TestPatternDevice device) {
            device.act(gesture);
            return true;
        }
        return false;
    }

    @Override
    public Frame grab() throws CaptureException {
        if (closed) {
            throw new CaptureException(CaptureException.Reason.DISCONNECTED, CaptureTexts.text("camera.closed", name));
        }
        if (stuck) {
            throw notAnswering();
        }
        long deadline = System.nanoTime() + grabMillis * 1_000_000;
        while (true) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            BufferedImage image;
            try {
                image = CameraCalls.within(grabber.submit(webcam::getImage), Math.max(1, left));
            } catch (TimeoutException e) {
                stuck = true; // the grab thread is still inside the driver: later grabs would queue behind it
                throw notAnswering();
            } catch (RejectedExecutionException e) {
                // closed by another thread between the check above and this grab (a dialog closing under its preview)
                throw new CaptureException(CaptureException.Reason.DISCONNECTED, CaptureTexts.text("camera.closed", name));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CaptureException(CaptureException.Reason.CANCELLED, CaptureTexts.text("camera.stoppedWaiting", name));
            } catch (ExecutionException e) {
                LinkageError link = CameraCalls.linkageError(e.getCause());
                if (link != null) {
                    throw CameraCalls.driverMissing(link);
                }
                throw new CaptureException(CaptureException.Reason.DISCONNECTED, CaptureTexts.text("camera.stopped", name,
                        CameraCalls.firstLine(String.valueOf(e.getCause().getMessage()))), e.getCause());
            }
            long now = System.nanoTime();
            if (image != null) {
                return toFrame(image, now);
            }
            if (!webcam.isOpen()) {
                throw new CaptureException(CaptureException.Reason.DISCONNECTED, CaptureTexts.text("camera.disconnected", name));
            }
            if (now >= deadline) {
                throw new CaptureException(CaptureException.Reason.NO_PICTURE, CaptureTexts.text("camera.noPictures", name));
            }
            try {
                Thread.sleep(NULL_RETRY_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CaptureException(CaptureException.Reason.CANCELLED, CaptureTexts.text("camera.stoppedWaiting", name));
            }
        }
    }

    private CaptureException notAnswering() {
        return new CaptureException(CaptureException.Reason.TIMEOUT, CaptureTexts.text("camera.notAnswering", name,
                CaptureTimeouts.seconds(java.time.Duration.ofMillis(grabMillis))));
    }

    /** Closes the camera without waiting long: a frozen driver may never return from close. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        grabber.shutdownNow();
        try {
            CameraCalls.call("conv3d-camera-close", webcam::close, 1000);
        } catch (TimeoutException | ExecutionException e) {
            // nothing more we can do: the driver keeps its thread, we keep going
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return name;
    }

    static Frame toFrame(BufferedImage image, long nanos) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb;
        int type = image.getType();
        if ((type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_INT_ARGB)
                && image.getRaster().getDataBuffer() instanceof DataBufferInt buffer
                && buffer.getNumBanks() == 1 && image.getRaster().getParent() == null) {
            int[] data = buffer.getData();
            argb = new int[w * h];
            for (int i = 0; i < argb.length; i++) {
                argb[i] = 0xFF000000 | data[i];
            }
        } else {
            argb = image.getRGB(0, 0, w, h, null, 0, w);
            for (int i = 0; i < argb.length; i++) {
                argb[i] |= 0xFF000000;
            }
        }
        return new Frame(w, h, argb, nanos);
    }
}
