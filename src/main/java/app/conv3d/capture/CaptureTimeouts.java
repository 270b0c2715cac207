package app.conv3d.capture;

import java.time.Duration;

/**
 * How long each camera step may take before we give up with a message: camera drivers can block forever
 * (a camera held by another program, a device unplugged mid-call), and a class must never watch a frozen
 * window.
 */
public record CaptureTimeouts(Duration discovery, Duration open, Duration grab) {

    public static final CaptureTimeouts DEFAULT =
            new CaptureTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(2));

    public CaptureTimeouts {
        if (discovery.isNegative() || discovery.isZero() || open.isNegative() || open.isZero()
                || grab.isNegative() || grab.isZero()) {
            throw new IllegalArgumentException("capture timeouts must be positive");
        }
    }

    /** Whole seconds, at least 1, for messages. */
    static long seconds(Duration d) {
        return Math.max(1, (d.toMillis() + 999) / 1000);
    }
}
