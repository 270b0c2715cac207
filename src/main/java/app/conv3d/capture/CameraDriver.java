package app.conv3d.capture;

import app.conv3d.core.InvalidSpecException;
import com.github.eduramiba.webcamcapture.drivers.NativeDriver;
import com.github.sarxos.webcam.WebcamDriver;
import com.github.sarxos.webcam.ds.buildin.WebcamDefaultDriver;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Which webcam-capture driver talks to the cameras. {@code auto} tries the library's own driver (on Linux
 * it needs Debian's libv4l-0) and falls back to the native driver; the others choose one explicitly,
 * from the command line's {@code --driver} or the system property {@value #PROPERTY}.
 */
public enum CameraDriver {
    AUTO("auto"),
    DEFAULT("default"),
    NATIVE("native"),
    TEST_PATTERN("test-pattern");

    /** The setting that chooses a driver when the command line does not. */
    public static final String PROPERTY = "conv3d.camera.driver";

    private final String id;

    CameraDriver(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The driver chosen by {@value #PROPERTY}, {@link #AUTO} when unset. */
    public static CameraDriver fromSetting() {
        String value = System.getProperty(PROPERTY);
        return value == null || value.isBlank() ? AUTO : parse(value);
    }

    public static CameraDriver parse(String text) {
        String key = text.trim().toLowerCase(Locale.ROOT);
        for (CameraDriver d : values()) {
            if (d.id.equals(key)) {
                return d;
            }
        }
        throw new InvalidSpecException(CaptureTexts.text("driver.unknown", text,
                Arrays.stream(values()).map(CameraDriver::id).collect(Collectors.joining(", "))));
    }

    /**
     * A new instance of the driver. Creating the native drivers can fail when their libraries are missing;
     * that surfaces as a {@link LinkageError}, which {@link Cameras} turns into a readable message.
     */
    WebcamDriver create() {
        return switch (this) {
            case AUTO -> new FallbackDriver(new Candidate("default", WebcamDefaultDriver::new),
                    new Candidate("native", NativeDriver::new));
            case DEFAULT -> new WebcamDefaultDriver();
            case NATIVE -> new NativeDriver();
            case TEST_PATTERN -> new TestPatternDriver();
        };
    }

    @Override
    public String toString() {
        return id;
    }

    /** A driver to try, made only when it is tried (making one may load a native library). */
    record Candidate(String name, java.util.function.Supplier<WebcamDriver> factory) {
    }
}
