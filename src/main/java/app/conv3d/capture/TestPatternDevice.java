package app.conv3d.capture;

import com.github.sarxos.webcam.WebcamDevice;
import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/**
 * The virtual camera: serves the sample clip's waving hand at whatever moment it is asked, so a machine
 * without a webcam rehearses the whole capture flow through the same webcam-capture API. While open it can act
 * another gesture ({@link TestPatternAct}: the hand crossing right or left, or still) for recording training clips.
 */
public final class TestPatternDevice implements WebcamDevice {
    /** The name to ask for ({@code --camera test-pattern}). */
    public static final String NAME = "test-pattern";
    /** One wave per 16 frames at the recorder's default 120 ms interval. */
    public static final double SECONDS_PER_WAVE = SampleClip.WAVE_FRAMES * 0.120;

    /**
     * QVGA, like many webcams' default: enough for a 256x256 lesson, and cheap to draw, so on a busy machine
     * the virtual camera costs live mode about what a real camera does (nothing much), not a second renderer.
     */
    private static final Dimension[] RESOLUTIONS = {new Dimension(320, 240)};
    /**
     * What a webcam delivers. Unpaced, the virtual camera would draw as fast as a core allows (70 pictures a second
     * and a whole core on a two-core machine), taking from live mode's convolution and the window what no real
     * camera takes.
     */
    public static final int FRAMES_PER_SECOND = 30;

    private final Dimension[] resolutions;
    private final LongSupplier clock;
    private final long start;
    /** Real nanoseconds between pictures, 0 for as fast as asked. */
    private final long period;
    private long lastPicture;
    private volatile Dimension resolution;
    private volatile boolean open;
    private volatile TestPatternAct act = TestPatternAct.WAVE;

    /** A virtual camera on the real clock, giving {@value #FRAMES_PER_SECOND} pictures a second as a webcam does. */
    public TestPatternDevice() {
        this(System::nanoTime, FRAMES_PER_SECOND, RESOLUTIONS);
    }

    /**
     * A virtual camera whose hand moves with {@code clock} (nanoseconds), giving a picture whenever asked: tests run
     * it faster than real time, and the headless live benchmark measures how fast live mode could go.
     */
    public TestPatternDevice(LongSupplier clock) {
        this(clock, RESOLUTIONS);
    }

    /** A virtual camera offering only {@code resolutions} (the first is the default), unpaced. */
    public TestPatternDevice(LongSupplier clock, Dimension... resolutions) {
        this(clock, 0, resolutions);
    }

    private TestPatternDevice(LongSupplier clock, int framesPerSecond, Dimension... resolutions) {
        if (resolutions.length == 0) {
            throw new IllegalArgumentException("a camera offers at least one resolution");
        }
        this.clock = clock;
        this.start = clock.getAsLong();
        this.resolutions = resolutions.clone();
        this.period = framesPerSecond == 0 ? 0 : 1_000_000_000L / framesPerSecond;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public Dimension[] getResolutions() {
        return resolutions.clone();
    }

    @Override
    public Dimension getResolution() {
        return resolution;
    }

    @Override
    public void setResolution(Dimension size) {
        resolution = new Dimension(size);
    }

    @Override
    public BufferedImage getImage() {
        if (!open) {
            return null;
        }
        pace();
        Dimension size = resolution == null ? resolutions[0] : resolution;
        double seconds = (clock.getAsLong() - start) / 1e9;
        BufferedImage image = new BufferedImage(size.width, size.height, BufferedImage.TYPE_INT_RGB);
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        int[] frame = act.frameArgb(seconds, size.height, size.width);
        System.arraycopy(frame, 0, pixels, 0, frame.length);
        return image;
    }

    /** Waits for the next picture's time, as a camera does; late, it does not hurry to catch up. */
    private synchronized void pace() {
        if (period == 0) {
            return;
        }
        long due = lastPicture + period;
        long now = System.nanoTime();
        if (lastPicture != 0 && now < due) {
            LockSupport.parkNanos(due - now);
            now = System.nanoTime();
        }
        lastPicture = Math.max(now, due);
    }

    /** Draws a first picture while opening (which may take longer than a grab): the wall is drawn once here. */
    @Override
    public void open() {
        Dimension size = resolution == null ? resolutions[0] : resolution;
        SampleClip.frameArgb(0, size.height, size.width);
        open = true;
    }

    /**
     * Acts {@code gesture} from now until the camera is closed (then it waves again, so whoever opens it next sees
     * the sample's hand unless they ask for another act).
     */
    public void act(TestPatternAct gesture) {
        act = gesture;
    }

    /** What the camera is acting. */
    public TestPatternAct act() {
        return act;
    }

    @Override
    public void close() {
        open = false;
        act = TestPatternAct.WAVE;
    }

    @Override
    public void dispose() {
        open = false;
        act = TestPatternAct.WAVE;
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public String toString() {
        return NAME;
    }
}
