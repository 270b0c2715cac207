package app.conv3d.capture;

import java.io.IOException;

/**
 * Recording or live view could not go on: one line a teacher can act on ("no camera found", "camera 'X'
 * is in use by another program"). An {@link IOException}, so the command line reports it as a user error.
 */
public final class CaptureException extends IOException {
    private static final long serialVersionUID = 1L;

    /** What went wrong, for callers that react differently (offer the test pattern, offer a retry). */
    public enum Reason {
        NO_CAMERA,
        UNKNOWN_CAMERA,
        DRIVER_MISSING,
        CAMERA_IN_USE,
        DISCONNECTED,
        NO_PICTURE,
        BLACK_PICTURE,
        TIMEOUT,
        CANCELLED
    }

    private final Reason reason;

    public CaptureException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public CaptureException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
