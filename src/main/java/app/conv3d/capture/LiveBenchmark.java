package app.conv3d.capture;

import app.conv3d.core.ConvSpec;
import app.conv3d.core.FeatureDisplay;
import app.conv3d.core.FeatureVolume;
import app.conv3d.core.Kernel;
import app.conv3d.core.KernelBank;
import app.conv3d.core.ValueRange;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Live mode's whole path, measured: grab from the virtual camera through the webcam-capture API, fit to
 * 256x256, convolve the window's new output frame with a 5x5x5x3 kernel, colour that frame through {@link FeatureDisplay} and
 * draw it into an ARGB buffer, as the feature view would (headless). Reports updated feature frames per
 * second and how many camera frames were dropped because the convolution was still busy.
 */
public final class LiveBenchmark {
    public static final int SIZE = 256;
    public static final int WINDOW = 16;

    /** Updated feature frames per second over the measured time, and the counts behind it. */
    public record Result(double fps, long updates, long grabbed, long dropped, double seconds) {
        /** The line {@code bench --live} ends with. */
        public String lastLine() {
            return String.format(Locale.ROOT, "live %.1f fps", fps);
        }

        public String details() {
            return String.format(Locale.ROOT, "%d feature frames in %.1f s from %d camera frames, %d dropped while busy",
                    updates, seconds, grabbed, dropped);
        }
    }

    private LiveBenchmark() {
    }

    /**
     * Runs the virtual camera for a warm-up second, then measures for {@code duration}. The camera is unpaced (a
     * picture whenever asked): this is how fast live mode could follow a camera, not the 30 a webcam gives.
     */
    public static Result run(Duration duration) throws CaptureException {
        TestPatternDriver unpaced = new TestPatternDriver(new TestPatternDevice(System::nanoTime));
        try (WebcamSource camera = Cameras.open(unpaced, TestPatternDevice.NAME, CaptureTimeouts.DEFAULT)) {
            measure(camera, Duration.ofSeconds(1), motionKernel());
            return measure(camera, duration, motionKernel());
        }
    }

    /** The live path from {@code source} for {@code duration}. */
    public static Result measure(FrameSource source, Duration duration, KernelBank bank) throws CaptureException {
        int[] screen = new int[SIZE * SIZE];
        AtomicLong updates = new AtomicLong();
        FeatureDisplay display = FeatureDisplay.DEFAULT;
        long grabbed = 0;
        long start;
        long end;
        try (LiveWindow live = new LiveWindow(WINDOW, SIZE, SIZE, bank, ConvSpec.VALID, slice -> {
            FeatureVolume f = slice.newest();
            ValueRange range = display.displayRange(f, 0);
            int[] argb = display.argb(f, 0, 0, range);
            // draw: the slice centred in the view's buffer, as the feature view blits it
            int ox = (SIZE - f.width()) / 2;
            int oy = (SIZE - f.height()) / 2;
            for (int y = 0; y < f.height(); y++) {
                System.arraycopy(argb, y * f.width(), screen, (y + oy) * SIZE + ox, f.width());
            }
            updates.incrementAndGet();
        })) {
            // fill the window first, so every measured frame can produce a slice
            for (int i = 0; i < WINDOW; i++) {
                live.push(source.grab());
            }
            start = System.nanoTime();
            CaptureException[] failure = new CaptureException[1];
            LiveFeed feed = LiveFeed.start(source, live, frame -> { }, e -> failure[0] = e);
            try {
                Thread.sleep(duration.toMillis());
                feed.close();
                feed.awaitStop(5000);
                live.awaitIdle(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (failure[0] != null) {
                throw failure[0];
            }
            grabbed = feed.grabbed();
            end = System.nanoTime();
            double seconds = (end - start) / 1e9;
            return new Result(updates.get() / seconds, updates.get(), grabbed, live.dropped(), seconds);
        }
    }

    /**
     * A 5x5x5 motion detector on all three channels: the change over time (later frames minus earlier),
     * smoothed by a Gaussian in space. Still parts of the picture give 0; the waving hand lights up.
     */
    public static KernelBank motionKernel() {
        float[] w = new float[5 * 5 * 5 * 3];
        double total = 0;
        for (int b = 0; b < 5; b++) {
            for (int d = 0; d < 5; d++) {
                total += Math.exp(-((b - 2) * (b - 2) + (d - 2) * (d - 2)) / 2.0);
            }
        }
        for (int a = 0; a < 5; a++) {
            for (int b = 0; b < 5; b++) {
                for (int d = 0; d < 5; d++) {
                    double g = Math.exp(-((b - 2) * (b - 2) + (d - 2) * (d - 2)) / 2.0) / total;
                    for (int c = 0; c < 3; c++) {
                        w[((a * 5 + b) * 5 + d) * 3 + c] = (float) ((a - 2) * g / (3 * 10.0));
                    }
                }
            }
        }
        return KernelBank.of(new Kernel(5, 5, 5, 3, w));
    }

    /** {@code java ... app.conv3d.capture.LiveBenchmark [seconds]}: prints the details, then the fps line. */
    public static void main(String[] args) throws CaptureException {
        Result r = run(Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 5));
        System.out.println(r.details());
        System.out.println(r.lastLine());
    }
}
