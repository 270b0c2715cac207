package app.conv3d.capture;

import com.github.sarxos.webcam.WebcamDevice;
import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.function.LongSupplier;

/**
 * The virtual camera: serves the sample clip's waving hand at whatever moment it is asked, so a machine
 * without a webcam rehearses the whole capture flow through the same webcam-capture API.
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

    private final Dimension[] resolutions;
    private final LongSupplier clock;
    private final long start;
    private volatile Dimension resolution;
    private volatile boolean open;

    /** A virtual camera on the real clock. */
    public TestPatternDevice() {
        this(System::nanoTime);
    }

    /** A virtual camera whose hand moves with {@code clock} (nanoseconds): tests run it faster than real time. */
    public TestPatternDevice(LongSupplier clock) {
        this(clock, RESOLUTIONS);
    }

    /** A virtual camera offering only {@code resolutions} (the first is the default). */
    public TestPatternDevice(LongSupplier clock, Dimension... resolutions) {
        if (resolutions.length == 0) {
            throw new IllegalArgumentException("a camera offers at least one resolution");
        }
        this.clock = clock;
        this.start = clock.getAsLong();
        this.resolutions = resolutions.clone();
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
        Dimension size = resolution == null ? resolutions[0] : resolution;
        double phase = (clock.getAsLong() - start) / 1e9 / SECONDS_PER_WAVE;
        BufferedImage image = new BufferedImage(size.width, size.height, BufferedImage.TYPE_INT_RGB);
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        int[] frame = SampleClip.frameArgb(phase, size.height, size.width);
        System.arraycopy(frame, 0, pixels, 0, frame.length);
        return image;
    }

    /** Draws a first picture while opening (which may take longer than a grab): the wall is drawn once here. */
    @Override
    public void open() {
        Dimension size = resolution == null ? resolutions[0] : resolution;
        SampleClip.frameArgb(0, size.height, size.width);
        open = true;
    }

    @Override
    public void close() {
        open = false;
    }

    @Override
    public void dispose() {
        open = false;
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
