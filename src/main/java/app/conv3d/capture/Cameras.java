package app.conv3d.capture;

import com.github.sarxos.webcam.Webcam;
import com.github.sarxos.webcam.WebcamDriver;
import com.github.sarxos.webcam.WebcamLockException;
import java.awt.Dimension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The cameras this computer offers, through webcam-capture. webcam-capture keeps one driver for the whole
 * program, so this class installs the chosen driver ({@code Webcam.setDriver}, always before any other
 * Webcam call) and runs every discovery and open with a deadline.
 */
public final class Cameras {
    /** Largest picture we ask a camera for: plenty for a 256x256 lesson, light on USB bandwidth. */
    private static final int PREFERRED_WIDTH = 640;

    private static final Duration VIRTUAL_PATIENCE = Duration.ofSeconds(10);

    private static final Map<CameraDriver, WebcamDriver> MADE = new EnumMap<>(CameraDriver.class);
    private static Object installedKey;

    private Cameras() {
    }

    /** Names of the cameras the driver finds, in its order. */
    public static List<String> names(CameraDriver driver, CaptureTimeouts timeouts) throws CaptureException {
        List<String> names = new ArrayList<>();
        for (Webcam w : discover(driver, timeouts)) {
            names.add(w.getName());
        }
        return names;
    }

    /**
     * Opens a camera by name, or the first camera when {@code name} is null. The name
     * {@value TestPatternDevice#NAME} always means the virtual camera, whatever the driver; other names
     * match exactly, ignoring case, or as a unique part ("C270" finds "HD Webcam C270 /dev/video0").
     */
    public static WebcamSource open(CameraDriver driver, String name, CaptureTimeouts timeouts) throws CaptureException {
        if (TestPatternDevice.NAME.equalsIgnoreCase(name)) {
            driver = CameraDriver.TEST_PATTERN;
        }
        if (driver == CameraDriver.TEST_PATTERN) {
            // the virtual camera draws its pictures on the CPU: on a busy machine a picture can take a while,
            // and that is no sign of a broken camera
            timeouts = new CaptureTimeouts(timeouts.discovery(), max(timeouts.open(), VIRTUAL_PATIENCE),
                    max(timeouts.grab(), VIRTUAL_PATIENCE));
        }
        return open(discover(driver, timeouts), name, driver != CameraDriver.TEST_PATTERN, timeouts);
    }

    /**
     * Opens a camera of a driver made elsewhere (tests, a custom virtual camera). Such cameras are not shared
     * with other programs, so webcam-capture's lock files are switched off for them.
     */
    public static WebcamSource open(WebcamDriver driver, String name, CaptureTimeouts timeouts) throws CaptureException {
        return open(discover(driver, driver.toString(), timeouts), name, false, timeouts);
    }

    private static List<Webcam> discover(CameraDriver choice, CaptureTimeouts timeouts) throws CaptureException {
        WebcamDriver driver;
        synchronized (Cameras.class) {
            driver = MADE.get(choice);
            if (driver == null) {
                try {
                    driver = choice.create();
                } catch (LinkageError e) {
                    throw CameraCalls.driverMissing(choice.id(), e);
                }
                MADE.put(choice, driver);
            }
        }
        return discover(driver, choice.id(), timeouts);
    }

    private static List<Webcam> discover(WebcamDriver driver, String driverName, CaptureTimeouts timeouts)
            throws CaptureException {
        long millis = timeouts.discovery().toMillis();
        try {
            // webcam-capture's own timeout covers the driver's scan; ours also covers its global lock
            return CameraCalls.call("conv3d-camera-discovery", () -> {
                install(driver);
                return Webcam.getWebcams(millis, TimeUnit.MILLISECONDS);
            }, millis + 1000);
        } catch (TimeoutException e) {
            throw new CaptureException(CaptureException.Reason.TIMEOUT,
                    CaptureTexts.text("driver.timeout", driverName, CaptureTimeouts.seconds(timeouts.discovery())), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CaptureException(CaptureException.Reason.CANCELLED, CaptureTexts.text("camera.stoppedLooking"), e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            LinkageError link = CameraCalls.linkageError(cause);
            if (link != null) {
                throw CameraCalls.driverMissing(driverName, link);
            }
            if (cause instanceof TimeoutException) {
                throw new CaptureException(CaptureException.Reason.TIMEOUT,
                        CaptureTexts.text("driver.timeout", driverName, CaptureTimeouts.seconds(timeouts.discovery())), cause);
            }
            throw new CaptureException(CaptureException.Reason.NO_CAMERA, CaptureTexts.text("driver.failed", driverName,
                    CameraCalls.firstLine(String.valueOf(cause.getMessage()))), cause);
        }
    }

    /**
     * Forgets the drivers and what they found, so the next call looks for cameras afresh (a "refresh" button
     * after plugging a camera in). Close every open camera first.
     */
    public static synchronized void forget() {
        MADE.clear();
        if (installedKey != null) {
            Webcam.resetDriver();
            installedKey = null;
        }
    }

    /** Makes {@code driver} webcam-capture's driver unless it already is; resets its discovery when it changes. */
    private static synchronized void install(WebcamDriver driver) {
        if (installedKey != driver) {
            Webcam.setDriver(driver);
            installedKey = driver;
        }
    }

    private static WebcamSource open(List<Webcam> webcams, String name, boolean lock, CaptureTimeouts timeouts)
            throws CaptureException {
        if (webcams.isEmpty()) {
            throw name == null
                    ? new CaptureException(CaptureException.Reason.NO_CAMERA, CaptureTexts.text("camera.none", TestPatternDevice.NAME))
                    : new CaptureException(CaptureException.Reason.UNKNOWN_CAMERA, CaptureTexts.text("camera.unknownNone", name, TestPatternDevice.NAME));
        }
        Webcam webcam = name == null ? webcams.get(0) : find(webcams, name);
        if (!lock) {
            webcam.getLock().disable();
        }
        String cameraName = webcam.getName();
        try {
            CameraCalls.call("conv3d-camera-open", () -> {
                if (!webcam.isOpen()) {
                    Dimension size = preferredSize(webcam.getViewSizes());
                    if (size != null) {
                        webcam.setViewSize(size);
                    }
                    if (!webcam.open()) {
                        throw new IllegalStateException("the driver refused to open it");
                    }
                }
                return null;
            }, timeouts.open().toMillis());
        } catch (TimeoutException e) {
            throw new CaptureException(CaptureException.Reason.TIMEOUT, CaptureTexts.text("camera.openTimeout", cameraName, CaptureTimeouts.seconds(timeouts.open())), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CaptureException(CaptureException.Reason.CANCELLED, CaptureTexts.text("camera.stoppedOpening", cameraName), e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            LinkageError link = CameraCalls.linkageError(cause);
            if (link != null) {
                throw CameraCalls.driverMissing(link);
            }
            if (cause instanceof WebcamLockException) {
                throw new CaptureException(CaptureException.Reason.CAMERA_IN_USE, CaptureTexts.text("camera.inUse", cameraName), cause);
            }
            throw new CaptureException(CaptureException.Reason.CAMERA_IN_USE, CaptureTexts.text("camera.notOpened", cameraName,
                    CameraCalls.firstLine(String.valueOf(cause.getMessage()))), cause);
        }
        return new WebcamSource(webcam, timeouts);
    }

    private static Webcam find(List<Webcam> webcams, String name) throws CaptureException {
        for (Webcam w : webcams) {
            if (w.getName().equalsIgnoreCase(name)) {
                return w;
            }
        }
        String key = name.toLowerCase(Locale.ROOT);
        List<Webcam> partial = new ArrayList<>();
        for (Webcam w : webcams) {
            if (w.getName().toLowerCase(Locale.ROOT).contains(key)) {
                partial.add(w);
            }
        }
        if (partial.size() == 1) {
            return partial.get(0);
        }
        List<String> names = new ArrayList<>();
        webcams.forEach(w -> names.add("'" + w.getName() + "'"));
        throw new CaptureException(CaptureException.Reason.UNKNOWN_CAMERA, CaptureTexts.text(
                (partial.isEmpty() ? "camera.unknown" : "camera.ambiguous")
                        + (webcams.stream().anyMatch(w -> w.getName().equals(TestPatternDevice.NAME)) ? "" : ".virtual"),
                name, String.join(", ", names), TestPatternDevice.NAME));
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** The largest offered size no wider than {@link #PREFERRED_WIDTH}, or the smallest when all are wider. */
    static Dimension preferredSize(Dimension[] sizes) {
        Dimension best = null;
        Dimension smallest = null;
        for (Dimension d : sizes) {
            if (d == null) {
                continue;
            }
            if (smallest == null || d.width * d.height < smallest.width * smallest.height) {
                smallest = d;
            }
            if (d.width <= PREFERRED_WIDTH && (best == null || d.width * d.height > best.width * best.height)) {
                best = d;
            }
        }
        return best != null ? best : smallest;
    }
}
