package app.conv3d.capture;

import com.github.sarxos.webcam.WebcamDevice;
import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A camera for tests. Picture k is mid-grey with its number k in the first pixel's red and green, so a
 * test can check order from content; after {@code healthyFrames} pictures it misbehaves as told.
 */
final class SyntheticDevice implements WebcamDevice {
    enum Trouble { NONE, THROWS, NULLS, HANGS, UNPLUGGED, BLACK, OPEN_FAILS, OPEN_LINK_ERROR }

    static final int WIDTH = 64;
    static final int HEIGHT = 48;

    private final String name;
    private final Trouble trouble;
    private volatile int healthyFrames;
    final AtomicInteger served = new AtomicInteger();
    final CountDownLatch release = new CountDownLatch(1);
    volatile SyntheticDriver driver;
    private volatile boolean open;
    private Dimension resolution;

    SyntheticDevice(String name, Trouble trouble, int healthyFrames) {
        this.name = name;
        this.trouble = trouble;
        this.healthyFrames = healthyFrames;
    }

    /** Misbehaves from the next picture on (a test calls this mid-recording). */
    void startTrouble() {
        healthyFrames = served.get();
    }

    static SyntheticDevice healthy(String name) {
        return new SyntheticDevice(name, Trouble.NONE, Integer.MAX_VALUE);
    }

    /** The picture number a frame carries. */
    static int number(Frame f) {
        int p = f.argb()[0];
        return ((p >> 16) & 0xFF) << 8 | ((p >> 8) & 0xFF);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public Dimension[] getResolutions() {
        return new Dimension[] {new Dimension(WIDTH, HEIGHT)};
    }

    @Override
    public Dimension getResolution() {
        return resolution;
    }

    @Override
    public void setResolution(Dimension size) {
        resolution = size;
    }

    @Override
    public BufferedImage getImage() {
        int k = served.getAndIncrement();
        if (trouble == Trouble.BLACK) {
            return new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        }
        if (k >= healthyFrames) {
            switch (trouble) {
                case THROWS -> throw new IllegalStateException("device read failed: No such device");
                case NULLS -> {
                    return null;
                }
                case HANGS -> {
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return null;
                }
                case UNPLUGGED -> {
                    driver.devices.remove(this);
                    return null;
                }
                default -> {
                }
            }
        }
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        int[] px = new int[WIDTH * HEIGHT];
        Arrays.fill(px, 0x808080);
        px[0] = ((k >> 8) & 0xFF) << 16 | (k & 0xFF) << 8 | 0x80;
        image.setRGB(0, 0, WIDTH, HEIGHT, px, 0, WIDTH);
        return image;
    }

    @Override
    public void open() {
        if (trouble == Trouble.OPEN_FAILS) {
            throw new IllegalStateException("Device or resource busy");
        }
        if (trouble == Trouble.OPEN_LINK_ERROR) {
            throw new UnsatisfiedLinkError("libv4l2.so.0: cannot open shared object file");
        }
        open = true;
    }

    @Override
    public void close() {
        open = false;
    }

    @Override
    public void dispose() {
        open = false;
        release.countDown();
    }

    @Override
    public boolean isOpen() {
        return open;
    }
}
